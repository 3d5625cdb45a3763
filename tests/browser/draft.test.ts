// The draft checker in real Chromium: diagnostics with line links, files opened locally, and no request
// that carries any of the draft's text.
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axe, seriousViolations } from '../helpers/a11y.ts';
import { corpusFile, ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';
import { checkDraftStructure } from '../../src/lib/draft/check-draft.ts';
import { compareDraft, type DraftCorpus, type DraftMatch } from '../../src/lib/draft/compare-draft.ts';
import { voteClause, votesLead } from '../../src/lib/compare/label-witnesses.ts';
import { docxBomb } from '../helpers/docx-bomb.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The 标注印证 line the checker should show under a counterpart, worded as on the article pages. */
const votesText = (v: NonNullable<DraftMatch['votes']>, otherName: string) =>
  votesLead(v) + v.list.map((x) => `${x.name}${voteClause(x.mostLike, '本条', otherName, x.regName)}`).join('；') + (v.list.length ? '。' : '');

// A made-up draft with a marker no public file contains, and two numbering mistakes.
const MARKER = '瑯琊示范区';
const DRAFT = [
  `${MARKER}平安建设条例（草案）`,
  `第一条　为了推进平安${MARKER}建设，制定本条例。`,
  '第二条　乡镇人民政府应当建立网格化服务管理机制，配备网格员。',
  '第四条　公安机关应当建立健全打击治理电信网络诈骗工作机制。',
  '第五条　违反本条例第九条规定的，依法追究责任。',
].join('\n');

describe('draft checker', () => {
  it('shows the parser’s diagnostics with links to the draft lines', async () => {
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    await page.getByLabel('粘贴草案全文').fill(DRAFT);
    await page.getByRole('button', { name: '检查草案' }).click();
    // the check runs in a worker: wait for its report (a loaded machine takes longer than expect.poll's 1 s)
    await page.waitForSelector('#draft-report[data-ready="true"]');
    const diags = page.locator('#report-diagnostics li');
    await expect.poll(() => diags.count()).toBe(2);
    await expect(diags.nth(0).innerText()).resolves.toContain('条号不连续：应为第三条，实为第四条');
    await expect(diags.nth(1).innerText()).resolves.toContain('本条例第九条');
    await diags.nth(0).getByRole('link', { name: '第 4 行' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#draft-line-4');
    await expect(page.locator('#draft-line-4').innerText()).resolves.toContain('第四条　公安机关');
    // the report passes axe-core (its scrolling list of lines can be reached with the keyboard)
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  it("gives a corpus text checked as a draft the same counterparts as the checker's code in Node, with the site's labels as evidence", async () => {
    // the site's own data file, as the page's worker fetches it; the labels in it change the answer for this text
    const corpus = JSON.parse(readFileSync(path.join(ROOT, 'dist/draft/corpus.json'), 'utf8')) as DraftCorpus;
    const text = readFileSync(path.join(CONTENT_DIR, 'changji', corpusFile('changji')), 'utf8');
    const matchesOf = (c: DraftCorpus) =>
      compareDraft(checkDraftStructure(text, '草案.txt'), c).articles.map((a) => ({
        id: a.id,
        matches: a.matches.map((m) => [`《${m.title}》${m.articleLabel}`, m.levelName, m.votes ? votesText(m.votes, `${m.shortName}${m.articleLabel}`) : '']),
      }));
    const expected = matchesOf(corpus);
    expect(corpus.labels?.regulations).toHaveLength(6);
    expect(matchesOf({ ...corpus, labels: null })).not.toEqual(expected);
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    await page.getByLabel('粘贴草案全文').fill(text);
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]');
    const shown = await page.locator('article.draft-article').evaluateAll((boxes) =>
      boxes.map((b) => ({
        id: b.id.replace(/^draft-/, ''),
        items: [...b.querySelectorAll('.match-list > li')].map((li) => [
          li.querySelector(':scope > a')?.textContent ?? '',
          li.querySelector(':scope > .level-tag')?.textContent ?? '',
          li.querySelector(':scope > .cp-votes')?.textContent ?? '',
        ]),
      })),
    );
    expect(shown.length).toBe(expected.length);
    for (const { id, items } of shown) {
      const want = expected.find((e) => e.id === id)!.matches;
      // the citation and the level exactly (相关 is part of 可能相关: a containment check would not tell them apart),
      // and the labels' votes under each counterpart
      expect(items, id).toEqual(want);
    }
    // changji is not labelled as a draft: every counterpart in the six labelled regulations has its votes shown
    expect(shown.flatMap((b) => b.items).every((i) => i[2]!.startsWith('标注印证：其余 5 部已人工标注的条例中'))).toBe(true);
    await page.close();
  }, 60_000);

  it('opens a .docx draft in the browser', async () => {
    const doc = new Document({ sections: [{ children: DRAFT.split('\n').map((l) => new Paragraph(l)) }] });
    const buffer = Buffer.from(await Packer.toBuffer(doc));
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    await page.locator('#draft-file').setInputFiles({ name: '草案.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
    await page.waitForSelector('#draft-report[data-ready="true"]');
    await expect.poll(() => page.locator('#report-articles .draft-article').count()).toBe(4);
    await expect(page.locator('#draft-status').innerText()).resolves.toContain('Word');
    await page.close();
  });

  it('sends no request that carries any of the draft text', async () => {
    const ctx = await site.context();
    const seen: string[] = [];
    ctx.on('request', (r) => seen.push(`${r.method()} ${decodeURIComponent(r.url())} ${r.postData() ?? ''}`));
    const page = await ctx.newPage();
    await page.goto(site.base + '/draft/');
    await page.getByLabel('粘贴草案全文').fill(DRAFT);
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]');
    await expect.poll(() => page.locator('#report-articles .draft-article').count()).toBe(4);
    // wait for the file the click makes, not for a fixed time: every request it could have caused has been made by then
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存为 HTML' }).click();
    await download;
    expect(seen.length).toBeGreaterThan(0);
    const leaks = seen.filter((s) => s.includes(MARKER) || s.includes('网格员') || s.startsWith('POST'));
    expect(leaks).toEqual([]);
    // every request stayed on this site
    expect(seen.filter((s) => !s.includes(site.base) && !s.includes('blob:'))).toEqual([]);
    await ctx.close();
  });
});

describe('draft checker against the corpus', () => {
  it('shows, for each draft article, the corresponding provisions with level and a character diff, its analysis, coverage and matrix answers', async () => {
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    await page.getByLabel('粘贴草案全文').fill(DRAFT);
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]');
    // 第四条 of the draft is about 电信网络诈骗: changji 第十五条 and haidong 第二十二条 regulate it (read in the texts)
    const art4 = page.locator('#draft-art_4');
    const matches = await art4.locator('.match-list > li').allInnerTexts();
    expect(matches.some((m) => m.includes('《昌吉回族自治州平安建设促进条例》第十五条'))).toBe(true);
    expect(matches.some((m) => m.includes('《海东市平安建设条例》第二十二条'))).toBe(true);
    await art4.locator('.match-list summary').first().click();
    await expect.poll(() => art4.locator('.match-list del, .match-list ins').count()).toBeGreaterThan(0);
    await expect(art4.innerText()).resolves.toContain('公安机关');
    // the draft has no 附则-style 施行 article, no 矛盾纠纷 provision: every corpus regulation has one (guangdong: 第三十一条 社会矛盾纠纷多元化解机制)
    await expect(page.locator('#report-coverage').innerText()).resolves.toMatch(/6 个地区中有 6 个规定了“矛盾纠纷多元化解”/);
    await expect(page.locator('#report-matrix tbody tr').count()).resolves.toBeGreaterThanOrEqual(25);
    await page.close();
  });

  it('saves the report as a Word file with its headings, the draft text and the cited counterparts, made in the browser', async () => {
    const ctx = await site.context({ acceptDownloads: true });
    const seen: string[] = [];
    // URLs are reported percent-encoded: decode them, or Chinese draft text in a query string would go unseen
    ctx.on('request', (r) => seen.push(`${r.method()} ${decodeURIComponent(r.url())} ${r.postData() ?? ''}`));
    const page = await ctx.newPage();
    await page.goto(site.base + '/draft/');
    await page.getByLabel('粘贴草案全文').fill(DRAFT);
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word（.docx）' }).click()]);
    expect(download.suggestedFilename()).toBe('草案检查报告.docx');
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(zip['word/document.xml']!);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs[0]).toBe('草案检查报告');
    for (const heading of ['结构诊断', '覆盖情况', '逐条对照（共 4 条）', '政策要点']) expect(paragraphs).toContain(heading);
    expect(xml).toContain('w:val="Heading2"');
    // the draft's own text, and its numbering mistake (第三条 is missing) from the diagnostics
    expect(paragraphs).toContain('公安机关应当建立健全打击治理电信网络诈骗工作机制。');
    expect(paragraphs.some((p) => p.startsWith('• 错误 第 4 行：'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('《昌吉回族自治州平安建设促进条例》第十五条'))).toBe(true);
    // links live in the relationships part
    expect(strFromU8(zip['word/_rels/document.xml.rels']!)).toContain(`${site.base}/regulations/changji/15/`);
    // building the file sent nothing about the draft
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.includes(MARKER) || s.includes('网格员') || s.startsWith('POST'))).toEqual([]);
    expect(seen.filter((s) => !s.includes(site.base) && !s.includes('blob:'))).toEqual([]);
    await ctx.close();
  });
});

/** A real corpus text repeated to at least `bytes` of UTF-8 (suzhou: 27 KB; 5 MB is ~190 copies, ~10,000 articles). */
function repeatedCorpusText(bytes: number): string {
  const text = readFileSync(path.join(ROOT, 'content/regulations/suzhou/text.txt'), 'utf8');
  const copies = Math.ceil(bytes / Buffer.byteLength(text));
  return Array<string>(copies).fill(text).join('\n');
}

/** Put a long text in the draft box without typing it (filling 5 MB key by key would take hours). */
async function setDraft(page: Page, text: string): Promise<void> {
  await page.locator('#draft-text').evaluate((t, value) => ((t as HTMLTextAreaElement).value = value), text);
}

describe('draft checker with long and hostile input', () => {
  it('stays responsive while checking a 5 MB draft: typing is answered within 200 ms, with progress shown', async () => {
    const page = await site.page();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(site.base + '/draft/');
    // the worker is a same-origin file: the policy names it and allows nothing more (no blob:, no inline code)
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    expect(csp).toContain("worker-src 'self';");
    expect(csp).not.toMatch(/blob:|'unsafe-inline'|'unsafe-eval'/);
    await setDraft(page, repeatedCorpusText(5 * 2 ** 20));
    // a field of the test's own: each input event records how long it waited for the page's thread
    await page.evaluate(() => {
      const probe = Object.assign(document.createElement('input'), { id: 'probe', ariaLabel: '测试输入' });
      document.querySelector('main')!.prepend(probe);
      const delays: number[] = [];
      (window as unknown as { delays: number[] }).delays = delays;
      probe.addEventListener('input', (e) => delays.push(performance.now() - e.timeStamp));
    });
    await page.getByRole('button', { name: '检查草案' }).click();
    await expect.poll(() => page.locator('#draft-status').innerText(), { timeout: 20_000 }).toMatch(/^正在检查/);
    // the worker's first report (it starts, then parses the draft)
    await expect.poll(() => page.locator('#draft-progress-text').innerText(), { timeout: 20_000 }).toMatch(/^正在/);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await page.locator('#probe').press('a');
      seen.add(await page.locator('#draft-progress-text').innerText());
      await page.waitForTimeout(300);
    }
    await expect(page.locator('#probe').inputValue()).resolves.toBe('aaaaaaaaaa');
    const delays = await page.evaluate(() => (window as unknown as { delays: number[] }).delays);
    expect(delays).toHaveLength(10);
    expect(Math.max(...delays)).toBeLessThan(200);
    // the check was running all along: no report yet, the progress bar and the cancel button still there
    await expect(page.locator('#draft-report[data-ready="true"]').count()).resolves.toBe(0);
    await expect(page.locator('#draft-progress').isVisible()).resolves.toBe(true);
    expect([...seen].every((t) => t.startsWith('正在'))).toBe(true);
    // the progress bar and the cancel button pass axe-core as well
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.getByRole('button', { name: '取消' }).click();
    // no Content-Security-Policy violation or worker error on the way
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('cancels a long check: the progress stops, the status says 已取消, and a new check then runs', async () => {
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    await setDraft(page, repeatedCorpusText(5 * 2 ** 20));
    const started = page.waitForEvent('worker');
    await page.getByRole('button', { name: '检查草案' }).click();
    const worker = await started;
    const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
    await expect.poll(() => page.locator('#draft-progress-text').innerText(), { timeout: 20_000 }).toMatch(/^正在/);
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.locator('#draft-status').innerText()).resolves.toContain('已取消');
    await expect(page.locator('#draft-progress').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '取消' }).isVisible()).resolves.toBe(false);
    // nothing can come back from the cancelled check: its worker is terminated (Chromium reports it closed)
    await closed;
    await expect(page.locator('#draft-status').innerText()).resolves.toContain('已取消');
    await expect(page.locator('#draft-report').isVisible()).resolves.toBe(false);
    await page.getByLabel('粘贴草案全文').fill(DRAFT);
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]');
    await expect(page.locator('#report-articles .draft-article').count()).resolves.toBe(4);
    await expect(page.locator('#draft-status').innerText()).resolves.toContain('已检查 4 条');
    await page.close();
  }, 120_000);

  it('refuses a .docx zip bomb (1 GB of spaces in 1 MB) within 2 s, saying what happened', async () => {
    const bomb = docxBomb(2 ** 30);
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    // timed in the page, from the file input's change event to the message (not the test's upload of the file)
    await page.evaluate(() => {
      const times = ((window as unknown as { times: number[] }).times = [] as number[]);
      document.getElementById('draft-file')!.addEventListener('change', () => times.push(performance.now()));
      const status = document.getElementById('draft-status')!;
      new MutationObserver(() => status.textContent!.includes('文件解压后超过 20 MB') && times.push(performance.now())).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.locator('#draft-file').setInputFiles({ name: '草案.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: bomb });
    await page.waitForFunction(() => document.getElementById('draft-status')!.textContent!.includes('文件解压后超过 20 MB'), undefined, { timeout: 10_000 });
    const [changed, refused] = await page.evaluate(() => (window as unknown as { times: number[] }).times);
    expect(refused! - changed!).toBeLessThan(2000);
    await expect(page.locator('#draft-status').innerText()).resolves.not.toContain('请先粘贴');
    await expect(page.locator('#draft-progress').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows a long report a part at a time, and saves all of it', async () => {
    const page = await site.page();
    await page.goto(site.base + '/draft/');
    // suzhou × 10: 10 × 51 = 510 articles (read in the text: 第一条 … 第五十一条), 10 × 140 lines
    await setDraft(page, repeatedCorpusText(10 * 27_000));
    await page.getByRole('button', { name: '检查草案' }).click();
    await page.waitForSelector('#draft-report[data-ready="true"]', { timeout: 60_000 });
    const heading = await page.locator('#report-articles h3').innerText();
    const total = Number(/共 (\d+) 条/.exec(heading)![1]);
    expect(total).toBe(510);
    const shown = page.locator('#report-articles .draft-article');
    await expect(shown.count()).resolves.toBe(100);
    // the list of 1,400 lines scrolls in its box, and the box can be reached with the keyboard
    const scrolling = await axe(page).include('#report-lines').withRules(['scrollable-region-focusable']).analyze();
    expect(scrolling.violations).toEqual([]);
    await page
      .locator('#report-articles')
      .getByRole('button', { name: /显示更多/ })
      .click();
    await expect(shown.count()).resolves.toBe(200);
    // a diagnostic's line link shows its line even when it lies beyond the lines shown so far
    const moreDiagnostics = page.locator('#report-diagnostics').getByRole('button', { name: /显示更多/ });
    for (let i = 0; i < 20 && (await moreDiagnostics.isVisible()); i++) await moreDiagnostics.click();
    await expect(page.locator('.draft-lines > li').count()).resolves.toBe(1000);
    const lastLink = page.locator('#report-diagnostics a').last();
    const line = Number(/第 (\d+) 行/.exec(await lastLink.innerText())![1]);
    expect(line).toBeGreaterThan(1000);
    await lastLink.click();
    await expect(page.locator(`#draft-line-${line}`).count()).resolves.toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为 HTML' }).click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html.match(/class="draft-article"/g)).toHaveLength(510);
    expect(html).not.toContain('显示更多');
    await page.close();
  }, 120_000);
});

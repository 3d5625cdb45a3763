// The trainers' lessons in real Chromium over the built dist/: the list and authoring guide, quotations
// that match the law exactly, printing as a handout, the Word download, and the handout basket.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../helpers/corpus.ts';
import { openSite, saveScreenshot } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';
import { expectedModules, qrModules } from '../helpers/qr.ts';
import { SITE_URL } from '../../src/data/paths-fs.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Where printed links point: the configured canonical host, else the host the reader uses (the test server). */
const siteUrl = () => SITE_URL ?? site.base;
const LESSONS = {
  'grid-management': '网格化服务管理的六地比较',
  'assessment-accountability': '平安建设的考核与责任追究：一票否决、挂牌督办、约谈、通报',
  'dispute-resolution': '矛盾纠纷多元化解：六部条例怎样规定',
};

/**
 * What a quotation of `nodeId` must say, built straight from the parsed source (not from the site's
 * code): one line per paragraph (inline items kept in it), items and sub-items on their own lines.
 */
function expectedLines(regId: string, nodeId: string): string[] {
  const article = parseCorpus(regId).regulation.articles.find((a) => a.id === nodeId.split('__')[0])!;
  const lines: string[] = [];
  for (const [i, p] of article.paragraphs.entries()) {
    const label = nodeId === article.id && i === 0 ? `${article.label}\u3000` : '';
    const own = nodeId === article.id || nodeId === p.id;
    if (own) lines.push(label + p.text + (p.inlineItems ? p.items.map((it) => it.label + it.text).join('') : ''));
    for (const it of p.items) {
      if ((own && !p.inlineItems) || nodeId === it.id) lines.push(it.label + it.text);
      for (const s of it.subItems) if ((own && !p.inlineItems) || nodeId === it.id || nodeId === s.id) lines.push(s.label + s.text);
    }
  }
  return lines;
}

async function quotations(page: Page): Promise<Locator[]> {
  return page.locator('.lesson-body .lesson-quote[data-node]').all();
}

describe('lessons', () => {
  it('lists the three lessons with their facts for readers, and keeps authoring help on a page for authors whose examples are real', async () => {
    const page = await site.page();
    await page.goto(site.base + '/lessons/');
    const titles = await page.locator('.lesson-card h2 a').allTextContents();
    expect(titles.sort()).toEqual(Object.values(LESSONS).sort());
    await expect(page.locator('.lesson-card').first().innerText()).resolves.toMatch(/对象：.+\n?.*分钟/);
    // the readers' page speaks to readers: no file formats, paths or build errors
    const readers = await page.locator('main').innerText();
    for (const word of ['MDX', 'front matter', 'content/lessons', '构建会停止', 'YAML']) expect(readers).not.toContain(word);
    await page.getByRole('link', { name: '课件编写说明（供课件作者）' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/lessons/guide/');
    const guide = page.locator('.guide');
    await expect(guide.getByRole('link', { name: '《新疆维吾尔自治区平安建设条例》第九条第（三）项' }).first().getAttribute('href')).resolves.toBe(
      '/regulations/xinjiang/9/#art_9__para_1__item_3',
    );
    await expect(guide.locator('pre').last().innerText()).resolves.toContain(
      'content/lessons/grid.mdx:14:4 error 《苏州市平安建设条例》第二十四条只有 3 款，没有第五款：suzhou/24/5 [lesson-unknown-paragraph]',
    );
    await page.close();
  });

  it('quotes the law exactly: every quotation on every lesson matches the parsed text and its citation', async () => {
    const page = await site.page();
    for (const slug of Object.keys(LESSONS)) {
      await page.goto(`${site.base}/lessons/${slug}/`);
      const quotes = await quotations(page);
      expect(quotes.length, slug).toBeGreaterThanOrEqual(8);
      for (const q of quotes) {
        const [reg, node, cite, href] = await Promise.all(['data-reg', 'data-node', 'data-cite', 'data-href'].map((a) => q.getAttribute(a)));
        const lines = await q.locator('.quote-text > p').allTextContents();
        expect(lines, `${slug} ${reg}/${node}`).toEqual(expectedLines(reg!, node!));
        const caption = q.locator('.quote-cite a');
        await expect(caption.textContent()).resolves.toBe(cite);
        await expect(caption.getAttribute('href')).resolves.toBe(href);
        expect(href).toBe(`/regulations/${reg}/${node!.split('__')[0]!.replace('art_', '').replace('_', '-')}/${node!.includes('__') ? `#${node}` : ''}`);
      }
      // inline citations: an exact citation, linked to a permalink of the right regulation
      for (const a of await page.locator('.lesson-body a.lesson-cite').all()) {
        const text = (await a.textContent())!;
        const full = (await a.getAttribute('title')) ?? text;
        expect(full).toMatch(
          /^《(苏州市平安建设条例|新疆维吾尔自治区平安建设条例|昌吉回族自治州平安建设促进条例|海东市平安建设条例|山西省平安建设条例|广东省平安建设条例)》第[一二三四五六七八九十]+条(第[一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?$/,
        );
        expect(full.endsWith(text)).toBe(true);
        expect(await a.getAttribute('href')).toMatch(/^\/regulations\/(suzhou|xinjiang|changji|haidong|shanxi|guangdong)\/\d+\/(#art_\d+__para_\d+(__item_\d+)?)?$/);
      }
    }
    await page.close();
  });

  it('reads without JavaScript: citations and quotations are in the page, the handout buttons are not', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.base + '/lessons/grid-management/');
    await expect(page.locator('figure.lesson-quote').first().innerText()).resolves.toContain('村（社区）社会治安综合治理中心（网格化服务中心）落实网格化服务工作');
    await expect(page.locator('.lesson-tools').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows the comparison library’s matches with their level, and the author’s choices marked', async () => {
    const page = await site.page();
    await page.goto(site.base + '/lessons/dispute-resolution/');
    const table = page.locator('figure.lesson-compare').first();
    await expect(table.locator(':scope > figcaption').textContent()).resolves.toBe('比较：矛盾纠纷多元化解机制');
    const rows = await table.locator('tbody tr').all();
    const how = await Promise.all(rows.map((r) => r.locator('.compare-how').textContent()));
    expect(how[0]).toBe('比对基准');
    expect(how[1]).toMatch(/^自动比对：基本相同（文字相似度 0\.\d\d）$/);
    expect(how.at(-1)).toBe('作者选定');
    await expect(rows[1]!.locator('.lesson-quote').getAttribute('data-cite')).resolves.toBe('《昌吉回族自治州平安建设促进条例》第十六条第一款');
    await page.close();
  });

  it('prints a lesson as a handout: a QR code per quotation that opens its permalink, no navigation or buttons', async () => {
    const page = await site.page();
    await page.goto(site.base + '/lessons/grid-management/');
    await page.locator('.lesson-quote .qr img').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.breadcrumbs', '.lesson-tools', 'button.basket-add']) {
      for (const el of await page.locator(sel).all()) expect(await el.isVisible(), sel).toBe(false);
    }
    await expect(page.locator('.handout-source').innerText()).resolves.toContain('《山西省平安建设条例》，2023年9月1日起施行');
    const quotes = await quotations(page);
    for (const q of quotes) {
      const url = siteUrl() + (await q.getAttribute('data-href'))!;
      await expect(q.locator('.qr img').isVisible()).resolves.toBe(true);
      expect(await qrModules(q.locator('.qr img'))).toEqual(expectedModules(url));
    }
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    for (const m of pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)) expect([Math.round(Number(m[1])), Math.round(Number(m[2]))]).toEqual([595, 842]);
    await page.close();
  });

  it('downloads a lesson as Word with its headings, citations and quoted text', async () => {
    const page = await site.page({ acceptDownloads: true });
    await page.goto(site.base + '/lessons/assessment-accountability/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word（.docx）' }).click()]);
    expect(download.suggestedFilename()).toBe(`${LESSONS['assessment-accountability']}.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(paragraphs[0]).toBe(LESSONS['assessment-accountability']);
    const headings = await page.locator('.lesson-body h2').allTextContents();
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(headings.length);
    for (const h of headings) expect(paragraphs).toContain(h);
    for (const q of await quotations(page)) {
      expect(paragraphs).toContain(await q.getAttribute('data-cite'));
      for (const line of expectedLines((await q.getAttribute('data-reg'))!, (await q.getAttribute('data-node'))!)) expect(paragraphs).toContain(line);
    }
    // prose keeps its inline citations
    expect(paragraphs.some((p) => p.includes('（《海东市平安建设条例》第四条第一款）'))).toBe(true);
    await page.close();
  });

  it('adds every quotation of a lesson to the handout basket, in lesson order', async () => {
    const page = await site.page();
    await page.goto(site.base + '/lessons/dispute-resolution/');
    const cites = [...new Set(await Promise.all((await quotations(page)).map((q) => q.getAttribute('data-cite'))))];
    await page.getByRole('button', { name: '本课条文全部加入讲义篮' }).click();
    await expect(page.locator('#lesson-status').textContent()).resolves.toBe(`已加入 ${cites.length} 条（讲义篮共 ${cites.length} 条）。`);
    await expect(page.locator('.site-nav .basket-count').textContent()).resolves.toBe(String(cites.length));
    await page.goto(site.base + '/handout/');
    await page.locator('#handout-list[aria-busy="false"]').waitFor();
    expect(await page.locator('.handout-entry .entry-cite a').allTextContents()).toEqual(cites);
    await page.close();
  });

  it('fits 390 px and the printed page, passes axe-core (screenshots on screen and in print with SCREENSHOTS=1)', async () => {
    const page = await site.page();
    for (const path of ['/lessons/', ...Object.keys(LESSONS).map((s) => `/lessons/${s}/`)]) {
      const name = path === '/lessons/' ? 'lessons' : `lesson-${path.split('/')[2]}`;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site.base + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${name}-390`, { fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
      await saveScreenshot(page, `${name}-1280`, { fullPage: true });
      expect((await seriousViolations(page)).map((v) => `${path}: ${v}`)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 658, height: 1000 });
      // on A4 paper (658 CSS px between the margins) nothing runs off the sheet either
      const printOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(printOverflow, `${path} overflows the printed page by ${printOverflow}px`).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${name}-print`, { fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });
});

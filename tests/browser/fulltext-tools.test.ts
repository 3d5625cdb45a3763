// The reading toolbar in real Chromium over the built dist/: 复制 puts the citation and the words on the
// clipboard, 复制链接 the permalink, 下载全文 / 下载本条 give Word files that LibreOffice Writer opens with the
// title, the chapter headings, the article numbers and every article's words in order.
// Expected texts are read straight from content/regulations/<id>/text.txt.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot } from '../helpers/site.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

let site: Awaited<ReturnType<typeof openSite>>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-fulltext-'));
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
  if (!process.env['KEEP_DOCX']) rmSync(dir, { recursive: true, force: true });
});

/** The non-blank lines of a corpus text, trimmed. */
const sourceLines = (id: string) =>
  readFileSync(path.join(CONTENT_DIR, id, 'text.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\[bookmark:[^\]]*\]/g, '').trim())
    .filter(Boolean);
/** The lines of one article in the source, from its label to the next article or chapter. */
function articleLines(id: string, label: string): string[] {
  const lines = sourceLines(id);
  const start = lines.findIndex((l) => l.startsWith(`${label}　`));
  const end = lines.findIndex((l, i) => i > start && /^第\S+?[条章]　/.test(l));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** Convert a .docx with LibreOffice Writer and return the PDF's text, white space removed (Chinese lines wrap anywhere); -layout keeps a centred heading's two halves together. */
function openInWriter(file: string): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('the reading toolbar', () => {
  it('copies a paragraph with its citation, and its permalink, from visible buttons', async () => {
    const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(site.base + '/regulations/suzhou/24/');
    const para2 = articleLines('suzhou', '第二十四条')[1]!;
    expect(para2.startsWith('卫生健康部门应当会同有关部门健全社会心理服务体系')).toBe(true);
    await page.getByRole('button', { name: '复制条文：《苏州市平安建设条例》第二十四条第二款' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`《苏州市平安建设条例》第二十四条第二款：${para2}`);
    await page.getByRole('button', { name: '复制链接：《苏州市平安建设条例》第二十四条第二款' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/regulations/suzhou/24/#art_24__para_2`);
    await page.close();
  });

  it('copies a whole article, items on their own lines, from the toolbar', async () => {
    const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(site.base + '/regulations/shanxi/44/');
    const tools = page.getByRole('group', { name: '本条工具' });
    await tools.getByRole('button', { name: '复制条文：《山西省平安建设条例》第四十四条' }).click();
    const lines = articleLines('shanxi', '第四十四条');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`《山西省平安建设条例》第四十四条：${[lines[0]!.replace(/^第四十四条　/, ''), ...lines.slice(1)].join('\n')}`);
    await tools.getByRole('button', { name: '复制链接：《山西省平安建设条例》第四十四条' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/regulations/shanxi/44/`);
    await page.close();
  });

  it('copies any article from the regulation page, from buttons that stay out of the text', async () => {
    for (const width of [390, 1280]) {
      const page = await site.page({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width, height: 900 } });
      await page.goto(site.base + '/regulations/shanxi/');
      const copy = page.getByRole('button', { name: '复制条文：《山西省平安建设条例》第四十四条' });
      await copy.click();
      const lines = articleLines('shanxi', '第四十四条');
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`《山西省平安建设条例》第四十四条：${[lines[0]!.replace(/^第四十四条　/, ''), ...lines.slice(1)].join('\n')}`);
      await page.getByRole('button', { name: '复制链接：《山西省平安建设条例》第四十四条' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/regulations/shanxi/44/`);
      // the text reads as printed: no button words in it, and no button over a line of it
      const article = page.locator('#art_44');
      for (const text of await article.locator('.para, .item').allInnerTexts()) expect(text).not.toMatch(/复制|链接/);
      const overlaps = await article.evaluate((el) => {
        const boxes = [...el.querySelectorAll('.art-tools button')].map((b) => b.getBoundingClientRect());
        const range = document.createRange();
        const lines = [...el.querySelectorAll('.para, .item')].flatMap((p) => {
          range.selectNodeContents(p);
          return [...range.getClientRects()];
        });
        return boxes.filter((b) => lines.some((l) => b.left < l.right && l.left < b.right && b.top < l.bottom && l.top < b.bottom)).length;
      });
      expect(overlaps, `${width} px`).toBe(0);
      await page.close();
    }
  });

  it('shows every tool as a labelled button of at least 24×24 px, and none when printed', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    for (const url of ['/regulations/shanxi/', '/regulations/shanxi/44/']) {
      await page.goto(site.base + url);
      const buttons = page.locator('.page-tools button, .row-tools button, .art-tools button');
      expect(await buttons.count()).toBeGreaterThan(0);
      for (const b of await buttons.all()) {
        const box = (await b.boundingBox())!;
        expect(box.width, await b.innerText()).toBeGreaterThanOrEqual(24);
        expect(box.height, await b.innerText()).toBeGreaterThanOrEqual(24);
        expect(await b.innerText()).toMatch(/^[\u4e00-\u9fff（）／/ A-Za-z]+$/);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.page-tools').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });

  it('downloads the whole regulation as Word that Writer opens with title, note, headings and every article in order', async () => {
    const page = await site.page({ acceptDownloads: true });
    await page.goto(site.base + '/regulations/shanxi/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载全文（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('山西省平安建设条例.docx');
    const file = path.join(dir, 'shanxi.docx');
    await download.saveAs(file);
    const text = openInWriter(file);
    const lines = sourceLines('shanxi');
    expect(text.startsWith('山西省平安建设条例（2023年7月29日山西省第十四届人民代表大会常务委员会第四次会议通过）第一章总则第一条')).toBe(true);
    // every line after the note, headings and articles alike, found in order
    let at = 0;
    for (const line of lines.slice(2)) {
      const found = text.indexOf(squash(line), at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + squash(line).length;
    }
    await page.close();
  }, 180_000);

  it('downloads one article as Word from its page', async () => {
    const page = await site.page({ acceptDownloads: true });
    await page.goto(site.base + '/regulations/shanxi/44/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载本条（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('山西省平安建设条例第四十四条.docx');
    const file = path.join(dir, 'shanxi-44.docx');
    await download.saveAs(file);
    const text = openInWriter(file);
    expect(text).toBe(
      squash(['山西省平安建设条例', '（2023年7月29日山西省第十四届人民代表大会常务委员会第四次会议通过）', '第八章　考核与奖惩', ...articleLines('shanxi', '第四十四条')].join('')),
    );
    await page.close();
  }, 180_000);

  it('fits both pages at 390 and 1280 px without horizontal scroll (screenshots with SCREENSHOTS=1)', async () => {
    for (const width of [390, 1280]) {
      const page = await site.page({ viewport: { width, height: 900 } });
      for (const [name, url] of [
        ['fulltext-regulation', '/regulations/shanxi/'],
        ['fulltext-article', '/regulations/suzhou/24/'],
      ] as const) {
        await page.goto(site.base + url);
        await saveScreenshot(page, `${name}-${width}`);
        if (url.endsWith('24/')) await saveScreenshot(page.locator('.cite-panel'), `${name}-cite-${width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await page.close();
    }
  });
});

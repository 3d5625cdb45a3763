// 立法对照表 as Word: the button on /compare/?r=… and on a pairwise page downloads a table that LibreOffice Writer
// opens on landscape A4, with 事项 and one column per jurisdiction, each cell the citation and the words.
// Expected cells read in the texts: changji 第二十一条, shanxi 第四十一条 and suzhou 第四十三条 each open with
// the citizen's duty (公民应当遵守法律…); suzhou 第四十三条第三款 and changji 第二十一条第三款 reward 见义勇为 in
// nearly the same words. changji 第七条 (cooperation with the 兵团's divisions) has nothing like it in shanxi (no
// 区域协作, 周边 only for schools); suzhou 第四十四条第一款 (supervision by the 人大常委会) has nothing in changji,
// which never names the 人民代表大会.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-legtable-'));
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
  if (!process.env['KEEP_DOCX']) rmSync(dir, { recursive: true, force: true });
});

interface Word {
  page: number;
  x: number;
  y: number;
  right: number;
  text: string;
}
interface Pdf {
  pages: Array<{ width: number; height: number }>;
  words: Word[];
}

/** Convert a .docx with LibreOffice Writer and read the PDF back word by word with positions (pdftotext -bbox). */
function openInWriter(file: string): Pdf {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pdf: Pdf = { pages: [], words: [] };
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[1]) pdf.pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else pdf.words.push({ page: pdf.pages.length - 1, x: Number(m[3]), y: Number(m[4]), right: Number(m[5]), text: m[6]!.replace(/&amp;/g, '&') });
  }
  return pdf;
}

/** The whole text of the PDF, white space removed (Chinese lines wrap anywhere). */
const allText = (pdf: Pdf) => pdf.words.map((w) => w.text).join('');

/**
 * Which column a word is in, from the headings on the first page (事项, then the jurisdictions, centred over
 * columns of equal width): the jurisdictions' columns are as wide as their centres are apart; 事项 is what lies left.
 */
function columns(pdf: Pdf, headings: string[]): Array<(x: number) => boolean> {
  const centres = headings.map((h) => pdf.words.find((w) => w.page === 0 && w.text === h)!).map((w) => (w.x + w.right) / 2);
  const width = centres[2]! - centres[1]!;
  const left = centres.map((c, i) => (i === 0 ? 0 : c - width / 2));
  return left.map((l, i) => (x: number) => x >= l - 1 && (i === left.length - 1 || x < left[i + 1]! - 1));
}

/**
 * The row whose cell in column `key` begins with `start`: each column's text from the row's top line down (a
 * row's cells all begin on the same line), cut at `chars` characters.
 */
function rowAt(pdf: Pdf, cols: Array<(x: number) => boolean>, key: number, start: string, chars: number): string[] {
  const inCol = (c: number) => pdf.words.filter((w) => cols[c]!(w.x)).sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const keyWords = inCol(key);
  const first = keyWords.findIndex((_, i) =>
    keyWords
      .slice(i)
      .map((w) => w.text)
      .join('')
      .startsWith(start),
  );
  expect(first, start).toBeGreaterThanOrEqual(0);
  const top = keyWords[first]!;
  return cols.map((_, c) =>
    inCol(c)
      .filter((w) => w.page > top.page || (w.page === top.page && w.y >= top.y - 2))
      .map((w) => w.text)
      .join('')
      .slice(0, chars),
  );
}

/** Each cell begins with the expected words. */
function expectCells(cells: string[], expected: string[]): void {
  expect(cells.map((c, i) => c.slice(0, expected[i]!.length))).toEqual(expected);
}

async function download(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载立法对照表（Word）' }).click()]);
  const file = path.join(dir, name);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

describe('立法对照表 as Word', () => {
  it('exports the many-way table of /compare/?r=… as a landscape table Writer opens', async () => {
    const page = await site.page({ acceptDownloads: true });
    await page.goto(site.base + '/compare/?r=changji,shanxi,suzhou');
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '山西', '苏州']);
    const { file, suggested } = await download(page, 'many.docx');
    expect(suggested).toBe('立法对照表（昌吉、山西、苏州）.docx');
    const pdf = openInWriter(file);
    for (const p of pdf.pages) expect(p.width).toBeGreaterThan(p.height); // landscape A4: 842 × 595 pt
    expect(Math.round(pdf.pages[0]!.width)).toBe(842);
    expect(Math.round(pdf.pages[0]!.height)).toBe(595);
    const text = allText(pdf);
    expect(text.startsWith('立法对照表《昌吉回族自治州平安建设促进条例》《山西省平安建设条例》《苏州市平安建设条例》事项昌吉山西苏州')).toBe(true);
    const cols = columns(pdf, ['事项', '昌吉', '山西', '苏州']);
    const citizens = rowAt(pdf, cols, 1, '《昌吉回族自治州平安建设促进条例》第二十一条第一款', 60);
    expectCells(citizens.slice(1), [
      '《昌吉回族自治州平安建设促进条例》第二十一条第一款公民应当遵守法律和社会公德，增进家庭和邻里关系和谐',
      '《山西省平安建设条例》第四十一条第一款公民应当遵守法律、法规，尊重社会公德，自觉维护社会治安秩序，加强自身',
      '《苏州市平安建设条例》第四十三条第一款公民应当遵守法律和社会公德，增进家庭和邻里关系和谐，增强自我防护',
    ]);
    expect(citizens[0]!.length).toBeGreaterThan(0); // a 事项
    const cooperation = rowAt(pdf, cols, 1, '《昌吉回族自治州平安建设促进条例》第七条', 30);
    expect(cooperation[2]!.startsWith('未找到相应规定')).toBe(true);
    expect(text).toContain('“未找到相应规定”指比对程序在该条例中没有找到对应的规定，不等于该条例一定没有相关内容');
    // no internal id, and every citation in Chinese numerals
    expect(text).not.toMatch(/art_\d|第\d+[条款项]/);
    await page.close();
  }, 180_000);

  it('exports the pairwise page’s two regulations, and only the shared rows when asked on /compare/', async () => {
    const page = await site.page({ acceptDownloads: true });
    await page.goto(site.base + '/compare/suzhou/changji/');
    const { file, suggested } = await download(page, 'pair.docx');
    expect(suggested).toBe('立法对照表（苏州、昌吉）.docx');
    const pdf = openInWriter(file);
    for (const p of pdf.pages) expect(p.width).toBeGreaterThan(p.height);
    expect(allText(pdf).startsWith('立法对照表《苏州市平安建设条例》《昌吉回族自治州平安建设促进条例》事项苏州昌吉')).toBe(true);
    const cols = columns(pdf, ['事项', '苏州', '昌吉']);
    const brave = rowAt(pdf, cols, 1, '《苏州市平安建设条例》第四十三条第三款', 70);
    expectCells(brave.slice(1), [
      '《苏州市平安建设条例》第四十三条第三款对为了维护国家利益、社会公共利益或者保护他人的人身、财产安全，有制止违法犯罪',
      '《昌吉回族自治州平安建设促进条例》第二十一条第三款对为了维护国家利益、社会公共利益或者保护他人的人身、财产安全，制止违法犯罪',
    ]);
    const congress = rowAt(pdf, cols, 1, '《苏州市平安建设条例》第四十四条第一款', 40);
    expect(congress[2]!.startsWith('未找到相应规定')).toBe(true);
    // on /compare/, 只看两地以上都有的规定 leaves out the rows only one regulation has
    await page.goto(site.base + '/compare/?r=changji,shanxi');
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '山西']);
    await page.getByLabel('只看两地以上都有的规定').check();
    const shared = openInWriter((await download(page, 'shared.docx')).file);
    const sharedText = allText(shared);
    expect(sharedText).toContain('本表只列两地以上都有规定的事项');
    expect(sharedText).toContain('《昌吉回族自治州平安建设促进条例》第二十一条第一款');
    expect(sharedText).not.toContain('《昌吉回族自治州平安建设促进条例》第七条');
    await page.close();
  }, 240_000);
});

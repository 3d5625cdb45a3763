// The handout basket (讲义篮) and the /handout/ page in real Chromium over the built dist/: what a trainer
// sees and does — collect, reload, reorder, annotate, print on A4, download Word.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { docxParagraphs } from '../helpers/docx.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../helpers/corpus.ts';
import { DIST, openSite, saveScreenshot } from '../helpers/site.ts';
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
const article = (id: string, n: number) => parseCorpus(id).regulation.articles[n - 1]!;

/** The three provisions, where to find each, and its exact text read straight from the parsed source. */
const PICKS = [
  {
    page: '/regulations/suzhou/24/',
    citation: '《苏州市平安建设条例》第二十四条第二款',
    href: '/regulations/suzhou/24/#art_24__para_2',
    lines: () => [article('suzhou', 24).paragraphs[1]!.text],
  },
  {
    page: '/regulations/xinjiang/9/',
    citation: '《新疆维吾尔自治区平安建设条例》第九条第（三）项',
    href: '/regulations/xinjiang/9/#art_9__para_1__item_3',
    lines: () => {
      const item = article('xinjiang', 9).paragraphs[0]!.items[2]!;
      return [item.label + item.text];
    },
  },
  {
    page: '/regulations/shanxi/44/',
    citation: '《山西省平安建设条例》第四十四条',
    href: '/regulations/shanxi/44/',
    lines: () => {
      const a = article('shanxi', 44);
      const [p1, p2] = a.paragraphs as [(typeof a.paragraphs)[0], (typeof a.paragraphs)[0]];
      return [`第四十四条\u3000${p1.text}`, ...p1.items.map((i) => i.label + i.text), p2.text];
    },
  },
];

/** The citations of the handout entries, in order. */
const entryCitations = (page: Page) => page.locator('.handout-entry .entry-cite a').allTextContents();

async function fillBasket(page: Page): Promise<void> {
  for (const p of PICKS) {
    await page.goto(site.base + p.page);
    const toggle = page.getByRole('button', { name: `加入讲义：${p.citation}`, exact: true });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  }
  await expect(page.locator('.site-nav a[href="/handout/"] .basket-count').textContent()).resolves.toBe('3');
}

async function openHandout(page: Page): Promise<void> {
  await page.goto(site.base + '/handout/');
  await page.locator('#handout-list[aria-busy="false"]').waitFor();
}

describe('the handout basket', () => {
  it('puts a toggle on every article, paragraph and item without changing the text a reader copies', async () => {
    const page = await site.page();
    await page.goto(site.base + '/regulations/suzhou/24/');
    // the article, its three paragraphs
    expect(await page.locator('.fulltext button.basket-add').count()).toBe(4);
    const text = await page.locator('.fulltext .provision').innerText();
    expect(text).not.toContain('讲义');
    await page.goto(site.base + '/regulations/xinjiang/9/');
    // the article and its eleven inline items
    expect(await page.locator('.fulltext button.basket-add').count()).toBe(12);
    await page.close();
  });

  it('keeps three provisions from three regulations after a reload and after the tab is closed', async () => {
    let page = await site.page();
    await fillBasket(page);
    await openHandout(page);
    expect(await entryCitations(page)).toEqual(PICKS.map((p) => `${p.citation}`));
    await page.reload();
    await page.locator('#handout-list[aria-busy="false"]').waitFor();
    expect(await entryCitations(page)).toEqual(PICKS.map((p) => p.citation));
    await page.close();
    // a second tab of the same browser: the basket lives in the site's localStorage
    page = await site.page();
    await openHandout(page);
    expect(await entryCitations(page)).toEqual(PICKS.map((p) => p.citation));
    // the toggles on the reading pages show what is already in the basket
    await page.goto(site.base + '/regulations/suzhou/24/');
    await expect(page.getByRole('button', { name: `加入讲义：${PICKS[0]!.citation}`, exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: '加入讲义：《苏州市平安建设条例》第二十四条第一款', exact: true }).getAttribute('aria-pressed')).resolves.toBe('false');
    await page.close();
  });

  it('quotes each provision’s text exactly, with its permalink', async () => {
    const page = await site.page();
    await fillBasket(page);
    await openHandout(page);
    for (const [i, p] of PICKS.entries()) {
      const entry = page.locator('.handout-entry').nth(i);
      const lines = await entry.locator('.quote-text p').allTextContents();
      expect(lines).toEqual(p.lines());
      await expect(entry.locator('.entry-cite a').getAttribute('href')).resolves.toBe(siteUrl() + p.href);
    }
    await page.close();
  });

  it('reorders and annotates, and keeps both', async () => {
    const page = await site.page();
    await fillBasket(page);
    await openHandout(page);
    await page.getByRole('button', { name: `上移：${PICKS[2]!.citation}` }).click();
    await expect.poll(() => entryCitations(page)).toEqual([PICKS[0]!.citation, PICKS[2]!.citation, PICKS[1]!.citation]);
    // focus stays on the moved entry's button, so the keyboard can keep moving it
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(`上移：${PICKS[2]!.citation}`);
    await page.getByRole('button', { name: `下移：${PICKS[0]!.citation}` }).click();
    await expect.poll(() => entryCitations(page)).toEqual([PICKS[2]!.citation, PICKS[0]!.citation, PICKS[1]!.citation]);
    await page.locator('.handout-entry').nth(1).getByLabel('讲师按语').fill('本款规定心理服务体系的牵头部门。\n可与新疆第二十六条第二款对照。');
    await page.getByLabel('讲义标题').fill('平安建设条例选读');
    await page.reload();
    await page.locator('#handout-list[aria-busy="false"]').waitFor();
    expect(await entryCitations(page)).toEqual([PICKS[2]!.citation, PICKS[0]!.citation, PICKS[1]!.citation]);
    await expect(page.locator('.handout-entry').nth(1).getByLabel('讲师按语').inputValue()).resolves.toBe('本款规定心理服务体系的牵头部门。\n可与新疆第二十六条第二款对照。');
    await expect(page.locator('h1').innerText()).resolves.toBe('讲义：平安建设条例选读');
    await page.close();
  });

  it('prints on A4: title, sources with dates, citations, notes and a QR code per provision that opens its permalink', async () => {
    const page = await site.page();
    await fillBasket(page);
    await openHandout(page);
    await page.locator('.handout-entry').first().getByLabel('讲师按语').fill('第一条按语');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 658, height: 1000 }); // A4 less the page margins, at 96 dpi
    await expect(page.locator('h1').innerText()).resolves.toBe('平安建设法规讲义');
    for (const sel of ['.site-header', '.site-footer', '.breadcrumbs', '.handout-actions', '.entry-tools', 'textarea', 'button.basket-add']) {
      for (const el of await page.locator(sel).all()) expect(await el.isVisible(), sel).toBe(false);
    }
    const source = await page.locator('#handout-source').innerText();
    const index = JSON.parse(readFileSync(path.join(DIST, 'handout/data/suzhou.json'), 'utf8')) as { builtAt: string };
    expect(source).toContain('条文取自对照数据，构建于');
    expect(source).toContain(`${index.builtAt.slice(0, 4)}年`);
    for (const date of ['《苏州市平安建设条例》，2023年1月1日起施行', '《新疆维吾尔自治区平安建设条例》，2022年1月1日起施行', '《山西省平安建设条例》，2023年9月1日起施行'])
      expect(source).toContain(date);
    await expect(page.locator('.note-print').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.note-print').first().innerText()).resolves.toBe('讲师按语：第一条按语');
    for (const [i, p] of PICKS.entries()) {
      const entry = page.locator('.handout-entry').nth(i);
      await expect(entry.locator('.entry-cite').innerText()).resolves.toBe(`${i + 1}．${p.citation}`);
      await expect(entry.locator('.qr-url').innerText()).resolves.toBe(siteUrl() + p.href);
      expect(await qrModules(entry.locator('.qr img'))).toEqual(expectedModules(siteUrl() + p.href));
    }
    await saveScreenshot(page, 'handout-print', { fullPage: true });
    // with the page's own @page rule, Chromium lays the handout out on A4 sheets
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
    await page.close();
  });

  it('downloads a Word file whose document.xml holds the three citations and texts exactly', async () => {
    const page = await site.page({ acceptDownloads: true });
    await fillBasket(page);
    await openHandout(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word（.docx）' }).click()]);
    expect(download.suggestedFilename()).toBe('平安建设法规讲义.docx');
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const xml = strFromU8(zip['word/document.xml']!);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs[0]).toBe('平安建设法规讲义');
    for (const [i, p] of PICKS.entries()) {
      expect(paragraphs).toContain(`${i + 1}．${p.citation}`);
      for (const line of p.lines()) expect(paragraphs).toContain(line);
    }
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
    expect(Object.keys(zip).filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(3);
    await expect(page.locator('#handout-status').innerText()).resolves.toBe('已生成 Word 文件。');
    await page.close();
  });

  it('clears the basket after asking', async () => {
    const page = await site.page();
    await fillBasket(page);
    await openHandout(page);
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '清空讲义篮' }).click();
    expect(await page.locator('.handout-entry').count()).toBe(3);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清空讲义篮' }).click();
    await expect.poll(() => page.locator('.handout-entry').count()).toBe(0);
    await expect(page.locator('#handout-empty').isVisible()).resolves.toBe(true);
    await expect(page.locator('#handout-actions').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav .basket-count').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('keeps docx and the QR library off reading pages, and loads only the site’s own scripts', async () => {
    // a context of its own: a first visit, whose requests no earlier page's cache answers
    const page = await (await site.context()).newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(site.base + '/regulations/suzhou/24/');
    await page.waitForLoadState('networkidle');
    const bytes = scripts.reduce((n, s) => n + statSync(path.join(DIST, s)).size, 0);
    expect(bytes, scripts.join(', ')).toBeLessThan(8_000);
    await page.goto(site.base + '/handout/');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe-core and fits 390 px, with entries (screenshots with SCREENSHOTS=1)', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await fillBasket(page);
    await openHandout(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'handout-390', { fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(page, 'handout-1280', { fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

// The policy matrix page and its CSV download. Expected answers were read in the texts: only xinjiang has
// 一票否决 (第五十二条—第五十五条); only shanxi sets a 平安建设宣传周 (第六条: 每年的十二月第二周).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const rowCells = async (page: import('playwright-core').Page, question: string) => {
  const row = page.locator('.matrix-table tbody tr', { has: page.locator('th', { hasText: question }) });
  return row.locator('td strong').allInnerTexts();
};

describe('/matrix/', () => {
  it('answers 规定一票否决？ yes only for 新疆 and 设平安建设宣传周？ yes only for 山西, with cited provisions', async () => {
    const page = await site.page();
    await page.goto(site.base + '/matrix/');
    const heads = await page.locator('.matrix-table thead th').allInnerTexts();
    expect(heads.slice(1)).toEqual(['昌吉', '广东', '海东', '山西', '苏州', '新疆']);
    // read: guangdong has no 一票否决 and no 宣传周
    expect(await rowCells(page, '规定一票否决？')).toEqual(['否', '否', '否', '否', '否', '是']);
    expect(await rowCells(page, '设平安建设宣传周？')).toEqual(['否', '否', '否', '是', '否', '否']);
    const shanxi = page
      .locator('.matrix-table tbody tr', { has: page.locator('th', { hasText: '设平安建设宣传周？' }) })
      .locator('td')
      .nth(3);
    await expect(shanxi.getByRole('link').getAttribute('href')).resolves.toBe('/regulations/shanxi/6/#art_6__para_1');
    expect(await page.locator('.matrix-table tbody tr').count()).toBeGreaterThanOrEqual(25);
    await page.close();
  });

  it('downloads the matrix as CSV with a BOM, a header row and at least 25 questions', async () => {
    const res = await fetch(site.base + '/matrix/matrix.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split(/\r?\n/);
    expect(lines[0]!.startsWith('question_id,question,group,')).toBe(true);
    expect(lines.length - 1).toBeGreaterThanOrEqual(25);
    expect(lines.find((l) => l.includes('规定一票否决？'))).toMatch(/新疆|yes/);
  });

  it('has a readable codebook and method page, no serious accessibility problem, and no horizontal scroll at 390 px', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    for (const path of ['/matrix/', '/matrix/codebook/', '/about/method/']) {
      await page.goto(site.base + path);
      expect((await seriousViolations(page)).map((v) => `${path}: ${v}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    await page.goto(site.base + '/about/method/');
    await expect(page.locator('main').innerText()).resolves.toContain('比对');
    // the tables of the method notes read as cards: a row's 说明 is on screen, named, not in a box scrolled sideways
    // the row whose first cell names the approach (others may mention it in their notes)
    const note = page.locator('tr', { has: page.locator('td:first-child', { hasText: '十项证据两两相乘' }) }).locator('td[data-label="说明"]');
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(note.evaluate((el) => getComputedStyle(el, '::before').content)).resolves.toBe('"说明："');
    await page.close();
  });
});

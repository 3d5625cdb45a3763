// Comparison views. Read in the texts: suzhou 第四十三条 and changji 第二十一条 have the same first two paragraphs
// word for word; in the third, suzhou writes “有制止违法犯罪…等见义勇为行为的人员” where changji writes
// “制止违法犯罪…等见义勇为的人员”, so only that row has differences: 有 and 行为 exist only in suzhou.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('comparison pages', () => {
  it('puts suzhou 第四十三条 beside changji 第二十一条 with the differences marked', async () => {
    const page = await (await site.context()).newPage();
    await page.goto(site.base + '/compare/suzhou/changji/');
    const head = page.locator('#art_43');
    await expect(head.innerText()).resolves.toContain('第四十三条 ↔ 第二十一条');
    const rows = page.locator('#art_43 ~ tr');
    for (const i of [0, 1]) expect(await rows.nth(i).locator('del, ins').count()).toBe(0);
    await expect(rows.nth(0).locator('td').nth(1).innerText()).resolves.toContain('增进家庭和邻里关系和谐');
    const third = rows.nth(2);
    expect(await third.locator('td').first().locator('del').allInnerTexts()).toEqual(['有', '行为']);
    expect(await third.locator('ins').count()).toBe(0);
    await expect(page.locator('.compare-summary').innerText()).resolves.toMatch(/^苏州共 51 条：与昌吉基本相同 \d+ 条，高度相似 \d+ 条，相关 \d+ 条，昌吉无相应规定 \d+ 条/);
    await page.close();
  });

  it('links every cell of the overview to its pairwise page, and offers the alignment data', async () => {
    const page = await (await site.context({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(site.base + '/compare/');
    expect(await page.locator('.heat-table tbody td a').count()).toBe(20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const bad = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => v.id)).toEqual([]);
    const res = await fetch(site.base + '/compare/alignment.json');
    const data = (await res.json()) as { regulations: unknown[]; links: unknown[] };
    expect(data.regulations).toHaveLength(5);
    expect(data.links.length).toBeGreaterThan(100);
    await page.goto(site.base + '/compare/suzhou/changji/');
    const bad2 = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad2.map((v) => v.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

// /penalties/. Read in the texts: only xinjiang has 一票否决 (第五十二条 to 第五十五条); haidong 第四十六条 lists seven
// conditions, the first 区域内、系统内或者行业内重大安全隐患未及时整改的.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the penalties page', () => {
  it('cites 一票否决 under 新疆 only, and the citation opens the article', async () => {
    const page = await site.page();
    await page.goto(site.base + '/penalties/');
    const headers = await page.locator('.penalty-table thead th').allInnerTexts();
    const xinjiang = headers.indexOf('新疆');
    expect(xinjiang).toBeGreaterThan(0);
    const cells = page.locator('.penalty-table tr', { has: page.locator('th', { hasText: /^一票否决$/ }) }).locator('td');
    for (let i = 0; i < headers.length - 1; i++) {
      const links = await cells.nth(i).locator('a').allInnerTexts();
      if (i + 1 === xinjiang) expect(links[0]).toBe('第五十二条第一款');
      else expect(links, headers[i + 1]).toEqual([]);
    }
    await cells
      .nth(xinjiang - 1)
      .getByRole('link', { name: '第五十四条' })
      .click();
    await expect.poll(() => page.url()).toBe(site.base + '/regulations/xinjiang/54/');
    await expect(page.locator('main').innerText()).resolves.toContain('受到一票否决处理的地方、部门、单位');
    await page.close();
  });

  it("shows each jurisdiction's conditions as written, with the consequences and their evidence", async () => {
    const page = await site.page();
    await page.goto(site.base + '/penalties/');
    const haidong = page.locator('.trigger-card', { has: page.locator('h3', { hasText: '海东' }) });
    await expect(haidong.locator('h4').first().innerText()).resolves.toBe('第四十六条');
    const conditions = await haidong.locator('.condition-list li').allInnerTexts();
    expect(conditions).toHaveLength(7);
    expect(conditions[0]).toContain('区域内、系统内或者行业内重大安全隐患未及时整改的');
    const xinjiang = page.locator('.trigger-card', { has: page.locator('h3', { hasText: '新疆' }) });
    const veto = xinjiang.locator('.consequence-list li', { hasText: '一票否决' });
    await veto.locator('summary').click();
    await expect(veto.locator('details').innerText()).resolves.toContain('条文用语：“一票否决”');
    await expect(page.locator('.trigger-card', { has: page.locator('h3', { hasText: '昌吉' }) }).innerText()).resolves.toContain('第二十三条');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('does not scroll sideways on a 390 px phone', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(site.base + '/penalties/');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.close();
  });
});

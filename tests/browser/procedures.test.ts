// /procedures/. Read in xinjiang 第五十五条: 提出申诉 → 在接到申诉的30日内复查完毕 → 予以答复 → 作出最后决定.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('the procedures page', () => {
  it('shows xinjiang 第五十五条 as ordered steps and its 30-day limit, cited', async () => {
    const page = await site.page();
    await page.goto(site.base + '/procedures/');
    const xinjiang = page.locator('section.jurisdiction', { has: page.locator('h2', { hasText: '新疆' }) });
    const appeal = xinjiang.locator('.procedure', { hasText: '一票否决的申诉与复查' });
    await expect(appeal.locator('.procedure-name a').innerText()).resolves.toBe('第五十五条');
    await expect(appeal.locator('ol > li .step-name').allInnerTexts()).resolves.toEqual(['申诉', '复查', '答复', '最后决定']);
    const limit = xinjiang.locator('.timing-table tr', { hasText: '30日内' });
    await expect(limit.locator('mark').innerText()).resolves.toBe('在接到申诉的30日内');
    await limit.getByRole('link', { name: '第五十五条' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/regulations/xinjiang/55/');
    await expect(page.locator('main').innerText()).resolves.toContain('受理申诉的机构应当在接到申诉的30日内复查完毕');
    await page.close();
  });

  it('says who reports to whom, and passes axe', async () => {
    const page = await site.page();
    await page.goto(site.base + '/procedures/');
    const xinjiang = page.locator('section.jurisdiction', { has: page.locator('h2', { hasText: '新疆' }) });
    // 第二十二条第二款: 发现违禁物品的……及时向公安机关报告
    const row = xinjiang.locator('.report-table tr', { has: page.getByRole('link', { name: '第二十二条第二款' }) });
    await expect(row.locator('td').nth(2).innerText()).resolves.toBe('公安机关');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('states each date in force and repeal with its provision', async () => {
    // xinjiang 第五十八条: 本条例自2022年1月1日起施行，新疆维吾尔自治区第八届人民代表大会常务委员会…通过的《…》同时废止
    const page = await site.page();
    await page.goto(site.base + '/procedures/');
    const row = page.locator('#in-force ~ div tr', { has: page.locator('th', { hasText: '新疆' }) });
    await expect(row.locator('td').nth(0).innerText()).resolves.toBe('2022年1月1日');
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe('第五十八条');
    await expect(row.locator('td').nth(2).innerText()).resolves.toMatch(/^《新疆维吾尔自治区社会治安综合治理条例》/);
    await page.close();
  });

  it('does not scroll sideways on a 390 px phone', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(site.base + '/procedures/');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.close();
  });
});

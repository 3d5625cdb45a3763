// Actor pages. Expected duties were read in the texts: haidong 第二十六条第三款 (公安机关应当在学生入学和放学
// 时间段内…维持治安秩序) and changji 第十五条第二款 (公安机关应当会同地方金融监管、通信管理部门建立健全…联动机制).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('actor pages', () => {
  it('lists the duties of 公安机关 in each jurisdiction, cited and linked', async () => {
    const page = await site.page();
    await page.goto(site.base + '/actors/');
    await page.getByRole('link', { name: '公安机关', exact: true }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/actors/public-security/');
    const haidong = page.locator('section', { has: page.locator('h2', { hasText: '海东' }) });
    await expect(haidong.locator('h3').first().innerText()).resolves.toBe('义务');
    const duties = await haidong.locator('li').allInnerTexts();
    expect(duties.some((d) => d.includes('公安机关应当在学生入学和放学时间段内'))).toBe(true);
    const changji = await page
      .locator('section', { has: page.locator('h2', { hasText: '昌吉' }) })
      .locator('li')
      .allInnerTexts();
    expect(changji.some((d) => d.startsWith('第十五条') && d.includes('联动机制'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

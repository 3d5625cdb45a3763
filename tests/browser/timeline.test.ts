// 沿革: reachable from /analysis/ and from the regulations list; each regulation's entry shows what it repealed,
// read in the texts (广东 第五十一条, 山西 第四十六条第二款, 新疆 第五十八条).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('沿革', () => {
  it('is reached from /analysis/ and /regulations/, and lists what each regulation repealed', async () => {
    const page = await site.page();
    await page.goto(site.base + '/analysis/');
    await page.getByRole('link', { name: '沿革', exact: true }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/timeline/');
    await expect(page.locator('h1').innerText()).resolves.toBe('沿革：施行与废止');
    const text = await page.locator('main').innerText();
    for (const repealed of ['《广东省人民代表大会常务委员会关于深化平安广东建设的决定》', '《山西省社会治安综合治理条例》', '《新疆维吾尔自治区社会治安综合治理条例》'])
      expect(text).toContain(`同时废止${repealed}`);
    await page.goto(site.base + '/regulations/');
    await expect(page.getByRole('link', { name: '沿革', exact: true }).getAttribute('href')).resolves.toBe('/timeline/');
    await page.close();
  });
});

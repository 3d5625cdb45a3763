// Topic pages. Expected provisions were read in the texts: telecom fraud (电信网络诈骗) is regulated in
// changji 第十五条, haidong 第二十二条 and guangdong 第二十六条 (打击治理电信网络诈骗), and every one of the six
// regulations mentions it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('topic pages', () => {
  it('lists every jurisdiction’s provisions on telecom fraud with their evidence', async () => {
    const page = await site.page();
    await page.goto(site.base + '/topics/');
    await page.getByRole('link', { name: '电信网络诈骗治理' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/topics/telecom-fraud/');
    const text = await page.locator('main').innerText();
    for (const cite of ['昌吉', '广东', '海东', '山西', '苏州', '新疆']) expect(text).toContain(cite);
    const guangdong = await page
      .locator('section', { has: page.locator('h2', { hasText: '广东' }) })
      .getByRole('link')
      .allInnerTexts();
    expect(guangdong.some((l) => l.startsWith('第二十六条'))).toBe(true);
    const changji = await page
      .locator('section', { has: page.locator('h2', { hasText: '昌吉' }) })
      .getByRole('link')
      .allInnerTexts();
    expect(changji).toContain('第十五条第一款');
    const haidong = await page
      .locator('section', { has: page.locator('h2', { hasText: '海东' }) })
      .getByRole('link')
      .allInnerTexts();
    expect(haidong.some((l) => l.startsWith('第二十二条'))).toBe(true);
    expect(text).toContain('依据：');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

// Phones at 390 px: what /penalties/ said only in hover tooltips is on the page (a phone shows no tooltip), and
// the article analysis table reads as stacked rows instead of four columns of four characters. Read in the
// texts: changji 第二十二条 asks the coordinating body to 督促被监督检查单位限期整改 — words the row 责令限期整改
// does not contain; suzhou 第二十四条 has clauses with duty bearers (卫生健康部门 in its second paragraph).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe('detail a phone can read', () => {
  it('keeps nothing on /penalties/ in title attributes, and shows the deciding words beside the citation', async () => {
    const page = await site.page(PHONE);
    await page.goto(site.base + '/penalties/');
    expect(await page.locator('main [title]').count()).toBe(0);
    const headers = await page.locator('.penalty-table thead th').allInnerTexts();
    const row = page.locator('.penalty-table tr', { has: page.locator('th', { hasText: /^责令限期整改$/ }) });
    const changji = row.locator('td').nth(headers.indexOf('昌吉') - 1);
    await expect(changji.innerText()).resolves.toContain('第二十二条');
    const words = changji.getByText('“督促被监督检查单位限期整改”');
    await words.scrollIntoViewIfNeeded();
    await expect(words.isVisible()).resolves.toBe(true);
    // the consequences found outside the condition lists: their words behind a tap on 依据
    const other = page.locator('.other-list li').first();
    const details = other.locator('details');
    await details.locator('summary').tap();
    await expect(details.innerText()).resolves.toMatch(/条文用语：.+——“.+”/);
    await page.close();
  });

  it('stacks the article analysis table at 390 px: no cell narrower than ten characters, nothing to scroll', async () => {
    const page = await site.page(PHONE);
    await page.goto(site.base + '/regulations/suzhou/24/');
    const table = page.locator('.clause-table');
    await expect(table.innerText()).resolves.toContain('卫生健康部门');
    const cells = await table
      .locator('tbody td')
      .evaluateAll((tds) =>
        tds.filter((td) => td.textContent!.trim() && td.checkVisibility()).map((td) => td.getBoundingClientRect().width / parseFloat(getComputedStyle(td).fontSize)),
      );
    expect(cells.length).toBeGreaterThan(4);
    expect(Math.min(...cells)).toBeGreaterThanOrEqual(10);
    const scroll = await page.locator('.analysis-panel .table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('names each consequence of a clause once: xinjiang 第五十二条第一款第（六）项 lists 警告、监察建议、司法建议、检察建议、公安提示 once', async () => {
    const page = await site.page(PHONE);
    await page.goto(site.base + '/regulations/xinjiang/52/');
    const row = page.locator('.clause-table tbody tr', { has: page.getByRole('link', { name: '第五十二条第一款第（六）项' }) });
    const found = await row.locator('td[data-label="后果与期限"]').innerText();
    expect(found.split('警告、监察建议、司法建议、检察建议、公安提示').length - 1).toBe(1);
    await page.close();
  });
});

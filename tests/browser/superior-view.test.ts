// Issue 15, defect 8: the superior-law view follows the conventions of a 新旧对照表. The lower law's text is never
// struck through (a strike reads as "deleted"); what it adds or changes is bold and underlined, the wording it
// shares with the superior law plain; and a provision is called 细化、调整 only when most of its words are the
// superior law's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const URL = '/compare/changji/superior/';
const LOWER = 'td.diff-cell[data-label="昌吉"]';

describe('superior-law view', () => {
  for (const width of [390, 1280]) {
    it(`never strikes through changji's text at ${width} px, and passes axe`, async () => {
      const page = await site.page({ viewport: { width, height: 844 } });
      await page.goto(site.base + URL);
      await expect(page.locator(`${LOWER} del`).count()).resolves.toBe(0);
      const struck = await page
        .locator(`${LOWER}, ${LOWER} *`)
        .evaluateAll((els) => els.filter((el) => getComputedStyle(el).textDecorationLine.includes('line-through')).map((el) => el.textContent!.slice(0, 20)));
      expect(struck).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `superior-changji-${width}`, { fullPage: false });
      await page.close();
    });
  }

  it('marks what changji adds or changes in bold and underline, and leaves the shared wording plain', async () => {
    const page = await site.page();
    await page.goto(site.base + URL);
    // read: changji 第二条 自治州行政区域内的平安建设及监督管理活动，适用本条例。
    //       xinjiang 第三条 自治区行政区域内平安建设工作，适用本条例。 (自治州/自治区 are each one's own jurisdiction word)
    const row = page.locator('#art_2').locator('xpath=..').locator('tr').nth(1);
    const added = row.locator(`${LOWER} ins.lower-own`);
    await expect(added.allInnerTexts()).resolves.toEqual(['的', '及监督管理活动']);
    const style = await added.first().evaluate((el) => ({ weight: Number(getComputedStyle(el).fontWeight), line: getComputedStyle(el).textDecorationLine }));
    expect(style.weight).toBeGreaterThanOrEqual(700);
    expect(style.line).toContain('underline');
    // the superior law's 工作, which changji does not write, is shaded on the right, not struck
    await expect(row.locator('td.diff-cell[data-label="新疆"] .upper-only').allInnerTexts()).resolves.toEqual(['工作']);
    // unchanged wording is plain: no evidence marks in a 新旧对照表
    await expect(page.locator('.superior-table mark').count()).resolves.toBe(0);
    await page.close();
  });

  it('calls a provision 细化、调整 only when at least half of its words are unmarked', async () => {
    const page = await site.page();
    await page.goto(site.base + URL);
    // read: changji 第二十三条 shares with xinjiang 第五十六条第二款 only the stock phrases (滥用职权…依法给予处分；构成犯罪的…)
    await expect(page.locator('#art_23 .relation-tag').innerText()).resolves.toBe('大幅改写');
    const rows = await page.locator(`${LOWER}:has(.relation-refines)`).evaluateAll((cells) =>
      cells.map((td) => {
        const label = td.querySelector('.para-label')!.textContent!;
        const total = td.textContent!.length - label.length;
        const marked = [...td.querySelectorAll('del, ins')].reduce((n, el) => n + el.textContent!.length, 0);
        return { label, kept: 1 - marked / total };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.kept < 0.5).map((r) => r.label)).toEqual([]);
    await page.close();
  });
});

// Issue 15, defect 7: the statute text reads like the printed law on a phone and on a desk. Inline items
// (xinjiang 第五十二条: （一）…；（二）… in one source line) are shown on their own lines, and the "#" and
// "＋讲义" controls sit outside the text column, each large enough to tap.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, saveScreenshot } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const WIDTHS = [390, 1280];
const CONTROLS = 'a.anchor, button.basket-add';

async function openArticle(width: number, url = '/regulations/xinjiang/52/'): Promise<Page> {
  const page = await site.page({ viewport: { width, height: 844 } });
  await page.goto(site.base + url);
  await page.waitForSelector('#art_52 button.basket-add');
  return page;
}

/** The boxes of the law's own words in an article: every text node outside the controls. */
function textBoxes(page: Page, selector: string) {
  return page.evaluate(
    ([sel, controls]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent!.trim() || n.parentElement!.closest(controls)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) boxes.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      }
      return boxes;
    },
    [selector, CONTROLS] as const,
  );
}

describe('statute text', () => {
  for (const width of WIDTHS) {
    it(`shows each inline item of xinjiang 第五十二条 on its own line at ${width} px`, async () => {
      const page = await openArticle(width);
      // read: the source line has eight items （一）…（八） one after another
      const items = page.locator('#art_52 .item-inline');
      await expect(items.count()).resolves.toBe(8);
      const starts = await items.evaluateAll((els) =>
        els.map((el) => ({
          top: el.getClientRects()[0]!.top,
          prevBottom: el.previousElementSibling?.getBoundingClientRect().bottom ?? -Infinity,
          text: el.textContent!.slice(0, 3),
        })),
      );
      for (const s of starts.slice(1)) expect(s.top, `${s.text} starts after the previous item`).toBeGreaterThanOrEqual(s.prevBottom - 1);
      await saveScreenshot(page, `statute-xinjiang-52-${width}`, { fullPage: true });
      await page.close();
    });

    it(`keeps the # and ＋讲义 controls outside the text column at ${width} px, each at least 24×24`, async () => {
      const page = await openArticle(width);
      const text = await textBoxes(page, '#art_52');
      const textLeft = Math.min(...text.map((b) => b.left));
      const textRight = Math.max(...text.map((b) => b.right));
      const controls = await page.locator(`#art_52 :is(${CONTROLS})`).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.getAttribute('aria-label')!, left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
        }),
      );
      // the article's toggle, each item's "#" and toggle, the second paragraph's "#" and toggle, the first paragraph's
      expect(controls.length).toBeGreaterThanOrEqual(1 + 8 * 2 + 2 * 2);
      for (const c of controls) {
        expect(c.width, c.name).toBeGreaterThanOrEqual(24);
        expect(c.height, c.name).toBeGreaterThanOrEqual(24);
        // beside the text, never between its words: right of the whole column, or before every word of its line
        // (the blank indent before the article label)
        const sameRow = text.filter((b) => b.top < c.bottom && b.bottom > c.top);
        const outside = c.left >= textRight - 0.5 || sameRow.every((b) => b.left >= c.right - 0.5);
        expect(outside, `${c.name} at ${Math.round(c.left)}–${Math.round(c.right)}, text ${Math.round(textLeft)}–${Math.round(textRight)}`).toBe(true);
      }
      await page.close();
    });
  }

  it('shows the words of xinjiang 第五十二条 as the source has them, only laid out', async () => {
    const page = await openArticle(390);
    const shown = (await page.locator('#art_52').innerText()).replace(/[#＋]|讲义/g, '').replace(/[\s\u3000]/g, '');
    const source = readFileSync(path.join(CONTENT_DIR, 'xinjiang/text.txt'), 'utf8').split('\n');
    const start = source.findIndex((l) => l.startsWith('第五十二条　'));
    const end = source.findIndex((l, i) => i > start && l.startsWith('第五十三条　'));
    expect(shown).toBe(
      source
        .slice(start, end)
        .join('')
        .replace(/[\s\u3000]/g, ''),
    );
    await page.close();
  });

  it('has no serious accessibility violation on the regulation and article pages at 390 px', async () => {
    for (const url of ['/regulations/xinjiang/', '/regulations/xinjiang/52/']) {
      const page = await openArticle(390, url);
      expect((await seriousViolations(page)).map((v) => `${url}: ${v}`)).toEqual([]);
      await page.close();
    }
  });
});

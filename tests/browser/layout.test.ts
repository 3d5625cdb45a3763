// Layout defects a first visit found (issue: rough edges), checked in Chromium at the widths people use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('layout', () => {
  it('keeps the 搜索 button on one line at 1280 px, on the home page and the 404 page', async () => {
    const page = await site.page({ viewport: { width: 1280, height: 800 } });
    for (const url of ['/', '/404.html']) {
      await page.goto(site.base + url);
      // lines of the label's text: a Range over it has one rectangle per line (搜/索 would give two)
      const rects = await page.locator('main .search-box button').evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
      expect(rects.length, url).toBeGreaterThan(0);
      for (const n of rects) expect(n, url).toBe(1);
    }
    await page.close();
  });

  it('gives every regulation title a line of its own on a phone (/, /regulations/)', async () => {
    const page = await site.page({ viewport: { width: 390, height: 800 } });
    for (const url of ['/', '/regulations/']) {
      await page.goto(site.base + url);
      // the longest title, 新疆维吾尔自治区平安建设条例 (14 characters), fits on one line of a 390 px screen
      const widths = await page.locator('table.stack-table tbody td:first-child a').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
      expect(widths.length, url).toBe(6);
      for (const w of widths) expect(w, url).toBeGreaterThan(150);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), url).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('keeps a date and a level tag whole, and names the compare page once', async () => {
    const page = await site.page({ viewport: { width: 390, height: 800 } });
    await page.goto(site.base + '/lessons/');
    const dateLines = await page.locator('main time').evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(dateLines.length).toBeGreaterThan(0);
    for (const n of dateLines) expect(n).toBe(1);
    await page.goto(site.base + '/compare/');
    await expect(page.title()).resolves.toBe('各地条例对照 · 对照');
    const tags = await page.locator('.level-tag').evaluateAll((els) => els.slice(0, 50).map((el) => el.getClientRects().length));
    for (const n of tags) expect(n).toBe(1);
    await page.close();
  });

  it('keeps the question column of /matrix/ and /penalties/ in view while a phone scrolls the table, and says that it scrolls', async () => {
    const page = await site.page({ viewport: { width: 390, height: 800 } });
    for (const [url, table] of [
      ['/matrix/', '.matrix-table'],
      ['/penalties/', '.penalty-table'],
    ] as const) {
      await page.goto(site.base + url);
      await expect(page.locator('.scroll-hint').first().isVisible(), url).resolves.toBe(true);
      const box = page.locator('.table-scroll', { has: page.locator(table) });
      await box.evaluate((el) => el.scrollTo({ left: 400 }));
      const [boxLeft, headLeft] = await box.evaluate(
        (el, t) => [el.getBoundingClientRect().left, el.querySelector(`${t} tbody th[scope=row]`)!.getBoundingClientRect().left],
        table,
      );
      expect(Math.abs(headLeft! - boxLeft!), url).toBeLessThan(2);
    }
    await page.close();
  });

  it('keeps the navigation on one line at 360 and 390 px with a dozen provisions in the 讲义 basket', async () => {
    for (const width of [360, 390]) {
      const page = await site.page({ viewport: { width, height: 700 } });
      await page.goto(site.base + '/regulations/suzhou/24/');
      await page.evaluate(() =>
        localStorage.setItem(
          'duizhao:handout-basket',
          JSON.stringify({
            version: 1,
            title: '讲义',
            entries: Array.from({ length: 12 }, (_, i) => ({
              regId: 'suzhou',
              nodeId: `art_${i + 1}`,
              citation: `《苏州市平安建设条例》第${i + 1}条`,
              href: `/regulations/suzhou/${i + 1}/`,
              note: '',
            })),
          }),
        ),
      );
      await page.reload();
      await expect(page.locator('.site-nav .basket-count').innerText()).resolves.toBe('12');
      const tops = await page.locator('.site-nav li').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${width} px`).toBe(1);
      await page.close();
    }
  });
});

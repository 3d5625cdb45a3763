// axe-core on one page of every page type, as a reader finds it (islands run first): no serious or critical
// violation anywhere, nor two landmarks of one kind with the same name (`landmark-unique`, which axe rates only
// moderate: / and the 404 page had two search forms both called 全站搜索). Other tests check their own pages in
// more states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/a11y.ts';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** One page of each type: home, lists, a regulation, an article, the comparisons, analysis, teaching, data, help, a missing page. */
const PAGES = [
  '/',
  '/regulations/',
  '/regulations/suzhou/',
  '/regulations/suzhou/24/',
  '/search/',
  '/compare/',
  '/compare/suzhou/changji/',
  '/compare/changji/superior/',
  '/analysis/',
  '/topics/',
  '/topics/grid-centres/',
  '/actors/',
  '/actors/appointing-bodies/',
  '/penalties/',
  '/procedures/',
  '/matrix/',
  '/matrix/codebook/',
  '/draft/',
  '/lessons/',
  '/lessons/grid-management/',
  '/lessons/guide/',
  '/handout/',
  '/data/',
  '/about/method/',
  '/timeline/',
  '/no-such-page/',
];

describe('accessibility of every page type', () => {
  it('finds no serious or critical axe-core violation on any of them', async () => {
    // three tabs side by side: each page waits for the network to fall idle, time the other tabs use
    const found: Record<string, string[]> = {};
    const queue = [...PAGES];
    await Promise.all(
      [1, 2, 3].map(async () => {
        const page = await site.page();
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          await page.goto(site.base + url, { waitUntil: 'networkidle' });
          const v = await seriousViolations(page, ['landmark-unique']);
          if (v.length) found[url] = v;
        }
        await page.close();
      }),
    );
    expect(found).toEqual({});
  }, 300_000);

  it('still reports what the check exists for, with the fast configuration (legacy mode, violations only)', async () => {
    const page = await site.page();
    await page.goto(site.base + '/regulations/suzhou/');
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><button></button><p id="faint">对比度不足的文字</p>');
      // through the CSSOM: the site's Content-Security-Policy drops inline style attributes
      Object.assign(document.getElementById('faint')!.style, { color: '#ddd', background: '#fff' });
    });
    const found = await seriousViolations(page);
    for (const id of ['image-alt', 'button-name', 'color-contrast']) expect(found.some((v) => v.startsWith(`${id} `))).toBe(true);
    await page.close();
  });
});

// 高级检索, traditional characters and 您是不是要找 on the search page, in real Chromium over the built dist/ and its
// Pagefind index. Expected results are read from the texts and their meta.yaml, not from the index.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, saveScreenshot } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Wait until the results shown answer the URL's search (query, filters and criteria). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const done = document.getElementById('search-results')?.dataset['search'];
    return done !== undefined && (done ? `?${done}` : '') === location.search;
  });
}

/** Result keys (regId/slug, or regId for a regulation) in the order shown. */
function keys(page: Page): Promise<string[]> {
  return page.locator('#search-direct a[data-result-key], #search-results a[data-result-key]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['resultKey']!));
}

async function open(search: string, opts: Parameters<typeof site.context>[0] = {}): Promise<Page> {
  const page = await site.page({ viewport: { width: 1280, height: 900 }, ...opts });
  await page.goto(`${site.base}/search/${search}`);
  await settled(page);
  return page;
}

const q = (params: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) p.append(k, x);
  return `?${p}`;
};

describe('traditional characters', () => {
  it('finds for 網格員 what 网格员 finds, and says it searched the simplified form', async () => {
    const simple = await open(q({ q: '网格员' }));
    const expected = await keys(simple);
    // 山西 第三十五条 and 苏州 第十五条 say 网格员 (shanxi/text.txt line 82, suzhou/text.txt line 45)
    expect(expected).toEqual(expect.arrayContaining(['shanxi/35', 'suzhou/15']));
    const page = await open(q({ q: '網格員' }));
    await expect(keys(page)).resolves.toEqual(expected);
    await expect(page.locator('#search-note').textContent()).resolves.toBe('已按简体字“网格员”搜索。');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('網格員');
    await expect(simple.locator('#search-note').isHidden()).resolves.toBe(true);
    await page.close();
    await simple.close();
  });

  it('looks up an article named in traditional characters or with Arabic numerals', async () => {
    const page = await site.page();
    for (const query of ['蘇州 第24條第2款', '苏州 24条2款', '苏州 第24条第2款']) {
      await page.goto(`${site.base}/search/${q({ q: query })}`);
      await expect.poll(() => page.url(), { message: query }).toBe(`${site.base}/regulations/suzhou/24/#art_24__para_2`);
    }
    await page.close();
  });
});

describe('您是不是要找', () => {
  it('offers 一票否决 for 一票否绝, and the link finds it', async () => {
    const page = await open(q({ q: '一票否绝' }));
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['suggested'] === '一票否绝');
    const link = page.locator('#search-suggest a');
    await expect(page.locator('#search-suggest').textContent()).resolves.toBe('您是不是要找：一票否决');
    await link.click();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['query'] === '一票否决');
    // 新疆 第五十二条 to 第五十五条 say 一票否决 (xinjiang/text.txt)
    await expect(keys(page).then((k) => k.sort())).resolves.toEqual(['xinjiang/52', 'xinjiang/53', 'xinjiang/54', 'xinjiang/55']);
    await page.close();
  });

  it('offers 网格化服务管理 for 网格化服物管理, which found only partial matches', async () => {
    const page = await open(q({ q: '网格化服物管理' }));
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['suggested'] === '网格化服物管理');
    await expect(page.locator('#search-suggest').textContent()).resolves.toBe('您是不是要找：网格化服务管理');
    expect(decodeURIComponent((await page.locator('#search-suggest a').getAttribute('href'))!)).toBe('/search/?q=网格化服务管理');
    await page.close();
  });

  it('offers both readings of a slip that is one character from two words', async () => {
    // 网格圆: 网格员 (苏州, 山西, 新疆, 广东) and 网格化 (most texts) are both one character away
    const page = await open(q({ q: '网格圆' }));
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['suggested'] === '网格圆');
    await expect(
      page
        .locator('#search-suggest a')
        .allTextContents()
        .then((t) => t.sort()),
    ).resolves.toEqual(['网格化', '网格员'].sort());
    await page.close();
  });

  it('suggests nothing for a query the texts contain', async () => {
    // also when a filter leaves none of its articles: 一票否决 is only in 新疆's text
    for (const [query, filter] of [
      ['一票否决', {}],
      ['网格化服务管理', {}],
      ['一票否决', { 地区: '苏州' }],
    ] as const) {
      const page = await open(q({ q: query, ...filter }));
      await page.waitForFunction((want) => document.getElementById('search-results')?.dataset['suggested'] === want, query);
      await expect(page.locator('#search-suggest').isHidden(), query).resolves.toBe(true);
      await page.close();
    }
  });
});

describe('高级检索', () => {
  it('is folded under the search box until opened, and lists the regulations in force in a date range without any words', async () => {
    const page = await open('');
    const panel = page.locator('#search-advanced');
    await expect(panel.evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await page.getByText('高级检索', { exact: true }).click();
    await page.getByLabel('施行日期自').fill('2023-01-01');
    await page.getByLabel('施行日期至').fill('2023-12-31');
    await page.getByRole('button', { name: '检索', exact: true }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toBe(`${site.base}/search/?施行日期=2023-01-01~2023-12-31`);
    await settled(page);
    // meta.yaml: 山西 in force 2023-09-01, 苏州 2023-01-01; the others 2022 or 2024. Latest first.
    await expect(keys(page)).resolves.toEqual(['shanxi', 'suzhou']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('符合条件的法规 2 部。输入词语可在其中搜索条文。');
    await expect(page.locator('#search-results li').first().locator('.hit-meta').textContent()).resolves.toContain('山西省人民代表大会常务委员会');
    await expect(page.locator('#search-advanced-count').textContent()).resolves.toBe('（已设 1 项）');
    // the back button returns to the empty page, forward to the list
    await page.goBack();
    await settled(page);
    await expect(page.locator('#search-idle').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('施行日期自').inputValue()).resolves.toBe('');
    await page.goForward();
    await settled(page);
    await expect(keys(page)).resolves.toEqual(['shanxi', 'suzhou']);
    await expect(page.getByLabel('施行日期自').inputValue()).resolves.toBe('2023-01-01');
    await page.close();
  });

  it('combines the criteria with the words: 网格员 in 省级地方性法规 only', async () => {
    const page = await open(q({ q: '网格员', 效力级别: '省级地方性法规' }));
    const found = await keys(page);
    // 网格员 is in 山西 第三十五条 (省) and in 苏州 (设区的市), which is left out
    expect(found).toContain('shanxi/35');
    expect(found.every((k) => ['shanxi', 'xinjiang', 'guangdong'].includes(k.split('/')[0]!))).toBe(true);
    // a shared link keeps the form folded (the summary counts the criteria) and fills it in
    await expect(page.locator('#search-advanced').evaluate((d: HTMLDetailsElement) => d.open)).resolves.toBe(false);
    await expect(page.locator('#search-advanced summary').textContent()).resolves.toBe('高级检索（已设 1 项）');
    await expect(page.locator('input[name="adv-level"][value="省级地方性法规"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('#search-criteria').textContent()).resolves.toContain('效力级别：省级地方性法规。符合条件的法规 3 部。');
    // 清除条件 brings back the other regulations' articles
    await page.locator('#search-criteria').getByRole('button', { name: '清除条件' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toBe(`${site.base}/search/?q=网格员`);
    await settled(page);
    await expect(keys(page)).resolves.toContain('suzhou/15');
    await page.close();
  });

  it('finds by words of the title, typed in traditional characters too', async () => {
    // only 昌吉回族自治州平安建设促进条例 has 促进 in its title
    const page = await open(q({ q: '网格', 标题: '促進' }));
    const found = await keys(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((k) => k.startsWith('changji/'))).toBe(true);
    await page.close();
  });

  it('finds by 制定机关, and says which regulations do not state theirs', async () => {
    // only 山西 and 广东 name their adopting meeting (meta.yaml adoptedBy), so only they have a 制定机关
    const page = await open(q({ 制定机关: '山西省人民代表大会常务委员会' }));
    await expect(keys(page)).resolves.toEqual(['shanxi']);
    await expect(page.locator('#search-criteria').textContent()).resolves.toContain('4 部法规的制定机关未核实，未列入');
    await expect(page.locator('#adv-enacted-list option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).resolves.toEqual([
      '广东省人民代表大会常务委员会',
      '山西省人民代表大会常务委员会',
    ]);
    await page.close();
  });

  it('judges 时效性 on the reader’s date', async () => {
    // on 2023-06-01 (Beijing) 山西 (2023-09-01), 昌吉 (2024-09-01) and 海东 (2024-10-01) were not yet in force
    const ctx = await site.context({ viewport: { width: 1280, height: 900 } });
    const early = await ctx.newPage();
    await early.clock.setFixedTime(new Date('2023-06-01T04:00:00Z'));
    await early.goto(`${site.base}/search/${q({ 时效性: '尚未施行' })}`);
    await settled(early);
    await expect(keys(early)).resolves.toEqual(['haidong', 'changji', 'shanxi']);
    await expect(early.locator('#search-results li').first().locator('.hit-meta').textContent()).resolves.toContain('尚未施行');
    await ctx.close();
    // today all six are in force, and nothing in the corpus repeals another
    const now = await open(q({ 时效性: '尚未施行' }));
    await expect(now.locator('#search-status').textContent()).resolves.toBe('没有符合高级检索条件的法规。');
    await expect(keys(now)).resolves.toEqual([]);
    await now.close();
    const current = await open(q({ 时效性: '现行有效' }));
    await expect(keys(current).then((k) => k.sort())).resolves.toEqual(['changji', 'guangdong', 'haidong', 'shanxi', 'suzhou', 'xinjiang']);
    await current.close();
  });

  it('leaves out a regulation whose 公布日期 no source states, and says so', async () => {
    const page = await open(q({ q: '网格', 公布日期: '2020-01-01~' }));
    await expect(page.locator('#search-status').textContent()).resolves.toBe('没有符合高级检索条件的法规。');
    await expect(page.locator('#search-criteria').textContent()).resolves.toContain('6 部法规的公布日期未核实，未列入');
    await page.close();
  });

  it('fetches the facts only for a search that uses them, and never the index’s page data to list regulations', async () => {
    const ctx = await site.context();
    const page = await ctx.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.base}/search/${q({ q: '网格' })}`);
    await settled(page);
    expect(fetched).not.toContain('/search/facts.json');
    fetched.length = 0;
    await page.goto(`${site.base}/search/${q({ 效力级别: '设区的市地方性法规' })}`);
    await settled(page);
    await expect(keys(page).then((k) => k.sort())).resolves.toEqual(['changji', 'haidong', 'suzhou']);
    expect(fetched).toContain('/search/facts.json');
    expect(fetched.filter((u) => u.includes('/pagefind/fragment/'))).toEqual([]);
    await ctx.close();
  });

  it('fits a phone: no horizontal scroll with the form open (screenshots with SCREENSHOTS=1)', async () => {
    for (const width of [390, 1280]) {
      const page = await open(q({ q: '网格员', 效力级别: '省级地方性法规', 施行日期: '2022-01-01~2023-12-31' }), { viewport: { width, height: 844 } });
      await saveScreenshot(page, `search-advanced-${width}`, { fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('filters without words', () => {
  it('lists the articles of a topic, and of a topic within the regulations 高级检索 selects', async () => {
    // the topic 一票否决 (content/taxonomy) is given to the articles that say it: 新疆 第五十二条 to 第五十五条
    const page = await open(q({ 主题: '一票否决' }));
    await expect(keys(page)).resolves.toEqual(['xinjiang/52', 'xinjiang/53', 'xinjiang/54', 'xinjiang/55']);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('符合筛选条件的条文 4 条。');
    // the ticked topic counts its articles in the whole index
    await expect(
      page
        .locator('label.filter-option', { has: page.locator('input[value="一票否决"]') })
        .locator('.filter-n')
        .textContent(),
    ).resolves.toBe('4');
    await expect(page.locator('#search-filters').isVisible()).resolves.toBe(true);
    // 新疆 is in force from 2022-01-01 (meta.yaml): within 施行日期 ~2022-12-31 all four, from 2023 on none
    await page.goto(`${site.base}/search/${q({ 主题: '一票否决', 施行日期: '~2022-12-31' })}`);
    await settled(page);
    await expect(keys(page).then((k) => k.length)).resolves.toBe(4);
    await page.goto(`${site.base}/search/${q({ 主题: '一票否决', 施行日期: '2023-01-01~' })}`);
    await settled(page);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('没有符合筛选条件的条文。');
    await expect(keys(page)).resolves.toEqual([]);
    await page.close();
  });
});

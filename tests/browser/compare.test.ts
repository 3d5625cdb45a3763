// Comparison views. Read in the texts: suzhou 第四十三条 and changji 第二十一条 have the same first two paragraphs
// word for word; in the third, suzhou writes “有制止违法犯罪…等见义勇为行为的人员” where changji writes
// “制止违法犯罪…等见义勇为的人员”, so only that row has differences: 有 and 行为 exist only in suzhou.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/a11y.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('comparison pages', () => {
  it('counts in its summary the articles found nothing for that readers paired (suzhou against xinjiang)', async () => {
    // read in content/alignment-labels: suzhou 第三十二条 (大型群众性活动安全) ↔ xinjiang 第二十条; xinjiang 第二十五条
    // (实有人口与出租房屋治安管理) ↔ suzhou 第三十三条 and 第三十六条
    const page = await site.page();
    await page.goto(site.base + '/compare/suzhou/xinjiang/');
    const section = page.locator('section', { has: page.locator('h2', { hasText: '苏州有、新疆未找到相应规定的条文' }) });
    const items = await section
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => ({ id: new URL((li.querySelector('a') as HTMLAnchorElement).href).pathname, text: li.textContent ?? '' })));
    expect(items.find((i) => i.id === '/regulations/suzhou/32/')?.text).toBe('第三十二条：新疆未找到相应规定（比对程序的结果；人工标注的对应：新疆第二十条）');
    expect(items.find((i) => i.id === '/regulations/suzhou/36/')?.text).toBe('第三十六条：新疆未找到相应规定（比对程序的结果；人工标注的对应：新疆第二十五条）');
    // the summary's 未找到 are the listed articles the table has no row for (可能相关 hints have rows); of them, those labelled
    const rows = new Set(await page.locator('tr.article-row').evaluateAll((trs) => trs.map((tr) => tr.id)));
    const unshown = items.filter((i) => !rows.has(`art_${/\/(\d+)\/$/.exec(i.id)![1]}`));
    const labelled = unshown.filter((i) => i.text.includes('人工标注的对应')).length;
    expect(labelled).toBeGreaterThan(0);
    await expect(page.locator('.compare-summary').innerText()).resolves.toContain(`新疆未找到相应规定 ${unshown.length} 条（其中 ${labelled} 条人工标注了新疆的对应条文，见下）`);
    await page.close();
  });

  it('names the counterparts readers labelled where the program found none (shanxi 第三十五条 and xinjiang 第三十条, 网格化服务管理)', async () => {
    // read in content/alignment-labels/shanxi.yaml: 第三十五条 (网格化服务管理) ↔ xinjiang 第三十条
    const page = await site.page();
    await page.goto(site.base + '/compare/shanxi/xinjiang/');
    const section = page.locator('section', { has: page.locator('h2', { hasText: '山西有、新疆未找到相应规定的条文' }) });
    const item = section.locator('li', { has: page.getByRole('link', { name: '第三十五条', exact: true }) });
    await expect(item.innerText()).resolves.toBe('第三十五条：新疆未找到相应规定（比对程序的结果；人工标注的对应：新疆第三十条）');
    await expect(item.getByRole('link', { name: '新疆第三十条' }).getAttribute('href')).resolves.toBe('/regulations/xinjiang/30/');
    // the program's hint for it in the table (新疆第十五条, 可能相关) is not what readers labelled, and the row says so
    await expect(page.locator('#art_35').innerText()).resolves.toContain('人工标注的对应：新疆第三十条');
    await page.close();
  });

  it('puts suzhou 第四十三条 beside changji 第二十一条 with the differences marked', async () => {
    const page = await site.page();
    await page.goto(site.base + '/compare/suzhou/changji/');
    const head = page.locator('#art_43');
    await expect(head.innerText()).resolves.toContain('第四十三条 ↔ 第二十一条');
    const rows = page.locator('#art_43 ~ tr');
    for (const i of [0, 1]) expect(await rows.nth(i).locator('del, ins').count()).toBe(0);
    await expect(rows.nth(0).locator('td').nth(1).innerText()).resolves.toContain('增进家庭和邻里关系和谐');
    const third = rows.nth(2);
    expect(await third.locator('td').first().locator('del').allInnerTexts()).toEqual(['有', '行为']);
    expect(await third.locator('ins').count()).toBe(0);
    await expect(page.locator('.compare-summary').innerText()).resolves.toMatch(
      /^苏州共 51 条：与昌吉基本相同 \d+ 条，高度相似 \d+ 条，相关 \d+ 条，可能相关 \d+ 条，昌吉未找到相应规定 \d+ 条/,
    );
    await page.close();
  });

  it('links every cell of the overview to its pairwise page, and offers the alignment data', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(site.base + '/compare/');
    expect(await page.locator('.heat-table tbody td a').count()).toBe(30);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    const res = await fetch(site.base + '/compare/alignment.json');
    const data = (await res.json()) as { regulations: unknown[]; links: unknown[] };
    expect(data.regulations).toHaveLength(6);
    expect(data.links.length).toBeGreaterThan(100);
    await page.goto(site.base + '/compare/suzhou/changji/');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('builds the many-way table for three chosen regulations, keeps the choice in the URL, stacks on a phone', async () => {
    // read in the texts: suzhou 第四十三条第一款, changji 第二十一条第一款 and shanxi 第四十一条第一款 all begin
    // 公民应当遵守法律…社会公德
    const page = await site.page();
    await page.goto(site.base + '/compare/');
    const picker = page.locator('#group-picker');
    await expect(picker.isVisible()).resolves.toBe(true);
    for (const name of ['海东', '新疆', '广东']) await picker.getByLabel(name, { exact: true }).uncheck();
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '山西', '苏州']);
    expect(new URL(page.url()).searchParams.get('r')).toBe('changji,shanxi,suzhou');
    const row = page.locator('#group-table tbody tr', { has: page.getByRole('link', { name: '第四十三条第一款', exact: true }) });
    expect(await row.locator('td.group-cell a').allInnerTexts()).toEqual(['第二十一条第一款', '第四十一条第一款', '第四十三条第一款']);
    const lone = page.locator('#group-table tbody tr.group-single').first();
    expect(await lone.locator('td.group-none').allInnerTexts()).toEqual(['未找到', '未找到']);
    // the shared-only switch hides rows that only one regulation has
    await picker.getByLabel('只看两地以上都有的规定').check();
    await expect(lone.isVisible()).resolves.toBe(false);
    await expect(row.isVisible()).resolves.toBe(true);
    // the link leads to the paragraph
    await row.getByRole('link', { name: '第二十一条第一款' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/regulations/changji/21/#art_21__para_1');
    // a shared URL rebuilds the same table; fewer than two is refused
    await page.goto(site.base + '/compare/?r=changji,shanxi,suzhou');
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '山西', '苏州']);
    for (const name of ['山西', '苏州']) await picker.getByLabel(name, { exact: true }).uncheck();
    await expect.poll(() => page.locator('#group-status').innerText()).toBe('请至少选择两部条例。');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters the choices by name and says which ids of a shared link do not exist', async () => {
    const page = await site.page();
    await page.goto(site.base + '/compare/?r=suzhou,nosuch,shanxi');
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '山西', '苏州']);
    await expect(page.locator('#group-status').innerText()).resolves.toContain('链接中的条例不存在，已略去：nosuch');
    const picker = page.locator('#group-picker');
    // a failed download of the list is reported, and the next keystroke asks again
    let failures = 1;
    await page.route('**/compare/choices.json', (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.locator('#group-filter').fill('新');
    await expect.poll(() => page.locator('#group-filter-status').innerText()).toMatch(/^无法读取条例列表/);
    // 新疆 is xinjiang's short name and changji's province (meta.yaml); chosen ones stay visible whatever is typed
    await page.locator('#group-filter').fill('新疆');
    await expect.poll(() => page.locator('#group-filter-status').innerText()).toBe('2 部条例匹配。');
    const visible = async () => (await picker.locator('#group-choices label:visible').allInnerTexts()).map((s) => s.trim());
    await expect.poll(visible).toEqual(['昌吉', '山西', '苏州', '新疆']);
    await page.locator('#group-filter').fill('广州');
    await expect.poll(() => page.locator('#group-filter-status').innerText()).toBe('没有名称含“广州”的条例。');
    await expect.poll(visible).toEqual(['山西', '苏州']);
    await page.locator('#group-filter').fill('');
    await expect.poll(visible).toEqual(['昌吉', '广东', '海东', '山西', '苏州', '新疆']);
    await page.close();
  });

  it('does not let a slow download draw over a later choice', async () => {
    const page = await site.page();
    await page.goto(site.base + '/compare/?r=suzhou,shanxi');
    await expect.poll(() => page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '山西', '苏州']);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/compare/table/haidong.json', async (route) => {
      await held;
      await route.continue();
    });
    const haidong = page.locator('#group-picker').getByLabel('海东', { exact: true });
    await haidong.check(); // its table data is held back…
    await haidong.uncheck(); // …while the reader changes their mind
    await expect.poll(() => page.locator('#group-status').innerText()).toBe('已生成：2 部条例的对照表。');
    release();
    await page.waitForResponse('**/compare/table/haidong.json');
    // The held-back data has arrived. Then another choice: its data is requested after haidong's came back, so by the
    // time its table is shown, a stale handler for haidong has had its turn; the table must hold the new choice only.
    await page.locator('#group-picker').getByLabel('新疆', { exact: true }).check();
    await expect.poll(() => page.locator('#group-status').innerText()).toBe('已生成：3 部条例的对照表。');
    const heads = await page.locator('#group-table thead th').allInnerTexts();
    expect([...heads].sort()).toEqual(['对应', '山西', '新疆', '苏州'].sort());
    expect(new URL(page.url()).searchParams.get('r')?.split(',').sort()).toEqual(['shanxi', 'suzhou', 'xinjiang']);
    await page.close();
  });

  it('shows the prebuilt table to a reader without JavaScript', async () => {
    const page = await site.page({ javaScriptEnabled: false });
    await page.goto(site.base + '/compare/');
    expect(await page.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '广东', '海东', '山西', '苏州', '新疆']);
    await expect(page.locator('#group-picker').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('shows the changji superior-law view: relation of each provision, and the 一票否决 rules it does not take up', async () => {
    // read in the texts: changji 第一条 repeats xinjiang 第一条; changji 第七条 (区域协作 with the 兵团) is its own;
    // xinjiang 第五十二条第一款 (一票否决 for the listed failures) and 第五十三条 (who exercises the veto) have nothing in changji
    const page = await site.page();
    await page.goto(site.base + '/regulations/changji/');
    await page.getByRole('link', { name: '与上位法逐条对照' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/compare/changji/superior/');
    await expect(page.locator('#art_1').innerText()).resolves.toContain('重申上位法');
    await expect(page.locator('#art_1').innerText()).resolves.toContain('新疆第一条');
    await expect(page.locator('#art_7').innerText()).resolves.toBe('第七条新增');
    // 第二十五条 本条例自2024年9月1日起施行: changji's own date, not a refinement of xinjiang 第五十八条
    await expect(page.locator('#art_25').innerText()).resolves.toContain('施行日期（各自规定）');
    await expect(page.locator('.compare-summary').innerText()).resolves.toContain('规定本条例施行日期 1 款');
    const missing = await page.locator('.not-taken-up li').allInnerTexts();
    const veto = missing.find((t) => t.startsWith('新疆第五十二条'));
    expect(veto).toBeDefined();
    expect(veto).toContain('有下列情形之一的');
    expect(veto).toContain('一票否决');
    expect(missing.some((t) => t.startsWith('新疆第五十三条（整条）'))).toBe(true);
    // the article page says the same and links here
    await page.goto(site.base + '/regulations/changji/7/');
    await expect(page.locator('.cp-superior').innerText()).resolves.toContain('新增');
    await page.locator('.cp-superior a').click();
    await expect.poll(() => page.url()).toBe(site.base + '/compare/changji/superior/#art_7');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints the pairwise page with its colours and without the navigation, and stacks it on a phone', async () => {
    const page = await site.page({ viewport: { width: 390, height: 844 } });
    await page.goto(site.base + '/compare/suzhou/changji/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // stacked: each cell says which regulation it is
    const label = await page
      .locator('#art_43 ~ tr td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"苏州"');
    // article headings wrap inside the phone's width, here and on the superior-law view (long ↔ lists)
    const clipped = () =>
      page
        .locator('.article-row th')
        .evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1 || th.getBoundingClientRect().right > innerWidth).map((th) => th.textContent));
    expect(await clipped()).toEqual([]);
    await page.goto(site.base + '/compare/changji/superior/');
    expect(await clipped()).toEqual([]);
    await page.goto(site.base + '/compare/suzhou/changji/');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    const del = page.locator('.diff-cell del').first();
    expect(await del.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

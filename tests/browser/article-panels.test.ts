// The comparison and analysis panels on article pages. Expected values come from reading the texts:
// suzhou 第四十三条 and changji 第二十一条 say nearly the same (公民守法、举报、见义勇为); only xinjiang has 一票否决
// (第五十二条—第五十五条), and xinjiang 第五十五条 sets a 30-day review of an appeal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('article page panels', () => {
  it('shows changji 第二十一条 as the counterpart of suzhou 第四十三条, and links to it', async () => {
    const page = await site.page();
    await page.goto(site.base + '/regulations/suzhou/43/');
    const changji = page.locator('.counterpart-list > li', { hasText: '昌吉' });
    await expect(changji.locator('.cp-match').first().innerText()).resolves.toMatch(/^基本相同/);
    await changji.getByRole('link', { name: '《昌吉回族自治州平安建设促进条例》第二十一条' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/regulations/changji/21/');
    await page.close();
  });

  it('says that no other jurisdiction has a counterpart of xinjiang 第五十三条 (一票否决权)', async () => {
    const page = await site.page();
    await page.goto(site.base + '/regulations/xinjiang/53/');
    const text = await page.locator('.counterparts').innerText();
    for (const name of ['昌吉', '海东', '山西', '苏州', '广东']) expect(text).toContain(`${name}未找到相应规定`);
    await page.close();
  });

  it('gives changji 第十一条 one suzhou counterpart per subject, with the paragraph each answers and the shared words', async () => {
    // read: changji 第十一条第一款 is 社会心理疏导、危机干预 (suzhou 第二十四条第一款 says it word for word), 第二款 the
    // guardians of patients with mental disorders (suzhou 第三十四条 is on 严重精神障碍患者)
    const page = await site.page();
    await page.goto(site.base + '/regulations/changji/11/');
    const suzhou = page.locator('.counterpart-list > li', { has: page.locator('h3', { hasText: '苏州' }) });
    const lines = await suzhou.locator('.cp-match').allInnerTexts();
    expect(lines.some((l) => l.includes('第二十四条') && l.includes('对应本条第一款') && l.includes('社会心理疏导、危机干预机制'))).toBe(true);
    expect(lines.some((l) => l.includes('第三十四条') && l.includes('对应本条第二款'))).toBe(true);
    await expect(suzhou.locator('mark.shared').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('says which labelled articles support pairing shanxi 第三十五条 with xinjiang 第三十条 (网格化服务管理), and links to them', async () => {
    // read: the two share little wording; 广东第十条 and 苏州第十五条 are the grid-management articles of 广东 and 苏州,
    // and content/alignment-labels pairs each with both of them (and shanxi 第三十五条 with xinjiang 第三十条)
    const page = await site.page();
    await page.goto(site.base + '/regulations/shanxi/35/');
    const xinjiang = page.locator('.counterpart-list > li', { has: page.locator('h3', { hasText: '新疆' }) });
    const match = xinjiang.locator('.cp-match', { has: page.getByRole('link', { name: '《新疆维吾尔自治区平安建设条例》第三十条' }) });
    const votes = match.locator('.cp-votes');
    await expect(votes.innerText()).resolves.toMatch(/^标注印证：其余 4 部已人工标注的条例中，2 部印证这一对应/);
    await expect(votes.innerText()).resolves.toContain('广东第十条是广东条例中与本条和新疆第三十条都最相似的一条，人工标注它与两者都规定同一事项');
    // what readers labelled is said first, and the program's own finding is named as the program's
    await expect(xinjiang.locator('.cp-labelled').innerText()).resolves.toBe('人工标注：新疆第三十条与本条规定同一事项。');
    await expect(xinjiang.locator('.cp-labelled a').getAttribute('href')).resolves.toBe('/regulations/xinjiang/30/');
    await expect(xinjiang.innerText()).resolves.toContain('比对程序：新疆未找到相应规定');
    await votes.getByRole('link', { name: '苏州第十五条' }).click();
    await expect.poll(() => page.url()).toBe(site.base + '/regulations/suzhou/15/');
    await page.close();
  });

  it('says which way a vote goes: the third article most like this one, or most like the counterpart', async () => {
    // read in content/alignment-labels: haidong 第三十六条 (物业服务企业、平安小区) is labelled a counterpart of suzhou
    // 第四十条 and of changji 第二十条; on shanxi 第三十五条's page it votes as the haidong article most like this one,
    // on changji 第二十条's page as the one most like the counterpart shown (shanxi 第三十五条)
    const page = await site.page();
    const votesUnder = async (path: string, place: string, counterpart: string) => {
      await page.goto(site.base + path);
      const row = page.locator('.counterpart-list > li', { has: page.locator('h3', { hasText: place }) });
      return row
        .locator('.cp-match', { has: page.getByRole('link', { name: counterpart }) })
        .locator('.cp-votes')
        .innerText();
    };
    expect(await votesUnder('/regulations/shanxi/35/', '苏州', '《苏州市平安建设条例》第四十条')).toContain(
      '海东第三十六条是海东条例中与本条最相似的一条，人工标注它与苏州第四十条规定同一事项',
    );
    expect(await votesUnder('/regulations/changji/20/', '山西', '《山西省平安建设条例》第三十五条')).toContain(
      '海东第三十六条是海东条例中与山西第三十五条最相似的一条，人工标注它与本条规定同一事项',
    );
    await page.close();
  });

  it('lists the topics, the 30-day review limit and the 一票否决 consequence of xinjiang 第五十五条', async () => {
    const page = await site.page();
    await page.goto(site.base + '/regulations/xinjiang/55/');
    const panel = page.locator('.analysis-panel');
    await expect(panel.locator('.topic-chips').innerText()).resolves.toContain('一票否决');
    const rows = await panel.locator('tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes('30日内') && r.includes('义务'))).toBe(true);
    await page.close();
  });
});

// The facts a legal database shows first, in the header of each regulation page of the built site: read from the
// texts and the corpus README by hand, never from program output; unknown facts say 未核实.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_IDS } from '../helpers/corpus.ts';
import { DIST, openSite, saveScreenshot } from '../helpers/site.ts';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The header's facts as a person reads them: term → text. */
async function headerFacts(id: string): Promise<Record<string, string>> {
  const page = await site.page();
  await page.goto(`${site.base}/regulations/${id}/`);
  const rows = await page
    .locator('.reg-header dl.meta > div')
    .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent!.trim(), (d.querySelector('dd') as HTMLElement).innerText.replace(/\s+/g, '')]));
  await page.close();
  return Object.fromEntries(rows);
}

/** The day the built site's data was made, in Beijing: the date its 时效性 was judged. */
function builtOnInBeijing(): string {
  const { builtAt } = JSON.parse(readFileSync(path.join(DIST, 'handout/data/suzhou.json'), 'utf8')) as { builtAt: string };
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(builtAt));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}年${get('month')}月${get('day')}日`;
}

describe('the facts a legal database shows first', () => {
  it('shows 山西 as its adoption note states it, and 未核实 for the promulgation date no source gives', async () => {
    const facts = await headerFacts('shanxi');
    // shanxi.txt line 3: （2023年7月29日山西省第十四届人民代表大会常务委员会第四次会议通过）; 第四十六条: 自2023年9月1日起施行
    expect(facts).toMatchObject({
      制定机关: '山西省人民代表大会常务委员会',
      效力级别: '省级地方性法规',
      时效性: `现行有效截至${builtOnInBeijing()}`,
      通过日期: '2023年7月29日（山西省第十四届人民代表大会常务委员会第四次会议）',
      公布日期: '未核实',
      施行日期: '2023年9月1日（见正文）',
    });
    // a province's own standing committee: no approval by a higher one
    expect(facts).not.toHaveProperty('批准机关');
  });

  it('shows 昌吉 as a 设区的市地方性法规 under its approval row, with 未核实 where neither text nor README says', async () => {
    const facts = await headerFacts('changji');
    // changji.txt has no adoption note; 第二十五条: 自2024年9月1日起施行; README: 自治州 (prefecture level), inside Xinjiang
    expect(facts).toMatchObject({
      制定机关: '未核实',
      批准机关: '未核实',
      效力级别: '设区的市地方性法规',
      时效性: `现行有效截至${builtOnInBeijing()}`,
      通过日期: '未核实',
      公布日期: '未核实',
      施行日期: '2024年9月1日（见正文）',
    });
  });

  it('gives every regulation page the same facts and never the old 文本未载明', async () => {
    for (const id of CORPUS_IDS) {
      const facts = await headerFacts(id);
      expect(Object.keys(facts), id).toEqual(expect.arrayContaining(['制定机关', '效力级别', '时效性', '通过日期', '公布日期', '施行日期']));
      expect(Object.values(facts).join(''), id).not.toContain('文本未载明');
    }
  });

  it('shows the level and the status on the first screen of a phone and a desktop', async () => {
    for (const width of [390, 1280]) {
      const page = await site.page({ viewport: { width, height: 900 } });
      await page.goto(`${site.base}/regulations/changji/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
      // the 效力级别 and 时效性 are read on the first screen, without scrolling
      for (const text of ['设区的市地方性法规', '现行有效']) {
        const box = await page.locator('.reg-header dl.meta').getByText(text, { exact: true }).boundingBox();
        expect(box && box.y + box.height, `${text} at ${width}px`).toBeLessThanOrEqual(900);
      }
      await saveScreenshot(page.locator('.reg-header'), `regulation-facts-${width}`);
      await page.close();
    }
  });
});

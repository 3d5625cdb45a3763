// Adding a regulation needs no code change: one more (fictional, markdown) regulation, a seventh, in a temporary corpus
// shows up on every page type, in the comparisons, in the search index and in the downloads; its references link to their
// targets, and its text stays escaped data. Read in the fixture: 第六条 本条例自2025年7月1日起施行 is the same
// rule as changji 第二十五条 (本条例自2024年9月1日起施行); 第三条 建立网格化服务管理机制 is about 网格.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { aknWorkUri } from '../../src/lib/export/akn.ts';
import { DOWNLOADS, aknPath, downloadPath } from '../../src/lib/export/files.ts';
import { corpusVersion } from '../../src/lib/export/version.ts';
import { RegulationSchema } from '../../src/lib/schemas/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';
import { CORPUS_IDS, ROOT } from '../helpers/corpus.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { buildTempSite, type TempSite } from '../helpers/temp-site.ts';
import { aknProblems, readCsv } from '../unit/export-helpers.ts';

let site: TempSite;
// One build serves the pages, the search index and the downloads below (the downloads were checked on a second
// build of the same corpus before; the chooser setting changes only /compare/).
beforeAll(() => {
  // the many-way chooser lists only 3 regulations here, so that finding the others by name is exercised as a
  // national corpus would use it (shili sorts fifth: changji, guangdong, haidong, shanxi, shili, …)
  site = buildTempSite([['shili', path.join(ROOT, 'tests/fixtures/site/sixth-regulation')]], { pagefind: true, env: { DUIZHAO_CHOOSER_INLINE: '3' } });
}, 300_000);
afterAll(() => site && rmSync(site.dir, { recursive: true, force: true }));

const page = (p: string) => readFileSync(path.join(site.dist, p, 'index.html'), 'utf8');

describe('one more (seventh) regulation dropped into content/', () => {
  it('appears on the home page, the list, the timeline, its own page and its article pages', () => {
    expect(page('')).toContain('href="/regulations/shili/"');
    expect(page('regulations')).toContain('示例市平安建设条例');
    expect(page('timeline')).toContain('示例市平安建设条例');
    expect(page('regulations/shili')).toContain('第二章　监督与责任');
    for (let n = 1; n <= 6; n++) expect(page(`regulations/shili/${n}`)).toContain(`《示例市平安建设条例》第${'一二三四五六'[n - 1]}条`);
  });

  it('links every resolved reference to its target anchor', () => {
    expect(page('regulations/shili/4')).toContain('<a class="xref" href="/regulations/shili/3/#art_3__para_1__item_3">本条例第三条第一款第三项</a>');
    expect(page('regulations/shili/3')).toContain('<a class="xref" href="/regulations/shili/3/#art_3__para_1__item_2">前款第二项</a>');
    expect(page('regulations/shili/5')).toContain('<a class="xref" href="/regulations/shili/4/">本条例第四条</a>');
  });

  it('links a law cited by title when the corpus has it', () => {
    expect(page('regulations/shili/5')).toContain('<a class="law-ref" href="/regulations/xinjiang/">《新疆维吾尔自治区平安建设条例》</a>');
  });

  it('renders a <script> inside the regulation text as text, never as markup', async () => {
    const html = page('regulations/shili/4');
    expect(html).not.toContain("<script>alert('x')</script>");
    expect(html).toContain('&lt;script&gt;');
    const server = await serveStatic(site.dist);
    const browser = await launchChromium();
    try {
      const p = await browser.newPage();
      let dialog = false;
      p.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await p.goto(`${server.url}/regulations/shili/4/`);
      await expect(p.locator('#art_4__para_2').innerText()).resolves.toContain("“<script>alert('x')</script>”");
      expect(dialog).toBe(false);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('takes part in the comparisons: overview, pairwise page, article panel, many-way table data', () => {
    expect(page('compare')).toContain('href="/compare/shili/changji/"');
    const pair = page('compare/shili/changji');
    expect(pair).toMatch(/第六条<\/a> ↔ <a href="\/regulations\/changji\/25\/">第二十五条/);
    const panel = page('regulations/shili/6');
    expect(panel).toContain('《昌吉回族自治州平安建设促进条例》第二十五条');
    const table = JSON.parse(readFileSync(path.join(site.dist, 'compare/table/shili.json'), 'utf8')) as { units: Array<{ label: string; text: string }> };
    expect(table.units.map((u) => u.label)).toContain('第三条第二款');
  });

  it('is found by name in the many-way chooser, which lists only some regulations, and joins the table', async () => {
    expect(page('compare')).not.toContain('value="shili"');
    expect(page('compare')).toContain('data-more="7"');
    const server = await serveStatic(site.dist);
    const browser = await launchChromium();
    try {
      const p = await browser.newPage();
      await p.goto(`${server.url}/compare/`);
      await p.locator('#group-filter').fill('示例');
      await p.getByLabel('示例', { exact: true }).check();
      await expect.poll(() => p.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '广东', '海东', '示例']);
      // 示例 第六条 (施行) corresponds to changji 第二十五条, guangdong 第五十一条 (本条例自2022年1月1日起施行), haidong
      // 第五十一条 (read in the texts)
      const row = p.locator('#group-table tbody tr', { has: p.locator('a[href^="/regulations/shili/6/"]') });
      expect(await row.locator('td.group-cell a').allInnerTexts()).toEqual(['第二十五条', '第五十一条', '第五十一条', '第六条']);
      // a shared link names it, and the page adds its checkbox
      await p.goto(`${server.url}/compare/?r=shili,changji`);
      await expect.poll(() => p.locator('#group-table thead th').allInnerTexts()).toEqual(['对应', '昌吉', '示例']);
      await expect(p.getByLabel('示例', { exact: true }).isChecked()).resolves.toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('is a column of the analysis pages, and its duties, date in force and sanctions are there', () => {
    // read in the fixture: 第三条 市、县（区）人民政府应当履行下列职责 (a duty of the city and county governments);
    // 第六条 本条例自2025年7月1日起施行
    for (const p of ['matrix', 'penalties']) expect(page(p)).toContain('<th scope="col">示例</th>');
    expect(page('actors/people-government--municipal')).toContain('href="/regulations/shili/3/#art_3__para_1');
    const procedures = page('procedures');
    expect(procedures).toContain('2025年7月1日');
    expect(procedures).toContain('href="/regulations/shili/6/"');
  });

  it('is in the topic pages and the search index', async () => {
    expect(page('topics/grid-centres')).toContain('/regulations/shili/3/');
    const server = await serveStatic(site.dist);
    const browser = await launchChromium();
    try {
      const p = await browser.newPage();
      await p.goto(`${server.url}/search/?q=${encodeURIComponent('平安示例建设')}`);
      await p.waitForFunction(() => document.getElementById('search-results')?.dataset['query'] === '平安示例建设');
      const first = await p.locator('#search-results a[data-result-key]').first().getAttribute('data-result-key');
      expect(first).toBe('shili/1');
      // the article-number lookup knows the new short name: a link naming one article goes straight to it
      await p.goto(`${server.url}/search/?q=${encodeURIComponent('示例 第三条')}`);
      await expect.poll(() => p.url()).toBe(`${server.url}/regulations/shili/3/`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

// The same seventh regulation is in every download of /data/ and on that page, under a new corpus version.
const read = (p: string) => readFileSync(path.join(site.dist, p), 'utf8');
const manifest = () => JSON.parse(read('/data/manifest.json')) as { corpusVersion: string; files: Array<{ path: string }>; regulations: Array<{ id: string }> };
const realVersion = () => corpusVersion(loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!));

describe('one more (seventh) regulation in the downloads', () => {
  it('gets a new corpus version, derived from the seven regulations', async () => {
    const m = manifest();
    expect(m.regulations.map((r) => r.id)).toEqual([...CORPUS_IDS, 'shili'].sort());
    const doc = JSON.parse(read(downloadPath(DOWNLOADS[0]!, 'latest')));
    expect(await corpusVersion(doc.regulations.map((r: unknown) => RegulationSchema.parse(r)))).toBe(m.corpusVersion);
    expect(m.corpusVersion).not.toBe(await realVersion());
    expect(m.files.map((f) => f.path)).toContain(aknPath('shili', `v${m.corpusVersion}`));
  });

  it('is in the regulations JSON with its parsed structure', () => {
    const doc = JSON.parse(read(downloadPath(DOWNLOADS[0]!, `v${manifest().corpusVersion}`)));
    const shili = RegulationSchema.parse(doc.regulations.find((r: { meta: { id: string } }) => r.meta.id === 'shili'));
    expect(shili.meta.title).toBe('示例市平安建设条例');
    expect(shili.parsed.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
  });

  it('has its paragraphs and items in the provisions CSV, its <script> text kept as data', () => {
    const rows = readCsv(read(downloadPath({ kind: 'provisions', ext: 'csv' }, 'latest'))).filter((r) => r[0] === 'shili');
    expect(rows.map((r) => r[5])).toEqual([
      'art_1__para_1',
      'art_2__para_1',
      'art_3__para_1',
      'art_3__para_1__item_1',
      'art_3__para_1__item_2',
      'art_3__para_1__item_3',
      'art_3__para_2',
      'art_4__para_1',
      'art_4__para_2',
      'art_5__para_1',
      'art_6__para_1',
    ]);
    expect(rows.find((r) => r[5] === 'art_3__para_1__item_3')![11]).toBe('《示例市平安建设条例》第三条第一款第（三）项');
    expect(rows.find((r) => r[5] === 'art_4__para_2')![12]).toBe("网格员在网页中录入“<script>alert('x')</script>”等字符的，应当按原样显示。");
  });

  it('is one Akoma Ntoso file that keeps every promise, linking its references and the corpus law it cites', () => {
    const doc = JSON.parse(read(downloadPath(DOWNLOADS[0]!, 'latest')));
    const shili = RegulationSchema.parse(doc.regulations.find((r: { meta: { id: string } }) => r.meta.id === 'shili'));
    const xml = read(aknPath('shili', 'latest'));
    expect(aknProblems(xml, shili.parsed)).toEqual([]);
    expect(read(aknPath('shili', `v${manifest().corpusVersion}`))).toBe(xml);
    expect(xml).toContain('<ref href="#art_3__para_1__item_3">本条例第三条第一款第三项</ref>');
    expect(xml).toContain("“&lt;script&gt;alert('x')&lt;/script&gt;”");
    const xinjiang = RegulationSchema.parse(doc.regulations.find((r: { meta: { id: string } }) => r.meta.id === 'xinjiang'));
    expect(xml).toContain(`<ref href="${aknWorkUri(xinjiang)}">《新疆维吾尔自治区平安建设条例》</ref>`);
    expect(xml).toContain('<FRBRuri value="/akn/cn/act/2025-03-01/shili"/>');
  });

  it('is in the alignment download and on the /data/ page, which has no change log for this test corpus', () => {
    const alignment = JSON.parse(read(downloadPath({ kind: 'alignment', ext: 'json' }, 'latest')));
    expect(alignment.alignment.regulations.map((r: { id: string }) => r.id)).toContain('shili');
    const page = read('/data/index.html');
    expect(page).toContain(`href="${aknPath('shili', `v${manifest().corpusVersion}`)}"`);
    expect(page).toContain('示例市平安建设条例');
    expect(page).toContain(`v${manifest().corpusVersion}`);
    expect(page).toContain('本语料没有变更记录文件。');
  });
});

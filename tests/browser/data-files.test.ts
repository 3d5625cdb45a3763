// The open-data downloads of the real build (dist/), each parsed and checked against what /data/ promises, and
// the /data/ page itself in Chromium.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOADS, aknPath, downloadPath } from '../../src/lib/export/files.ts';
import { PROVISION_COLUMNS } from '../../src/lib/export/provisions-csv.ts';
import { ALIGNMENT_FIELDS, LABEL_FIELDS, REGULATION_FIELDS } from '../../src/lib/export/regulations-json.ts';
import { BuiltLabelsSchema } from '../../src/lib/schemas/alignment-labels.ts';
import { ALIGNMENT_COLUMNS } from '../../src/lib/export/alignment-csv.ts';
import { corpusVersion } from '../../src/lib/export/version.ts';
import { CorpusAlignmentSchema } from '../../src/lib/schemas/alignment.ts';
import { RegulationSchema, type Regulation } from '../../src/lib/schemas/corpus.ts';
import { CORPUS_IDS, ROOT } from '../helpers/corpus.ts';
import { DIST, openSite, saveScreenshot } from '../helpers/site.ts';
import { aknProblems, readCsv } from '../unit/export-helpers.ts';
import { seriousViolations } from '../helpers/a11y.ts';
import { GENERATED_DIR } from '../../src/data/paths-fs.ts';

const file = (p: string) => readFileSync(path.join(DIST, p));
const text = (p: string) => file(p).toString('utf8');
interface Manifest {
  corpusVersion: string;
  files: Array<{ path: string; latest: string; bytes: number; sha256: string }>;
  regulations: Array<{ id: string; sourceSha256: string }>;
}
const manifest = JSON.parse(text('/data/manifest.json')) as Manifest;
const tag = `v${manifest.corpusVersion}` as const;
const regulations = (JSON.parse(text(downloadPath(DOWNLOADS[0]!, tag))) as { regulations: unknown[] }).regulations.map((r) => RegulationSchema.parse(r));

describe('the downloads in dist/data/', () => {
  it('are listed in the manifest under the corpus version, each with a latest alias of the same bytes', () => {
    expect(manifest.corpusVersion).toMatch(/^[0-9a-f]{8}$/);
    const expected = [...DOWNLOADS.map((d) => downloadPath(d, tag)), ...[...CORPUS_IDS].sort().map((id) => aknPath(id, tag))];
    expect(manifest.files.map((f) => f.path)).toEqual(expected);
    for (const f of manifest.files) {
      const bytes = file(f.path);
      expect(bytes.length, f.path).toBe(f.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
      expect(file(f.latest).equals(bytes), f.latest).toBe(true);
      expect(f.latest).toBe(f.path.replace(tag, 'latest'));
    }
    const onDisk = [...readdirSync(path.join(DIST, 'data')), ...readdirSync(path.join(DIST, 'data/akn')).map((n) => `akn/${n}`)].filter((n) => /\.(json|csv|md|xml)$/.test(n));
    expect(onDisk.sort()).toEqual([...manifest.files.flatMap((f) => [f.path, f.latest]), '/data/manifest.json'].map((p) => p.slice('/data/'.length)).sort());
  });

  it('name the corpus version that the data itself gives', async () => {
    expect(await corpusVersion(regulations)).toBe(manifest.corpusVersion);
    expect(manifest.regulations.map((r) => [r.id, r.sourceSha256])).toEqual(regulations.map((r) => [r.meta.id, r.sourceSha256]));
  });

  it('hold every regulation of the site in the regulations JSON, exactly as the pages read it', () => {
    const doc = JSON.parse(text(downloadPath(DOWNLOADS[0]!, 'latest')));
    expect([doc.format, doc.formatVersion, doc.corpusVersion]).toEqual(['duizhao-regulations', 1, manifest.corpusVersion]);
    expect(regulations.map((r) => r.meta.id)).toEqual([...CORPUS_IDS].sort());
    for (const r of regulations) {
      const generated = RegulationSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'regulations', `${r.meta.id}.json`), 'utf8')));
      expect(r).toEqual(generated);
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(ROOT, r.parsed.sourceFile)))
          .digest('hex'),
      ).toBe(r.sourceSha256);
    }
  });

  it('hold one CSV row per paragraph, item and sub-item of the JSON, with the documented columns and the same text', () => {
    const csv = text(downloadPath({ kind: 'provisions', ext: 'csv' }, tag));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = readCsv(csv);
    expect(header).toEqual(PROVISION_COLUMNS.map((c) => c.name));
    const nodes = regulations.flatMap((r: Regulation) =>
      r.parsed.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p, ...p.items.flatMap((i) => [i, ...i.subItems])])).map((n) => [r.meta.id, n.id, n.text]),
    );
    expect(rows.map((r) => [r[0], r[5], r[12]])).toEqual(nodes);
    // the analytic layer is there: most paragraphs carry at least one topic, every id has a name
    const paragraphs = rows.filter((r) => r[6] === 'paragraph');
    expect(paragraphs.filter((r) => r[13] !== '').length / paragraphs.length).toBeGreaterThan(0.8);
    for (const r of rows) expect(r[13]!.split(' ').filter(Boolean).length).toBe(r[14]!.split('；').filter(Boolean).length);
  });

  it.each([...CORPUS_IDS])('hold %s as Akoma Ntoso that keeps every promise of the /data/ page', (id) => {
    const reg = regulations.find((r) => r.meta.id === id)!;
    expect(aknProblems(text(aknPath(id, tag)), reg.parsed)).toEqual([]);
  });

  it('hold the alignment and the matrix as the comparison and matrix pages use them', () => {
    const alignment = JSON.parse(text(downloadPath({ kind: 'alignment', ext: 'json' }, tag)));
    expect([alignment.format, alignment.corpusVersion]).toEqual(['duizhao-alignment', manifest.corpusVersion]);
    const parsed = CorpusAlignmentSchema.parse(alignment.alignment);
    expect(parsed.regulations.map((r) => r.id).sort()).toEqual([...CORPUS_IDS].sort());
    expect(parsed).toEqual(CorpusAlignmentSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'alignment.json'), 'utf8'))));
    expect(file(downloadPath({ kind: 'matrix', ext: 'csv' }, tag)).equals(file('/matrix/matrix.csv'))).toBe(true);
    const [header] = readCsv(text(downloadPath({ kind: 'matrix', ext: 'csv' }, tag)));
    expect(header!.slice(0, 3)).toEqual(['question_id', 'question', 'group']);
    expect(text(downloadPath({ kind: 'matrix-codebook', ext: 'md' }, tag))).toBe(readFileSync(path.join(GENERATED_DIR, 'codebook.md'), 'utf8'));
  });

  it('hold the pairs the site shows in the alignment CSV, with both citations and the level', () => {
    const [header, ...rows] = readCsv(text(downloadPath({ kind: 'alignment-pairs', ext: 'csv' }, tag)));
    expect(header).toEqual(ALIGNMENT_COLUMNS.map((c) => c.name));
    // one row per link at 可能相关 or closer in the alignment JSON, in its order
    const alignment = CorpusAlignmentSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'alignment.json'), 'utf8')));
    const shown = alignment.links.filter(([, , score]) => score >= alignment.method.possible);
    expect(rows.map((r) => [Number(r[7]), Number(r[8])])).toEqual(shown.map(([, , score, similarity]) => [score, similarity]));
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(['基本相同', '高度相似', '相关', '可能相关']));
    // read: changji 第二十一条 and suzhou 第四十三条 have the same first paragraph word for word
    expect(rows.find((r) => r[2] === 'art_21__para_1' && r[0] === 'changji' && r[3] === 'suzhou' && r[5] === 'art_43__para_1')?.slice(0, 7)).toEqual([
      'changji',
      '《昌吉回族自治州平安建设促进条例》第二十一条第一款',
      'art_21__para_1',
      'suzhou',
      '《苏州市平安建设条例》第四十三条第一款',
      'art_43__para_1',
      '基本相同',
    ]);
  });

  it('hold the judgements readers labelled, for the texts they were read from', () => {
    const doc = JSON.parse(text(downloadPath({ kind: 'alignment-labels', ext: 'json' }, tag)));
    expect([doc.format, doc.corpusVersion]).toEqual(['duizhao-alignment-labels', manifest.corpusVersion]);
    const labels = BuiltLabelsSchema.parse(doc);
    // every regulation is labelled, each label file naming the text it was read from (METHOD.md: 1,755 judgements)
    expect(labels.regulations).toEqual(regulations.map((r) => ({ id: r.meta.id, sourceSha256: r.sourceSha256 })));
    expect(labels.judgements).toHaveLength(1755);
    // read in content/alignment-labels/shanxi.yaml: 第三十五条, 网格化服务管理 ↔ xinjiang 第三十条, sure; none in changji
    const grid = labels.judgements.filter((j) => j.from === 'shanxi' && j.article === 35);
    expect(grid.find((j) => j.to === 'xinjiang')).toMatchObject({ subject: '网格化服务管理', accept: [30], sure: true });
    expect(grid.find((j) => j.to === 'changji')).toMatchObject({ accept: [], sure: true });
  });
});

describe('/data/', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('links every file, documents every column and field, and shows the version and the change log', async () => {
    const page = await site.page();
    await page.goto(site.base + '/data/');
    await expect(page.locator('h1').innerText()).resolves.toBe('开放数据');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const f of manifest.files) expect(hrefs).toEqual(expect.arrayContaining([f.path, f.latest]));
    expect(hrefs).toContain('/data/manifest.json');
    const main = await page.locator('main').innerText();
    expect(main).toContain(`当前语料版本：v${manifest.corpusVersion}`);
    for (const c of [...PROVISION_COLUMNS, ...REGULATION_FIELDS, ...ALIGNMENT_FIELDS, ...ALIGNMENT_COLUMNS, ...LABEL_FIELDS]) expect(main).toContain(c.name);
    const changelog = page.locator('.data-changelog li').first();
    await expect(changelog.innerText()).resolves.toContain(`v${manifest.corpusVersion}（当前版本） · 未注明日期`);
    // the newest entry is the current version; 广东's addition and the initial corpus of five are further down
    await expect(page.locator('.data-changelog').innerText()).resolves.toContain('增加第六部：《广东省平安建设条例》');
    await expect(page.locator('.data-changelog li').last().innerText()).resolves.toContain('初始语料：五部平安建设条例');
    expect(main).not.toContain('尚未记入变更记录');
    await expect(page.locator('.site-nav a[aria-current="page"]').innerText()).resolves.toBe('数据');
    await page.close();
  });

  it('downloads the provisions CSV from its link as UTF-8 with a BOM', async () => {
    const page = await site.page();
    await page.goto(site.base + '/data/');
    const href = await page.getByRole('link', { name: `duizhao-provisions-v${manifest.corpusVersion}.csv` }).getAttribute('href');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `duizhao-provisions-v${manifest.corpusVersion}.csv` }).click()]);
    expect(download.suggestedFilename()).toBe(`duizhao-provisions-v${manifest.corpusVersion}.csv`);
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(file(href!))).toBe(true);
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.close();
  });

  it('passes axe-core, fits 390 px (screenshots with SCREENSHOTS=1)', async () => {
    for (const width of [390, 1280]) {
      const page = await site.page({ viewport: { width, height: 900 } });
      await page.goto(site.base + '/data/');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await saveScreenshot(page, `data-${width}`, { fullPage: true });
      await page.close();
    }
  });
});

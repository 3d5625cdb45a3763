// Adding a regulation needs no code change: the fictional regulation of tests/fixtures/site (a seventh beside the six), dropped into a
// temporary corpus, is in every download of /data/ and on the page, under a new corpus version.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { aknWorkUri } from '../../src/lib/export/akn.ts';
import { DOWNLOADS, aknPath, downloadPath } from '../../src/lib/export/files.ts';
import { corpusVersion } from '../../src/lib/export/version.ts';
import { RegulationSchema } from '../../src/lib/schemas/corpus.ts';
import { CORPUS_IDS, ROOT } from '../helpers/corpus.ts';
import { buildTempSite, type TempSite } from '../helpers/temp-site.ts';
import { aknProblems, readCsv } from '../unit/export-helpers.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

let site: TempSite;
beforeAll(() => {
  site = buildTempSite([['shili', path.join(ROOT, 'tests/fixtures/site/sixth-regulation')]]);
}, 300_000);
afterAll(() => site && rmSync(site.dir, { recursive: true, force: true }));

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

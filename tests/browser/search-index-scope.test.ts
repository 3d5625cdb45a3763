// The search index reads only the pages SEARCH_INDEX_GLOB names (scripts/lib/site-build.ts). A page type that
// starts to carry data-pagefind-body outside it would vanish from search without an error: this checks the built
// dist/ for that, and that Pagefind indexed every page that asks to be indexed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_INDEX_GLOB } from '../../scripts/lib/site-build.ts';
import { ROOT } from '../../src/data/paths-fs.ts';
import { COMPACT_MARK, metaTag, readPagefindFile, writePagefindFile } from '../../src/lib/search/pagefind-compact.ts';
import { readPages } from '../helpers/dist-links.ts';
import { DIST, openSite } from '../helpers/site.ts';
import { serveStatic } from '../helpers/static-server.ts';

/** The file of a page under dist/, from its URL path (`/regulations/suzhou/24/` → `regulations/suzhou/24/index.html`). */
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

describe('what the search index reads', () => {
  const pages = readPages(DIST);
  const indexed = [...pages].filter(([, html]) => html.includes('data-pagefind-body')).map(([url]) => fileOf(url));

  it('every page with data-pagefind-body is one the Pagefind step reads', () => {
    expect(indexed.filter((f) => !path.matchesGlob(f, SEARCH_INDEX_GLOB))).toEqual([]);
    // the glob is not vacuous: it names the article pages, and 第二十四条 of suzhou is one
    expect(indexed).toContain('regulations/suzhou/24/index.html');
    expect(path.matchesGlob('regulations/suzhou/index.html', SEARCH_INDEX_GLOB)).toBe(false);
  });

  it('Pagefind indexed all of them: the 282 articles of the six regulations (corpus README)', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const count = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toHaveLength(282);
    expect(count).toBe(282);
  });
});

/** The pages a language's meta file lists, as [id, word count, fragment group]. */
function metaPages(pagefind: string, hash: string): Array<[string, number, string]> {
  const root = readPagefindFile(gunzipSync(readFileSync(path.join(pagefind, `pagefind.${hash}.pf_meta`))), hash) as unknown[];
  return root[1] as Array<[string, number, string]>;
}

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

describe('the compacted index (scripts/compact-search-index.ts)', () => {
  const pagefind = path.join(DIST, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(pagefind, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages['zh-cn']!.hash;
  const pages = metaPages(pagefind, hash);
  const tag = metaTag(hash.slice(0, -COMPACT_MARK.length));
  // Pagefind's own index of the same pages, made afresh beside the built one and served with it
  const fresh = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pagefind-'));
  let freshHash = '';
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', DIST, '--glob', SEARCH_INDEX_GLOB, '--output-path', fresh, '--quiet'], {
      stdio: 'pipe',
    });
    freshHash = (JSON.parse(readFileSync(path.join(fresh, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> }).languages['zh-cn']!.hash;
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
    rmSync(fresh, { recursive: true, force: true });
  });

  it('lists the pages in order of word count with ids counting up, each with its fragment file, and no other file left', () => {
    expect(hash.endsWith(COMPACT_MARK)).toBe(true);
    expect(pages).toHaveLength(282);
    expect(pages[281]![0]).toBe(`${tag}/7t`); // 281 = 7 × 36 + 29, and 29 is t (a = 10)
    expect(pages.every(([id], i) => id === `${tag}/${i.toString(36)}`)).toBe(true);
    expect(pages.every(([, words], i) => i === 0 || words >= pages[i - 1]![1])).toBe(true);
    const under = (dir: string) => filesUnder(path.join(pagefind, dir)).every((f) => f.startsWith(`${tag}/`));
    expect(['fragment', 'index', 'filter'].map(under)).toEqual([true, true, true]);
    expect(filesUnder(path.join(pagefind, 'fragment')).sort()).toEqual(pages.map(([id]) => `${id}.pf_fragment`).sort());
  });

  it('keeps every page’s word count and page data: the same as a fresh Pagefind run, only in another order', () => {
    expect(`${freshHash}${COMPACT_MARK}`).toBe(hash);
    expect(existsSync(path.join(pagefind, `pagefind.${freshHash}.pf_meta`))).toBe(false);
    const original = gunzipSync(readFileSync(path.join(fresh, `pagefind.${freshHash}.pf_meta`)));
    // the codec reads Pagefind's own file and writes it back byte for byte
    expect(Buffer.from(writePagefindFile(readPagefindFile(original, freshHash))).equals(original)).toBe(true);
    const fragment = (dir: string, id: string) => readFileSync(path.join(dir, 'fragment', `${id}.pf_fragment`)).toString('base64');
    const bag = (dir: string, list: Array<[string, number, string]>) => list.map(([id, words]) => `${words} ${fragment(dir, id)}`).sort();
    expect(bag(pagefind, pages)).toEqual(bag(fresh, metaPages(fresh, freshHash)));
  });

  it('finds the same pages with the same scores and filter counts as Pagefind’s own index, in a real browser', async () => {
    // both bundles from one origin (module imports across origins would need CORS): the built one and Pagefind's own
    const both = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pagefind-both-'));
    symlinkSync(pagefind, path.join(both, 'built'));
    symlinkSync(fresh, path.join(both, 'own'));
    writeFileSync(path.join(both, 'index.html'), '<!doctype html><html lang="zh-CN"><title>t</title></html>');
    const server = await serveStatic(both);
    const page = await (await site.context()).newPage();
    await page.goto(`${server.url}/`);
    try {
      const answers = await page.evaluate(async () => {
        type Pf = {
          options: (o: object) => Promise<void>;
          search: (q: string | null, o?: object) => Promise<{ results: Array<{ score: number; data: () => Promise<{ raw_url?: string; url: string }> }> }>;
          filters: () => Promise<Record<string, Record<string, number>>>;
        };
        const load = async (url: string) => {
          const pf = (await import(/* @vite-ignore */ url)) as Pf;
          await pf.options({ noWorker: true, basePath: url.replace(/pagefind\.js$/, '') });
          return pf;
        };
        // each import is its own Pagefind instance with its own base path
        const built = await load(`${location.origin}/built/pagefind.js`);
        const own = await load(`${location.origin}/own/pagefind.js`);
        const answer = async (pf: Pf, q: string | null, filters?: object) => {
          const r = await pf.search(q, filters ? { filters } : {});
          const rows = await Promise.all(r.results.map(async (x) => `${(await x.data()).url} ${x.score.toFixed(6)}`));
          return rows.sort();
        };
        const queries: Array<[string | null, object | undefined]> = [
          ['网格', undefined],
          ['平安建设', undefined],
          ['心理疏导', undefined],
          ['社会治安综合治理', undefined],
          ['人民调解', { 地区: '山西' }],
          ['一票否决', { 主题: '一票否决' }],
          [null, { 章: '附则' }],
        ];
        const out: Array<{ q: string | null; built: string[]; own: string[] }> = [];
        for (const [q, f] of queries) out.push({ q, built: await answer(built, q, f), own: await answer(own, q, f) });
        return { out, filters: [await built.filters(), await own.filters()] };
      });
      for (const a of answers.out) {
        expect(a.built.length, `${a.q}`).toBeGreaterThan(0);
        expect(a.built, `${a.q}`).toEqual(a.own);
      }
      expect(answers.out.find((a) => a.q === '平安建设')!.built.length).toBeGreaterThan(100);
      expect(answers.filters[0]).toEqual(answers.filters[1]);
    } finally {
      await server.close();
      rmSync(both, { recursive: true, force: true });
    }
  });
});

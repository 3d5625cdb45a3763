// The search index reads only the pages SEARCH_INDEX_GLOB names (scripts/lib/site-build.ts). A page type that
// starts to carry data-pagefind-body outside it would vanish from search without an error: this checks the built
// dist/ for that, and that Pagefind indexed every page that asks to be indexed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_GLOB } from '../../scripts/lib/site-build.ts';
import { ROOT } from '../../src/data/paths-fs.ts';
import { COMPACT_MARK, metaTag, readPagefindFile, writePagefindFile } from '../../src/lib/search/pagefind-compact.ts';
import { readPages } from '../helpers/dist-links.ts';
import { DIST } from '../helpers/site.ts';

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

describe('short page ids in the built index (scripts/compact-search-index.ts)', () => {
  const pagefind = path.join(DIST, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(pagefind, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const hash = entry.languages['zh-cn']!.hash;
  const pages = metaPages(pagefind, hash);

  it('names page i <tag>/<i in base 36>, and each name has its fragment file, and no other fragment is left', () => {
    expect(hash.endsWith(COMPACT_MARK)).toBe(true);
    const tag = metaTag(hash.slice(0, -COMPACT_MARK.length));
    expect(pages).toHaveLength(282);
    expect(pages[0]![0]).toBe(`${tag}/0`);
    expect(pages[281]![0]).toBe(`${tag}/7t`); // 281 = 7 × 36 + 29, and 29 is t (a = 10)
    expect(pages.every(([id], i) => id === `${tag}/${i.toString(36)}`)).toBe(true);
    const fragments = filesUnder(path.join(pagefind, 'fragment')).sort();
    expect(fragments).toEqual(pages.map(([id]) => `${id}.pf_fragment`).sort());
  });

  it('keeps what Pagefind wrote for every page but the id: a fresh Pagefind run over the same pages gives the same list', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pagefind-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', DIST, '--glob', SEARCH_INDEX_GLOB, '--output-path', out, '--quiet'], {
        stdio: 'pipe',
      });
      const fresh = JSON.parse(readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
      const freshHash = fresh.languages['zh-cn']!.hash;
      expect(`${freshHash}${COMPACT_MARK}`).toBe(hash);
      const original = gunzipSync(readFileSync(path.join(out, `pagefind.${freshHash}.pf_meta`)));
      // the codec reads Pagefind's own file and writes it back byte for byte
      expect(Buffer.from(writePagefindFile(readPagefindFile(original, freshHash))).equals(original)).toBe(true);
      const freshPages = metaPages(out, freshHash);
      expect(freshPages.map(([, words, group]) => [words, group])).toEqual(pages.map(([, words, group]) => [words, group]));
      // and each renamed fragment is the very file Pagefind wrote for that page
      for (const i of [0, 140, 281])
        expect(
          readFileSync(path.join(pagefind, 'fragment', `${pages[i]![0]}.pf_fragment`)).equals(readFileSync(path.join(out, 'fragment', `${freshPages[i]![0]}.pf_fragment`))),
        ).toBe(true);
      expect(existsSync(path.join(pagefind, `pagefind.${freshHash}.pf_meta`))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

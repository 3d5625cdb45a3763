// The search index reads only the pages SEARCH_INDEX_GLOB names (scripts/lib/site-build.ts). A page type that
// starts to carry data-pagefind-body outside it would vanish from search without an error: this checks the built
// dist/ for that, and that Pagefind indexed every page that asks to be indexed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_GLOB } from '../../scripts/lib/site-build.ts';
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

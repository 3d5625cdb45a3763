// What the search page fetches, each once and only when needed: the directory (names and article numbers), the
// traditional → simplified table, Pagefind, and 高级检索's facts file (only when a search uses its criteria).
import type { SearchDirectory } from '../lib/search/directory.ts';
import { cacheTagFromHref } from '../lib/search/preload.ts';
import type { SearchFacts } from '../lib/search/regulation-facts.ts';
import { tableFromPairs, type T2sTable } from '../lib/search/t2s.ts';
import { loadPagefind, type PagefindApi } from './search-engine.ts';

const json = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`))));

let directory: Promise<SearchDirectory> | null = null;
let pagefind: Promise<PagefindApi> | null = null;
let t2s: Promise<T2sTable> | null = null;
let facts: Promise<SearchFacts> | null = null;

/** /search/directory.json: regulation names and article slugs. */
export const getDirectory = () => (directory ??= json<SearchDirectory>('/search/directory.json'));

/** /search/t2s.json as a table; an empty one if it cannot be loaded (a simplified query still works). */
export const getT2s = () =>
  (t2s ??= json<{ pairs: string }>('/search/t2s.json').then(
    (d) => tableFromPairs(d.pairs),
    () => new Map(),
  ));

/** /search/facts.json: 制定机关, 效力级别, dates and changes of every regulation. */
export const getFacts = () => (facts ??= json<SearchFacts>('/search/facts.json'));

const preloadedEntry = () => document.querySelector<HTMLLinkElement>('link[data-pagefind-preload="entry"]');
const bootStarted = () => document.documentElement.hasAttribute('data-pagefind-started');

/** Pagefind, started with the cache tag of the preloaded entry file (see src/lib/search/preload.ts). */
export const getPagefind = () => {
  const entry = preloadedEntry();
  return (pagefind ??= loadPagefind('/pagefind/', entry ? cacheTagFromHref(entry.href) : null, bootStarted));
};

let counter: Promise<PagefindApi> | null = null;

/**
 * A second Pagefind instance, in Pagefind's web worker, for the filter panel: its values and the count of results each
 * gives. Pagefind counts every filter it has loaded on every search, by a scan that grows with pages × results (on a
 * 2,000-regulation site 3–20 s per query on the page's thread, scripts/bench-search.ts); the instance that finds the
 * results loads only the filters a search narrows by, and the counts come after the results, off the page's thread.
 */
export const getCounter = () =>
  (counter ??= getPagefind().then(async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as { createInstance: (o: Record<string, unknown>) => PagefindApi };
    // the entry under the page's cache tag: the same URL as the page's own instance, so the browser's cache answers
    const entry = preloadedEntry();
    const instance = module.createInstance({ basePath: '/pagefind/', ...(entry ? { metaCacheTag: cacheTagFromHref(entry.href) } : {}) });
    await instance.init();
    return instance;
  }));

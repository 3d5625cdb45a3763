// Preload links for Pagefind's start-up files. Pagefind names them after Astro has written the pages
// (pagefind.<hash>.pf_meta), so the search page carries one placeholder link and a build step after
// Pagefind swaps in the real names (scripts/search-preload.ts). Without that step the page still works:
// the placeholder preloads the entry file and Pagefind fetches the rest itself.

/** The part of Pagefind's pagefind-entry.json that names the start-up files. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** The placeholder link the search page writes (`data-pagefind-preload="placeholder"`), as Astro prints it. */
export const PRELOAD_PLACEHOLDER = /<link\b[^>]*\bdata-pagefind-preload="placeholder"[^>]*>/;

/** The files Pagefind fetches before the first search, for the index's (only) language. */
export function startupFiles(entry: PagefindEntry, base = '/pagefind/'): { entry: string; meta: string; wasm: string; tag: string } | null {
  const langs = Object.values(entry.languages);
  // a multilingual index loads the page language's files: leave it to Pagefind
  if (langs.length !== 1) return null;
  const { hash, wasm } = langs[0]!;
  // the index hash is the cache tag: it changes whenever the index does, so a cached entry is never stale
  return { entry: `${base}pagefind-entry.json?ts=${hash}`, meta: `${base}pagefind.${hash}.pf_meta`, wasm: `${base}wasm.${wasm ?? 'unknown'}.pagefind`, tag: hash };
}

/**
 * The preload links to put in place of the placeholder: entry (with the cache tag Pagefind is told to use), meta
 * and WebAssembly, fetched with the page instead of one after another once the script has run.
 * @example preloadLinks(entry) // → '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=zh-cn_dd8f…" …>…'
 */
export function preloadLinks(entry: PagefindEntry): string | null {
  const files = startupFiles(entry);
  if (!files) return null;
  const link = (href: string, extra = '') => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"${extra}>`;
  return link(files.entry, ' data-pagefind-preload="entry"') + link(files.meta) + link(files.wasm);
}

/** The page with its placeholder replaced; unchanged when it has none or the index is multilingual. */
export function injectPreloads(html: string, entry: PagefindEntry): string {
  const links = preloadLinks(entry);
  return links ? html.replace(PRELOAD_PLACEHOLDER, links) : html;
}

/**
 * The cache tag to give Pagefind, read from the preloaded entry URL, so that its own fetch of the entry is the
 * preloaded one (by default Pagefind appends the current time, which no preload can match).
 * @example cacheTagFromHref('/pagefind/pagefind-entry.json?ts=zh-cn_dd8f') // → 'zh-cn_dd8f'
 */
export function cacheTagFromHref(href: string): string | null {
  return new URL(href, 'http://x').searchParams.get('ts');
}

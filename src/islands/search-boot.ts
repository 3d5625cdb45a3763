// The search page's first script: starts Pagefind (and, for a /search/?q=… link, the index chunks of the query)
// as soon as the document is parsed. The page script (search-page.ts) waits for the chunks it shares with the
// rest of the site before it runs, a round trip later; this one imports nothing, so it does not wait.
// Pagefind is one module per URL: the page script's loadPagefind() gets the instance started here.

const entry = document.querySelector<HTMLLinkElement>('link[data-pagefind-preload="entry"]');
const tag = entry ? new URL(entry.href).searchParams.get('ts') : null;
const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';

interface PagefindBoot {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string) => Promise<void>;
}

void (async () => {
  // a variable, not a literal: Vite would wrap a literal import in its preload helper, a chunk of its own
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindBoot;
  // the same options as loadPagefind() in search-engine.ts: the instance is created with them
  await pagefind.options({ excerptLength: 40, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
  // from here on the instance exists: the page script must not send options meant for its creation
  document.documentElement.setAttribute('data-pagefind-started', '');
  await pagefind.init();
  if (q) await pagefind.preload(q);
})().catch(() => undefined); // the page script reports a failure to load

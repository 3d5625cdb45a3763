// 您是不是要找: for a query no article contains as typed, a one-character correction found in the texts of the
// articles Pagefind returns for the term's intact halves (src/lib/search/suggest.ts). Only fragments of those
// articles are fetched, never a word list.
import { compactText } from '../lib/search/normalize.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import { bestCorrections, isCorrectable, probePieces } from '../lib/search/suggest.ts';
import { appendLinks } from './search-dom.ts';
import type { PagefindApi } from './search-engine.ts';

/** Articles read per piece: the phrase a slip spoils is in the articles that best match its intact half. */
const PER_PIECE = 6;

/** The compacted texts of the top articles for each piece of the term. */
async function probeTexts(pagefind: PagefindApi, term: string): Promise<string[]> {
  const responses = await Promise.all(probePieces(term).map((p) => pagefind.search(p)));
  const seen = new Set<string>();
  const results = responses.flatMap((r) => (r?.results ?? []).slice(0, PER_PIECE)).filter((r) => !seen.has(r.id) && seen.add(r.id));
  const fragments = await Promise.all(results.map((r) => r.data()));
  return fragments.map((f) => compactText(f.content));
}

/** The query with its first correctable term corrected, each likely way; none when no term has a likely correction. */
export async function findSuggestions(pagefind: PagefindApi, plan: QueryPlan): Promise<string[]> {
  for (const term of plan.terms) {
    if (!isCorrectable(term.text)) continue;
    const fixes = bestCorrections(term.text, await probeTexts(pagefind, term.text));
    if (fixes.length > 0) return fixes.map((fix) => plan.text.replace(term.text, fix));
  }
  return [];
}

/** Show 您是不是要找：<corrected query>、… as links. */
export function renderSuggestions(box: HTMLElement, corrected: ReadonlyArray<{ text: string; href: string }>): void {
  box.replaceChildren(document.createTextNode('您是不是要找：'));
  appendLinks(box, corrected);
  box.hidden = false;
}

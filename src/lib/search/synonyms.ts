// Near-synonyms: what officials say → how the regulations say it. The reviewed list is data
// (content/taxonomy/synonyms.yaml, schema SynonymListSchema): the data build validates it, the search directory
// (/search/directory.json) carries it to the browser, and tests/unit/search-synonyms.test.ts checks that each
// statutory form really occurs in the corpus (so an entry cannot silently go dead when texts change).
import type { SynonymEntry as ReviewedEntry } from '../schemas/taxonomy.ts';

/** What the search needs of a reviewed entry (its basis is for reviewers, and stays out of the search directory). */
export type SynonymEntry = Pick<ReviewedEntry, 'terms' | 'expand'>;

/**
 * The statutory forms to search alongside a typed term: the term itself first, then the reviewed expansions.
 * @example expandTerm('反诈', [{ terms: ['反诈'], expand: ['电信网络诈骗'] }]) // → ['反诈', '电信网络诈骗']
 */
export function expandTerm(term: string, entries: readonly SynonymEntry[]): string[] {
  const out = [term];
  for (const e of entries) {
    if (!e.terms.includes(term)) continue;
    for (const x of e.expand) if (!out.includes(x)) out.push(x);
  }
  return out;
}

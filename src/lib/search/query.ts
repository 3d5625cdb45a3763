// Query planning: typed text → what to look up and how to judge a match. Runs before any index is touched.
//   normalise → article-number lookup → regulation names as scope → terms → synonyms → Pagefind queries
import { lookupArticle, matchRegulations, type ArticleLookup } from './article-lookup.ts';
import type { SearchDirectory } from './directory.ts';
import { isQuoted, normalizeQuery } from './normalize.ts';
import { expandTerm, type SynonymEntry } from './synonyms.ts';

/** One whitespace-separated term of the query, matched as a contiguous phrase. */
export interface QueryTerm {
  /** The term as typed (normalised). */
  text: string;
  /** The term and its reviewed near-synonyms; a match on any of them counts. */
  variants: string[];
}

/** Everything the search needs to know about a query. */
export interface QueryPlan {
  /** Normalised query text. */
  text: string;
  /** Terms to match, in the order typed. */
  terms: QueryTerm[];
  /** Ids of regulations the query names as a separate word (苏州 网格): their results come first. */
  scope: string[];
  /** The whole query was quoted: only articles containing the exact phrase are shown. */
  exact: boolean;
  /** The article the query names (苏州 第二十四条), if any. */
  lookup: ArticleLookup | null;
}

/**
 * Plan a query; the near-synonyms come with the directory (content/taxonomy/synonyms.yaml; none from a version-1
 * directory a browser may still hold in its cache).
 * @example planQuery('苏州 网格', dir) // → { terms: [{ text: '网格', … }], scope: ['suzhou'], … }
 */
export function planQuery(raw: string, directory: SearchDirectory, synonyms: readonly SynonymEntry[] = directory.synonyms ?? []): QueryPlan {
  const text = normalizeQuery(raw);
  const exact = isQuoted(raw);
  const lookup = exact ? null : lookupArticle(text, directory);
  const tokens = text ? text.split(' ') : [];
  // a token that names a regulation scopes the search — only when something else is searched for
  const scope: string[] = [];
  const rest: string[] = [];
  for (const token of tokens) {
    const regs = tokens.length > 1 ? matchRegulations(token, directory) : [];
    if (regs.length > 0 && !exact) scope.push(...regs.map((r) => r.id).filter((id) => !scope.includes(id)));
    else rest.push(token);
  }
  // only names (苏州 新疆): search them as text rather than return nothing
  const terms = (rest.length > 0 ? rest : tokens).map((t) => ({ text: t, variants: expandTerm(t, synonyms) }));
  return { text, terms, scope: rest.length > 0 ? scope : [], exact, lookup };
}

/**
 * The queries to send to Pagefind: the terms as typed, then each synonym swapped in (at most `max`).
 * @example pagefindQueries(planQuery('反诈', dir)) // → ['反诈', '电信网络诈骗', '反诈骗']
 */
export function pagefindQueries(plan: QueryPlan, max = 4): string[] {
  if (plan.terms.length === 0) return [];
  const base = plan.terms.map((t) => t.text);
  const out = [base.join(' ')];
  plan.terms.forEach((term, i) => {
    for (const v of term.variants.slice(1)) {
      const q = base.map((b, j) => (j === i ? v : b)).join(' ');
      if (!out.includes(q)) out.push(q);
    }
  });
  return out.slice(0, max);
}

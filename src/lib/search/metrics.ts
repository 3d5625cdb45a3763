// Retrieval measures for the query set (tests/fixtures/search/queries.yaml).

/** One judged query: the ranked result keys and the keys that must be found. */
export interface Judged {
  q: string;
  expect: readonly string[];
  ranked: readonly string[];
}

/**
 * Recall at k for one query: the share of expected keys among the first k results.
 * @example recallAt(['a', 'x', 'b'], ['a', 'b'], 2) // → 0.5
 */
export function recallAt(ranked: readonly string[], expect: readonly string[], k: number): number {
  if (expect.length === 0) return 1;
  const top = ranked.slice(0, k);
  return expect.filter((e) => top.includes(e)).length / expect.length;
}

/**
 * Reciprocal rank of the first expected key (0 when none is found).
 * @example reciprocalRank(['x', 'a'], ['a']) // → 0.5
 */
export function reciprocalRank(ranked: readonly string[], expect: readonly string[]): number {
  const i = ranked.findIndex((r) => expect.includes(r));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Mean recall@k and mean reciprocal rank over a query set. */
export function summarize(judged: readonly Judged[], k = 5): { recall: number; mrr: number; misses: Judged[] } {
  const n = Math.max(1, judged.length);
  return {
    recall: judged.reduce((s, j) => s + recallAt(j.ranked, j.expect, k), 0) / n,
    mrr: judged.reduce((s, j) => s + reciprocalRank(j.ranked, j.expect), 0) / n,
    misses: judged.filter((j) => recallAt(j.ranked, j.expect, k) < 1),
  };
}

/**
 * Precision of the first k results against the articles that literally contain the query, with
 * k = min(5, number of such articles): 1 when the top places all go to exact-phrase matches.
 */
export function phrasePrecision(ranked: readonly string[], literal: readonly string[], k = 5): number {
  const n = Math.min(k, literal.length);
  if (n === 0) return 1;
  return ranked.slice(0, n).filter((r) => literal.includes(r)).length / n;
}

/**
 * Deterministic sample of `count` distinct substrings (2–6 Chinese characters) of the given texts: an
 * unbiased query set for phrase matching, not written with knowledge of where a search engine fails.
 */
export function sampleSubstrings(texts: Readonly<Record<string, string>>, count: number, seed = 7): string[] {
  const keys = Object.keys(texts).sort();
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 100; tries++) {
    const text = texts[keys[Math.floor(rnd() * keys.length)]!]!;
    const len = 2 + Math.floor(rnd() * 5);
    const at = Math.floor(rnd() * Math.max(1, text.length - len));
    const sub = text.slice(at, at + len);
    if (/^[\u4e00-\u9fff]+$/u.test(sub) && !out.includes(sub)) out.push(sub);
  }
  return out;
}

/** Keys of the texts that contain every whitespace-separated term of the query. */
export function literalMatches(texts: Readonly<Record<string, string>>, query: string): string[] {
  const terms = query.split(/\s+/).filter(Boolean);
  return Object.keys(texts).filter((k) => terms.every((t) => texts[k]!.includes(t)));
}

/** The searchable text of a parsed article: paragraphs, items and sub-items, in order. */
export function articleText(article: { paragraphs: ReadonlyArray<{ text: string; items: ReadonlyArray<{ text: string; subItems: ReadonlyArray<{ text: string }> }> }> }): string {
  return article.paragraphs.map((p) => [p.text, ...p.items.flatMap((i) => [i.text, ...i.subItems.map((s) => s.text)])].join('')).join('');
}

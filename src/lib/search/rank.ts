// Ranking that knows Chinese is written without spaces. Pagefind 1.6 segments a Chinese query with
// Intl.Segmenter and its index with a dictionary segmenter, and matches word by word (Pagefind issues #987,
// #1237). Measured on this corpus (tests/browser/search-recall.test.ts): it rarely misses an article
// outright — a query's words are matched loosely, and a word it cannot find is dropped — but it ranks
// articles where the characters of 格化 occur only apart among the real matches (only ~70% of the top
// places go to articles containing the phrase), answers 量子纠缠态 with articles containing 态, and its
// quoted exact mode misses phrases that cut across its index words (~40% found). So Pagefind supplies
// candidates, and every candidate is checked here for each query term as a contiguous phrase (or a
// reviewed synonym of it):
//   1. primary   — terms found as phrases (1 each; for a term not found whole, up to half credit for the
//                  share of it found in pieces of two or more characters: 网格员的职责 → 网格员 + 职责),
//                  plus a bonus when the hit is in a regulation the query names (苏州 网格)
//   2. secondary — how often the phrases occur, saturated and length-normalised (BM25's tf part), plus
//                  Pagefind's score scaled to the best one (its word-level relevance: 心理 ×10 in 苏州 第二十四条)
//   3. Pagefind's own score, to break ties
import type { Hit, ProvisionNode } from './fragment.ts';
import { compactText, countOccurrences } from './normalize.ts';
import type { QueryPlan, QueryTerm } from './query.ts';

/** A hit with its scores and the provisions to show. */
export interface RankedHit {
  hit: Hit;
  primary: number;
  secondary: number;
  /** Every term was found as a phrase. */
  complete: boolean;
  /** The provision that matches best: the link target and the excerpt. */
  best: ProvisionNode | null;
  /** Other matching provisions (at most two), shown as sub-results. */
  others: ProvisionNode[];
  /** The strings to highlight. */
  needles: string[];
}

const K1 = 1.2;
const B = 0.75;
const SCOPE_BONUS = 0.75;

interface TermMatch {
  score: number;
  tf: number;
  needles: string[];
}

/** How one term matches a hit: a phrase (any variant) in the body or header, or pieces of it. */
function matchTerm(term: QueryTerm, body: string, header: string): TermMatch {
  let tf = 0;
  const needles: string[] = [];
  for (const v of term.variants) {
    const c = compactText(v);
    const n = countOccurrences(body, c);
    if (n > 0 || header.includes(c)) needles.push(v);
    tf += n;
  }
  if (needles.length > 0) return { score: 1, tf: tf + (tf === 0 ? 0.5 : 0), needles };
  const { pieces, coverage } = matchedPieces(compactText(term.text), body);
  return { score: 0.5 * coverage, tf: 0, needles: pieces };
}

/**
 * The longest pieces (two characters or more) of a term that occur in the text, and the share of the term
 * they cover — partial credit for a term that does not occur whole.
 * @example matchedPieces('网格员的职责', '编制网格员职责清单') // → { pieces: ['网格员', '职责'], coverage: 5 / 6 }
 */
export function matchedPieces(term: string, text: string): { pieces: string[]; coverage: number } {
  const chars = [...term];
  const covered = new Array<boolean>(chars.length).fill(false);
  const pieces: Array<[number, string]> = [];
  for (let len = chars.length - 1; len >= 2; len--) {
    for (let at = 0; at + len <= chars.length; at++) {
      if (covered.slice(at, at + len).some(Boolean)) continue;
      const piece = chars.slice(at, at + len).join('');
      if (!text.includes(piece)) continue;
      covered.fill(true, at, at + len);
      pieces.push([at, piece]);
    }
  }
  const coverage = chars.length > 0 ? covered.filter(Boolean).length / chars.length : 0;
  return { pieces: pieces.sort((a, b) => a[0] - b[0]).map(([, p]) => p), coverage };
}

/** The body text of a hit: paragraphs and listed items (inline items are inside their paragraph). */
function bodyOf(hit: Hit): string {
  return hit.nodes
    .filter((n) => !n.inline)
    .map((n) => n.text)
    .join('');
}

/** Score one hit against the plan; `bestPagefindScore` is the highest Pagefind score among the hits. */
export function scoreHit(plan: QueryPlan, hit: Hit, averageLength: number, bestPagefindScore: number): RankedHit {
  const body = compactText(bodyOf(hit));
  const header = compactText(hit.header);
  const norm = K1 * (1 - B + (B * body.length) / Math.max(1, averageLength));
  let primary = plan.scope.includes(hit.regId) ? SCOPE_BONUS : 0;
  let secondary = 0;
  let complete = true;
  const needles: string[] = [];
  for (const term of plan.terms) {
    const m = matchTerm(term, body, header);
    primary += m.score;
    secondary += m.tf / (m.tf + norm) / plan.terms.length;
    complete &&= m.score === 1;
    needles.push(...m.needles);
  }
  secondary += bestPagefindScore > 0 ? hit.pagefindScore / bestPagefindScore : 0;
  const [best, ...others] = matchingNodes(hit.nodes, needles);
  return { hit, primary, secondary, complete: complete && plan.terms.length > 0, best: best ?? null, others: others.slice(0, 2), needles };
}

/** Provisions containing a needle, best first: most occurrences, then the most specific, then reading order. */
function matchingNodes(nodes: readonly ProvisionNode[], needles: readonly string[]): ProvisionNode[] {
  const compactNeedles = needles.map(compactText).filter(Boolean);
  const scored = nodes
    .map((node, order) => {
      const text = compactText(node.text);
      return { node, order, count: compactNeedles.reduce((n, c) => n + countOccurrences(text, c), 0), depth: node.id.split('__').length };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || b.depth - a.depth || a.order - b.order);
  // an inline item's text is also its paragraph's text: show one of the two, not both
  const overlaps = (a: ProvisionNode, b: ProvisionNode) => (a.inline && a.id.startsWith(b.id + '__')) || (b.inline && b.id.startsWith(a.id + '__'));
  const kept: typeof scored = [];
  for (const s of scored) if (!kept.some((k) => overlaps(k.node, s.node))) kept.push(s);
  return kept.map((s) => s.node);
}

/**
 * Rank hits: primary, then secondary, then Pagefind's score. Hits where no term matches even in part are
 * dropped (Pagefind answers 量子纠缠态 with articles containing 态); with `plan.exact` (a quoted query)
 * only hits containing every term as a phrase are kept.
 */
export function rankHits(plan: QueryPlan, hits: readonly Hit[], averageLength: number): RankedHit[] {
  const best = Math.max(0, ...hits.map((h) => h.pagefindScore));
  return hits
    .map((h) => scoreHit(plan, h, averageLength, best))
    .filter((r) => (plan.exact ? r.complete : r.primary - (plan.scope.includes(r.hit.regId) ? SCOPE_BONUS : 0) > 0))
    .sort((a, b) => b.primary - a.primary || b.secondary - a.secondary || b.hit.pagefindScore - a.hit.pagefindScore);
}

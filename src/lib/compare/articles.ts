// Paragraph links → article counterparts. An article of A and an article of B are scored by how much of
// their text the other covers: every paragraph contributes its best link into the other article, weighted by
// its size. The best counterpart of an article is the article of B that covers most of it.
import { articleNameOf } from '../cite/citation.ts';
import { levelOf, type LevelThresholds, type MatchLevel } from './levels.ts';
import { neighboursIn, unitRange, type LinkTable } from './link-table.ts';

/** An article as a block of units. */
export interface ArticleBlock {
  /** Article id, e.g. `art_26`. */
  id: string;
  /** Article label, e.g. `第二十六条`. */
  label: string;
  /** Global indices of its paragraphs. */
  units: number[];
  /** Sum of its paragraphs' sizes (each at least 1, so that an empty paragraph still counts). */
  size: number;
}

/** An article of B as the counterpart of an article of A. */
export interface ArticleCounterpart {
  /** Article id in B. */
  article: string;
  /** Its label, e.g. `第二十一条`. */
  label: string;
  /** How sure the method is (‰): the strongest link from a paragraph of A's article into this article. */
  score: number;
  /** How close the wording is (‰): symmetric share of the two articles' text, weighted by similarity. */
  similarity: number;
  /** The reader's level (可能相关 for a hint). */
  level: MatchLevel;
  /** How much of A's article this article covers, by score (‰): what ranks the counterparts. */
  coverage: number;
}

/** The articles of a regulation as blocks of units, in document order. */
export function articleBlocks(table: LinkTable, r: number): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const u of unitRange(table, r)) {
    const unit = table.units[u]!;
    const last = blocks.at(-1);
    if (last && last.id === unit.article) {
      last.units.push(u);
      last.size += Math.max(1, unit.size);
    } else blocks.push({ id: unit.article, label: articleNameOf(unit.label), units: [u], size: Math.max(1, unit.size) });
  }
  return blocks;
}

/** What the paragraphs of one article say about an article of another regulation. */
interface Coverage {
  /** Σ size × best score of each paragraph into the article. */
  score: number;
  /** Σ size × similarity of that best link. */
  similarity: number;
  /** The strongest single link. */
  strongest: number;
}

/** Coverage of each article of regulation `r` (keyed by article id) by the paragraphs of `from`. */
function coverageInto(table: LinkTable, from: ArticleBlock, r: number): Map<string, Coverage> {
  const out = new Map<string, Coverage>();
  for (const u of from.units) {
    const best = new Map<string, { score: number; similarity: number }>();
    for (const n of neighboursIn(table, u, r)) {
      const art = table.units[n.unit]!.article;
      const had = best.get(art);
      if (!had || n.score > had.score) best.set(art, n);
    }
    const size = Math.max(1, table.units[u]!.size);
    for (const [art, link] of best) {
      const c = out.get(art) ?? { score: 0, similarity: 0, strongest: 0 };
      c.score += size * link.score;
      c.similarity += size * link.similarity;
      c.strongest = Math.max(c.strongest, link.score);
      out.set(art, c);
    }
  }
  return out;
}

/**
 * Σ size × similarity of the best link from each paragraph of `y` into the paragraphs of `x` (which may be some
 * of its article's paragraphs only: the wording of a paragraph the reader did not ask about must not count).
 */
function backSimilarity(table: LinkTable, y: ArticleBlock, xr: number, x: ArticleBlock): number {
  const own = new Set(x.units);
  let sum = 0;
  for (const u of y.units) {
    let best: { score: number; similarity: number } | null = null;
    for (const n of neighboursIn(table, u, xr)) if (own.has(n.unit) && (!best || n.score > best.score)) best = n;
    if (best) sum += Math.max(1, table.units[u]!.size) * best.similarity;
  }
  return sum;
}

/** The articles of a regulation by id, with their document order: built once per regulation pair. */
export type BlockIndex = Map<string, { block: ArticleBlock; order: number }>;

/** Index article blocks by id. */
export function indexBlocks(blocks: readonly ArticleBlock[]): BlockIndex {
  return new Map(blocks.map((block, order) => [block.id, { block, order }]));
}

/** Counterpart articles the article panel lists in each other regulation (the first and the next); the evaluation counts the same. */
export const PANEL_ARTICLES = 2;

/**
 * Counterparts of article `x` (or of some of its paragraphs: a block may hold a subset) among the articles of
 * regulation `r`, best first, each with its level; links too weak to show are left out.
 */
export function articleCounterparts(table: LinkTable, x: ArticleBlock, r: number, others: BlockIndex, thresholds?: LevelThresholds): ArticleCounterpart[] {
  const xr = table.unitReg[x.units[0]!]!;
  const out: Array<ArticleCounterpart & { order: number }> = [];
  for (const [id, fx] of coverageInto(table, x, r)) {
    const { block: y, order } = others.get(id)!;
    const back = backSimilarity(table, y, xr, x);
    const similarity = Math.round((fx.similarity + back) / (x.size + y.size));
    const level = levelOf(fx.strongest, similarity, thresholds);
    if (level) out.push({ article: y.id, label: y.label, score: fx.strongest, similarity, level, coverage: Math.round(fx.score / x.size), order });
  }
  return out.sort((p, q) => q.coverage - p.coverage || q.score - p.score || p.order - q.order).map(({ order: _order, ...c }) => c);
}

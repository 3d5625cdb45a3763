// Paragraph links → article counterparts. An article of A and an article of B are scored by how much of
// their text the other covers: every paragraph contributes its best link into the other article, weighted by
// its size. The best counterpart of an article is the article of B that covers most of it.
import { levelOf, type MatchLevel } from './levels.ts';
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
  /** Symmetric share of the two articles' text that matches (‰). */
  score: number;
  /** The reader's level; at least 相关 once any paragraph matched. */
  level: MatchLevel;
  /** How much of A's article this article covers (‰): what ranks the counterparts. */
  coverage: number;
}

/** Strip the 款 part of a paragraph label: `第二十六条第三款` → `第二十六条`. */
export function articleLabelOf(paragraphLabel: string): string {
  return paragraphLabel.replace(/第[零〇一二三四五六七八九十百千]+款$/, '');
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
    } else blocks.push({ id: unit.article, label: articleLabelOf(unit.label), units: [u], size: Math.max(1, unit.size) });
  }
  return blocks;
}

/** Σ size × best score of each paragraph of `from` into each article of regulation `r` (keyed by article id). */
function coverageInto(table: LinkTable, from: ArticleBlock, r: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of from.units) {
    const best = new Map<string, number>();
    for (const n of neighboursIn(table, u, r)) {
      const art = table.units[n.unit]!.article;
      best.set(art, Math.max(best.get(art) ?? 0, n.score));
    }
    const size = Math.max(1, table.units[u]!.size);
    for (const [art, score] of best) out.set(art, (out.get(art) ?? 0) + size * score);
  }
  return out;
}

/** The articles of a regulation by id, with their document order: built once per regulation pair. */
export type BlockIndex = Map<string, { block: ArticleBlock; order: number }>;

/** Index article blocks by id. */
export function indexBlocks(blocks: readonly ArticleBlock[]): BlockIndex {
  return new Map(blocks.map((block, order) => [block.id, { block, order }]));
}

/** Counterparts of article `x` among the articles of regulation `r`, best first (only the linked ones are scored). */
export function articleCounterparts(table: LinkTable, x: ArticleBlock, r: number, others: BlockIndex): ArticleCounterpart[] {
  const xr = table.unitReg[x.units[0]!]!;
  const forward = coverageInto(table, x, r);
  const out: Array<ArticleCounterpart & { order: number }> = [];
  for (const [id, fx] of forward) {
    const { block: y, order } = others.get(id)!;
    const back = coverageInto(table, y, xr).get(x.id) ?? 0;
    const score = Math.round((fx + back) / (x.size + y.size));
    out.push({ article: y.id, label: y.label, score, level: levelOf(score) ?? 'related', coverage: Math.round(fx / x.size), order });
  }
  return out.sort((p, q) => q.coverage - p.coverage || q.score - p.score || p.order - q.order).map(({ order: _order, ...c }) => c);
}

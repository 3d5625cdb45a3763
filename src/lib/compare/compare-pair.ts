// comparePair: two regulations side by side. Every article of A with its best counterpart in B and, below
// it, every paragraph of A with its best paragraph in B; what exists only in A and only in B; and counts.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { articleBlocks, articleCounterparts, indexBlocks, type ArticleBlock, type ArticleCounterpart } from './articles.ts';
import { describeMissing, isCounterpart, levelOf, type MatchLevel } from './levels.ts';
import { bestIn, readLinks, regulationIndex, type LinkTable } from './link-table.ts';

/** A paragraph of B as the best counterpart of a paragraph of A. */
export interface ParagraphMatch {
  /** Paragraph id in B, e.g. `art_21__para_3`. */
  id: string;
  /** Its article id, e.g. `art_21`. */
  article: string;
  /** Its citation label, e.g. `第二十一条第三款`. */
  label: string;
  /** How sure the method is that the two regulate the same subject (‰). */
  score: number;
  /** How close the wording is (‰). */
  similarity: number;
  /** The reader's level. */
  level: MatchLevel;
}

/** A paragraph of A and its best counterpart in B (null: B has none). */
export interface ParagraphRow {
  /** Paragraph id in A. */
  id: string;
  /** Citation label in A. */
  label: string;
  /** Best counterpart in B, or null. */
  match: ParagraphMatch | null;
}

/** An article of A beside its counterparts in B. */
export interface ArticleRow {
  /** Article id in A. */
  article: string;
  /** Article label in A. */
  label: string;
  /** The best counterpart article in B, or null when no paragraph of the article has a counterpart. */
  counterpart: ArticleCounterpart | null;
  /** Further articles of B that some paragraph of this article matches, best first. */
  also: ArticleCounterpart[];
  /** Each paragraph with its best counterpart. */
  paragraphs: ParagraphRow[];
  /** For the reader when there is no counterpart: `苏州未找到相应规定`; otherwise null. */
  note: string | null;
}

/** How many provisions fall in each level. */
export interface LevelCounts {
  same: number;
  similar: number;
  related: number;
  /** Only a 可能相关 hint. */
  possible: number;
  /** No counterpart found in the other regulation. */
  unique: number;
}

/** An article that has no counterpart in the other regulation. */
export interface UnmatchedArticle {
  article: string;
  label: string;
  /** e.g. `新疆未找到相应规定`. */
  note: string;
}

/** The comparison of regulation A with regulation B. */
export interface PairComparison {
  /** Id and short name of A. */
  a: { id: string; shortName: string };
  /** Id and short name of B. */
  b: { id: string; shortName: string };
  /** Every article of A, in document order. */
  rows: ArticleRow[];
  /** Articles of A with no counterpart in B. */
  onlyInA: UnmatchedArticle[];
  /** Articles of B with no counterpart in A. */
  onlyInB: UnmatchedArticle[];
  /** Counts by level of each side's articles and paragraphs against the other side. */
  summary: { articles: { a: LevelCounts; b: LevelCounts }; paragraphs: { a: LevelCounts; b: LevelCounts } };
}

/** The best paragraph of regulation `r` for unit `u`, as a match. */
function paragraphMatch(table: LinkTable, u: number, r: number): ParagraphMatch | null {
  const best = bestIn(table, u, r);
  const level = best ? levelOf(best.score, best.similarity) : null;
  if (!best || !level) return null;
  const unit = table.units[best.unit]!;
  return { id: unit.id, article: unit.article, label: unit.label, score: best.score, similarity: best.similarity, level };
}

/** The rows of one direction: every article of regulation `ra` against regulation `rb`. */
export function articleRows(table: LinkTable, ra: number, rb: number): ArticleRow[] {
  const others = indexBlocks(articleBlocks(table, rb));
  const shortB = table.alignment.regulations[rb]!.shortName;
  return articleBlocks(table, ra).map((x: ArticleBlock) => {
    const [counterpart = null, ...also] = articleCounterparts(table, x, rb, others);
    const paragraphs = x.units.map((u) => ({ id: table.units[u]!.id, label: table.units[u]!.label, match: paragraphMatch(table, u, rb) }));
    return { article: x.id, label: x.label, counterpart, also, paragraphs, note: isCounterpart(counterpart?.level ?? null) ? null : describeMissing(shortB) };
  });
}

/** Count rows (or paragraphs) by level. */
function countLevels(levels: Array<MatchLevel | null>): LevelCounts {
  const c: LevelCounts = { same: 0, similar: 0, related: 0, possible: 0, unique: 0 };
  for (const l of levels) c[l ?? 'unique']++;
  return c;
}

/** Articles without a counterpart, with the note for the reader. */
function unmatched(rows: ArticleRow[]): UnmatchedArticle[] {
  return rows.filter((r) => r.note).map((r) => ({ article: r.article, label: r.label, note: r.note! }));
}

/** Compare regulation `a` with regulation `b` (ids) using a corpus alignment. */
export function comparePair(a: string, b: string, alignment: CorpusAlignment): PairComparison {
  const table = readLinks(alignment);
  const ra = regulationIndex(table, a);
  const rb = regulationIndex(table, b);
  const rows = articleRows(table, ra, rb);
  const back = articleRows(table, rb, ra);
  const paraLevels = (rs: ArticleRow[]) => rs.flatMap((r) => r.paragraphs.map((p) => p.match?.level ?? null));
  const regA = alignment.regulations[ra]!;
  const regB = alignment.regulations[rb]!;
  return {
    a: { id: regA.id, shortName: regA.shortName },
    b: { id: regB.id, shortName: regB.shortName },
    rows,
    onlyInA: unmatched(rows),
    onlyInB: unmatched(back),
    summary: {
      articles: { a: countLevels(rows.map((r) => r.counterpart?.level ?? null)), b: countLevels(back.map((r) => r.counterpart?.level ?? null)) },
      paragraphs: { a: countLevels(paraLevels(rows)), b: countLevels(paraLevels(back)) },
    },
  };
}

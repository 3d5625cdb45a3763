// superiorView: a lower regulation against its superior one (上位法, meta.superior; changji → xinjiang).
// Each paragraph of the lower one restates (基本相同), refines (高度相似 or 相关: same subject, changed
// wording, see the diff) or adds (无对应) to the superior; and the superior's provisions it does not take up.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { articleBlocks, type ArticleCounterpart } from './articles.ts';
import { articleRows, type ParagraphMatch } from './compare-pair.ts';
import type { MatchLevel } from './levels.ts';
import { bestIn, readLinks, regulationIndex } from './link-table.ts';

/** What a lower provision does with the superior law. */
export type SuperiorRelation = 'restates' | 'refines' | 'adds';

/** The Chinese name of each relation, as the site prints it. */
export const RELATION_NAMES: Readonly<Record<SuperiorRelation, string>> = { restates: '重申上位法', refines: '细化、调整上位法', adds: '上位法无对应' };

/**
 * The relation of a paragraph given the level of its best counterpart in the superior law.
 * @example relationOf('similar') // → 'refines'
 */
export function relationOf(level: MatchLevel | null): SuperiorRelation {
  if (level === 'same') return 'restates';
  return level ? 'refines' : 'adds';
}

/** A paragraph of the lower regulation and what it does with the superior one. */
export interface SuperiorParagraph {
  id: string;
  label: string;
  relation: SuperiorRelation;
  /** Its best counterpart in the superior regulation, or null. */
  counterpart: ParagraphMatch | null;
}

/** An article of the lower regulation: restates when all its paragraphs restate, adds when none has a counterpart, else refines. */
export interface SuperiorArticle {
  article: string;
  label: string;
  relation: SuperiorRelation;
  /** Best counterpart article in the superior regulation, then others. */
  counterparts: ArticleCounterpart[];
  paragraphs: SuperiorParagraph[];
}

/** A provision of the superior regulation that the lower one does not take up. */
export interface NotTakenUp {
  article: string;
  label: string;
  /** Labels of its paragraphs without a counterpart in the lower regulation. */
  paragraphs: string[];
  /** Ids of those paragraphs. */
  paragraphIds: string[];
  /** True when no paragraph of the article has a counterpart. */
  whole: boolean;
}

/** The lower regulation against its superior one. */
export interface SuperiorView {
  lower: string;
  upper: string;
  articles: SuperiorArticle[];
  notTakenUp: NotTakenUp[];
  /** Paragraph counts by relation. */
  counts: Record<SuperiorRelation, number>;
}

/** Classify every provision of `lower` against `upper` (ids; upper defaults to lower's `superior`). */
export function superiorView(lower: string, upper: string | undefined, alignment: CorpusAlignment): SuperiorView {
  const table = readLinks(alignment);
  const rl = regulationIndex(table, lower);
  const upperId = upper ?? alignment.regulations[rl]!.superior;
  if (!upperId) throw new Error(`法规 ${lower} 没有上位法（meta.superior）`);
  const ru = regulationIndex(table, upperId);
  const counts: Record<SuperiorRelation, number> = { restates: 0, refines: 0, adds: 0 };
  const articles = articleRows(table, rl, ru).map((row) => {
    const paragraphs = row.paragraphs.map((p) => ({ id: p.id, label: p.label, relation: relationOf(p.match?.level ?? null), counterpart: p.match }));
    for (const p of paragraphs) counts[p.relation]++;
    const all = (r: SuperiorRelation) => paragraphs.every((p) => p.relation === r);
    const relation: SuperiorRelation = all('restates') ? 'restates' : all('adds') ? 'adds' : 'refines';
    return { article: row.article, label: row.label, relation, counterparts: row.counterpart ? [row.counterpart, ...row.also] : [], paragraphs };
  });
  const notTakenUp = articleBlocks(table, ru).flatMap((block) => {
    const missing = block.units.filter((u) => !bestIn(table, u, rl));
    if (!missing.length) return [];
    return [{ article: block.id, label: block.label, paragraphs: missing.map((u) => table.units[u]!.label), paragraphIds: missing.map((u) => table.units[u]!.id), whole: missing.length === block.units.length }];
  });
  return { lower, upper: upperId, articles, notTakenUp, counts };
}

// superiorView: a lower regulation against its superior one (上位法, meta.superior; changji → xinjiang).
// Each paragraph of the lower one restates (基本相同), refines (高度相似 or 相关: same subject, changed
// wording, see the diff) or adds (无对应) to the superior; and the superior's provisions it does not take up.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { articleBlocks, type ArticleCounterpart } from './articles.ts';
import { articleRows, type ParagraphMatch } from './compare-pair.ts';
import { isCounterpart, RELATED_THRESHOLD, type MatchLevel } from './levels.ts';
import { normalizeForCompare, type NameContext } from './normalize.ts';
import { bestIn, readLinks, regulationIndex } from './link-table.ts';

/** What a lower provision does with the superior law; `own-dates`: it sets the regulation's own date in force (or repeals), which is not compared. */
export type SuperiorRelation = 'restates' | 'refines' | 'adds' | 'own-dates';

/** The Chinese name of each relation, as the site prints it. */
export const RELATION_NAMES: Readonly<Record<SuperiorRelation, string>> = { restates: '重申上位法', refines: '细化、调整上位法', adds: '上位法无对应', 'own-dates': '施行日期（各自规定）' };

/**
 * The relation of a paragraph given the level of its best counterpart in the superior law, and whether its
 * whole text stands word for word inside that counterpart (changji 第十一条第二款 is the second sentence of
 * xinjiang 第二十六条第三款: it restates that sentence, though the paragraphs score only 高度相似).
 * @example relationOf('similar') // → 'refines'
 */
export function relationOf(level: MatchLevel | null, contained = false): SuperiorRelation {
  // a 可能相关 hint is not evidence that the lower law took the provision up
  if (!isCounterpart(level)) return 'adds';
  return level === 'same' || contained ? 'restates' : 'refines';
}

/** Shortest normalised paragraph (characters) that counts as restating by containment: shorter ones (本条例自…起施行) match by chance. */
export const MIN_CONTAINED = 20;

/**
 * Whether a lower paragraph's text stands word for word inside a superior one, after the comparison's
 * normalisation (width, punctuation, each regulation's own jurisdiction words).
 * @example containedIn('监护人应当对在家居住的患者做好看护管理，防止对他人造成伤害。', '应当予以救助救治。监护人应当对在家居住的患者做好看护管理，防止对他人造成伤害。') // → true
 */
export function containedIn(lowerText: string, upperText: string, lowerNames: NameContext = {}, upperNames: NameContext = {}): boolean {
  const a = normalizeForCompare(lowerText, lowerNames).text.replace(/。$/, '');
  return a.length >= MIN_CONTAINED && normalizeForCompare(upperText, upperNames).text.includes(a);
}

/** Texts for the containment check: a paragraph's full text by id, in the lower and the superior regulation. */
export interface SuperiorTexts {
  lower: { text: (id: string) => string | undefined; names: NameContext };
  upper: { text: (id: string) => string | undefined; names: NameContext };
  /** Lower paragraphs that set its date in force or repeal older texts (the parser's facts): every regulation has its own, not a refinement of the superior's. */
  ownDates?: ReadonlySet<string>;
}

/** A paragraph of the lower regulation and what it does with the superior one. */
export interface SuperiorParagraph {
  id: string;
  label: string;
  relation: SuperiorRelation;
  /** Its best counterpart in the superior regulation, or null. */
  counterpart: ParagraphMatch | null;
}

/** An article of the lower regulation: restates when all its compared paragraphs restate, adds when none has a counterpart, else refines; own-dates when it only sets dates. */
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

/** Classify every provision of `lower` against `upper` (ids; upper defaults to lower's `superior`); with `texts`, a paragraph contained word for word in its counterpart restates it. */
export function superiorView(lower: string, upper: string | undefined, alignment: CorpusAlignment, texts?: SuperiorTexts): SuperiorView {
  const table = readLinks(alignment);
  const rl = regulationIndex(table, lower);
  const upperId = upper ?? alignment.regulations[rl]!.superior;
  if (!upperId) throw new Error(`法规 ${lower} 没有上位法（meta.superior）`);
  const ru = regulationIndex(table, upperId);
  const counts: Record<SuperiorRelation, number> = { restates: 0, refines: 0, adds: 0, 'own-dates': 0 };
  const articles = articleRows(table, rl, ru).map((row) => {
    const contained = (id: string, match: ParagraphMatch | null) => {
      const a = match && texts?.lower.text(id);
      const b = match && texts?.upper.text(match.id);
      return Boolean(a && b && containedIn(a, b, texts!.lower.names, texts!.upper.names));
    };
    const paragraphs = row.paragraphs.map((p) => ({
      id: p.id,
      label: p.label,
      relation: texts?.ownDates?.has(p.id) ? ('own-dates' as const) : relationOf(p.match?.level ?? null, contained(p.id, p.match)),
      counterpart: p.match,
    }));
    for (const p of paragraphs) counts[p.relation]++;
    // an article's relation is that of its compared paragraphs (a date-in-force paragraph does not count)
    const compared = paragraphs.filter((p) => p.relation !== 'own-dates');
    const all = (r: SuperiorRelation) => compared.every((p) => p.relation === r);
    const relation: SuperiorRelation = compared.length === 0 ? 'own-dates' : all('restates') ? 'restates' : all('adds') ? 'adds' : 'refines';
    return { article: row.article, label: row.label, relation, counterparts: row.counterpart ? [row.counterpart, ...row.also] : [], paragraphs };
  });
  const notTakenUp = articleBlocks(table, ru).flatMap((block) => {
    const missing = block.units.filter((u) => (bestIn(table, u, rl)?.score ?? 0) < RELATED_THRESHOLD);
    if (!missing.length) return [];
    return [{ article: block.id, label: block.label, paragraphs: missing.map((u) => table.units[u]!.label), paragraphIds: missing.map((u) => table.units[u]!.id), whole: missing.length === block.units.length }];
  });
  return { lower, upper: upperId, articles, notTakenUp, counts };
}

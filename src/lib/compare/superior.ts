// superiorView: a lower regulation against its superior one (上位法, meta.superior; changji → xinjiang).
// Each paragraph of the lower one restates (基本相同), refines (a counterpart whose wording it mostly keeps),
// rewrites (a counterpart on the same subject, but mostly its own wording) or adds (no counterpart-level link) to
// the superior; and the superior's provisions it does not take up. The label follows the evidence the reader sees:
// the share of the lower text left unmarked by the reader's diff (see keptShare and METHOD.md).
import { diffForReader } from './diff-reader.ts';
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { articleBlocks, type ArticleCounterpart } from './articles.ts';
import { articleRows, type ParagraphMatch } from './compare-pair.ts';
import { isCounterpart, RELATED_THRESHOLD, type MatchLevel } from './levels.ts';
import { normalizeForCompare, type NameContext } from './normalize.ts';
import { bestIn, readLinks, regulationIndex } from './link-table.ts';

/** What a lower provision does with the superior law; `own-dates`: it sets the regulation's own date in force (or repeals), which is not compared. */
export type SuperiorRelation = 'restates' | 'refines' | 'rewrites' | 'adds' | 'own-dates';

/** The Chinese name of each relation, as the site prints it. */
export const RELATION_NAMES: Readonly<Record<SuperiorRelation, string>> = {
  restates: '重申上位法',
  refines: '细化、调整上位法',
  rewrites: '大幅改写',
  adds: '新增',
  'own-dates': '施行日期（各自规定）',
};

/** Share of its text (‰) a lower provision must keep from its counterpart to be called 细化、调整 rather than 大幅改写. */
export const REFINES_KEPT = 500;
/**
 * The share (‰) of a lower paragraph's characters that the reader's diff leaves unmarked against its counterpart
 * (the same wording, after the comparison's normalisation of width, punctuation and jurisdiction words).
 * @example keptShare('县级以上人民政府应当加强领导', '县级以上人民政府应当加强领导') // → 1000
 */
export function keptShare(lowerText: string, upperText: string, lowerNames: NameContext = {}, upperNames: NameContext = {}): number {
  let kept = 0;
  let all = 0;
  for (const s of diffForReader(lowerText, upperText, lowerNames, upperNames)) {
    if (s.op === 'insert') continue;
    all += s.text.length;
    if (s.op === 'equal') kept += s.text.length;
  }
  return all === 0 ? 0 : Math.round((kept * 1000) / all);
}

/**
 * The relation that the kept share (‰) supports for a provision with a counterpart that is not a restatement.
 * @example relationOfKept(620) // → 'refines'
 */
export function relationOfKept(kept: number): SuperiorRelation {
  return kept >= REFINES_KEPT ? 'refines' : 'rewrites';
}

/**
 * The relation of a paragraph given the level of its best counterpart in the superior law, and whether its
 * whole text stands word for word inside that counterpart (changji 第十一条第二款 is the second sentence of
 * xinjiang 第二十六条第三款: it restates that sentence, though the paragraphs score only 高度相似).
 * @example relationOf('similar') // → 'refines'
 */
export function relationOf(level: MatchLevel | null, contained = false, kept?: number): SuperiorRelation {
  // a 可能相关 hint is not evidence that the lower law took the provision up
  if (!isCounterpart(level)) return 'adds';
  if (level === 'same' || contained) return 'restates';
  // a counterpart link says "same subject"; how much of the wording is kept says whether it refines or rewrites
  return kept === undefined ? 'refines' : relationOfKept(kept);
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
  /** Share (‰) of its text unmarked by the reader's diff against a counterpart-level link; 0 without one, null without the texts. */
  kept: number | null;
  /** Its length in characters (weights the article's kept share); null without the texts. */
  chars: number | null;
}

/** An article of the lower regulation: restates when all its compared paragraphs restate, adds when all add; otherwise its kept share over all compared paragraphs (weighted by length) decides, as for a paragraph; own-dates when it only sets dates. */
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
  const counts: Record<SuperiorRelation, number> = { restates: 0, refines: 0, rewrites: 0, adds: 0, 'own-dates': 0 };
  const articles = articleRows(table, rl, ru).map((row) => {
    const contained = (id: string, match: ParagraphMatch | null) => {
      const a = match && texts?.lower.text(id);
      const b = match && texts?.upper.text(match.id);
      return Boolean(a && b && containedIn(a, b, texts!.lower.names, texts!.upper.names));
    };
    const paragraphs = row.paragraphs.map((p): SuperiorParagraph => {
      const evidence = texts ? keptOf(texts, p.id, p.match) : null;
      const relation = texts?.ownDates?.has(p.id) ? 'own-dates' : relationOf(p.match?.level ?? null, contained(p.id, p.match), evidence?.kept);
      return { id: p.id, label: p.label, relation, counterpart: p.match, kept: evidence?.kept ?? null, chars: evidence?.chars ?? null };
    });
    for (const p of paragraphs) counts[p.relation]++;
    const relation = articleRelation(paragraphs);
    return { article: row.article, label: row.label, relation, counterparts: row.counterpart ? [row.counterpart, ...row.also] : [], paragraphs };
  });
  const notTakenUp = articleBlocks(table, ru).flatMap((block) => {
    const missing = block.units.filter((u) => (bestIn(table, u, rl)?.score ?? 0) < RELATED_THRESHOLD);
    if (!missing.length) return [];
    return [
      {
        article: block.id,
        label: block.label,
        paragraphs: missing.map((u) => table.units[u]!.label),
        paragraphIds: missing.map((u) => table.units[u]!.id),
        whole: missing.length === block.units.length,
      },
    ];
  });
  return { lower, upper: upperId, articles, notTakenUp, counts };
}

/** The kept share (‰) and length of a lower paragraph against its counterpart-level link (kept 0 without one). */
function keptOf(texts: SuperiorTexts, id: string, match: ParagraphMatch | null): { kept: number; chars: number } {
  const a = texts.lower.text(id) ?? '';
  const b = match && isCounterpart(match.level) ? texts.upper.text(match.id) : undefined;
  return { kept: b ? keptShare(a, b, texts.lower.names, texts.upper.names) : 0, chars: a.length };
}

/** An article's relation from its paragraphs' (a date-in-force paragraph does not count); with the texts, weighted by kept wording. */
function articleRelation(paragraphs: SuperiorParagraph[]): SuperiorRelation {
  const compared = paragraphs.filter((p) => p.relation !== 'own-dates');
  const all = (r: SuperiorRelation) => compared.every((p) => p.relation === r);
  if (compared.length === 0) return 'own-dates';
  if (all('restates')) return 'restates';
  if (all('adds')) return 'adds';
  if (compared.some((p) => p.kept === null)) return 'refines';
  // a restated paragraph counts as wholly kept (it may stand word for word inside a longer counterpart)
  const chars = compared.reduce((n, p) => n + p.chars!, 0);
  const kept = compared.reduce((n, p) => n + (p.relation === 'restates' ? 1000 : p.kept!) * p.chars!, 0);
  // paragraphs that add (no counterpart) keep nothing: an article mostly new is 大幅改写, not 细化、调整
  return relationOfKept(chars === 0 ? 0 : Math.round(kept / chars));
}

// The unit of alignment is the paragraph (款) with its items (项) and sub-items (目): an article often
// covers several subjects, one per paragraph (xinjiang 第二十六条: former prisoners, psychological
// services, patients with mental disorders), and a paragraph is the smallest piece that reads on its own.
import { articleLabel, paragraphName } from '../cite/citation.ts';
import type { RegulationMeta } from '../schemas/metadata.ts';
import type { Article, Paragraph } from '../schemas/provision.ts';

/** What the alignment reads from a regulation: a `Regulation` (meta + parsed + stats) fits. */
export interface AlignableRegulation {
  meta: Pick<RegulationMeta, 'id' | 'shortName' | 'jurisdiction'> & { superior?: string | undefined };
  parsed: { articles: Article[] };
}

/** One paragraph as a unit of alignment. */
export interface ProvisionUnit {
  /** Paragraph id, e.g. `art_26__para_3`. */
  id: string;
  /** Id of its article, e.g. `art_26`. */
  article: string;
  /** Citation label: `第二十六条第三款`, or `第二十六条` when the article has one paragraph. */
  label: string;
  /** The paragraph as read: its text, then each item and sub-item with its label. */
  text: string;
}

/** The full text of a paragraph: lead-in, items and sub-items with their labels. */
export function paragraphText(p: Paragraph): string {
  let text = p.text;
  for (const item of p.items) {
    text += item.label + item.text;
    for (const sub of item.subItems) text += sub.label + sub.text;
  }
  return text;
}

/**
 * The citation label of a paragraph in Chinese numerals (a text that wrote 第24条 is still cited 第二十四条, on
 * the comparison pages and in the Word 立法对照表 alike).
 */
function paragraphLabel(article: Article, number: number): string {
  return paragraphName({ label: articleLabel(article), paragraphs: article.paragraphs }, number);
}

/** The units of a regulation in document order. */
export function toUnits(regulation: AlignableRegulation): ProvisionUnit[] {
  return regulation.parsed.articles.flatMap((article) =>
    article.paragraphs.map((p) => ({ id: p.id, article: article.id, label: paragraphLabel(article, p.number), text: paragraphText(p) })),
  );
}

/** The articles of a regulation as units in document order (the text of all their paragraphs): the article index's units. */
export function toArticleUnits(regulation: AlignableRegulation): ProvisionUnit[] {
  return regulation.parsed.articles.map((article) => ({ id: article.id, article: article.id, label: articleLabel(article), text: article.paragraphs.map(paragraphText).join('') }));
}

// A regulation's whole text as a document to download (`/regulations/<id>/fulltext.json`): title, adoption
// note, chapter and section headings, articles as quotable lines. Pure: the Word file is written from it in the
// browser (fulltext-docx.ts), so the page itself carries nothing extra.
import type { Regulation } from '../schemas/corpus.ts';
import { divisionHeading, readingOrder } from '../corpus/structure.ts';
import { toQuotableArticle } from '../handout/handout-data.ts';
import type { QuotableArticle } from '../handout/provision-lines.ts';

/** One article with the headings that open before it. */
export interface FulltextBlock {
  /** Chapter / section headings opening here, as printed (`第一章　总则`), outermost first. */
  headings: Array<{ kind: 'part' | 'chapter' | 'section' | 'heading'; text: string }>;
  article: QuotableArticle;
}

/** `/regulations/<id>/fulltext.json`. */
export interface FulltextDoc {
  id: string;
  title: string;
  /** The adoption / history notes exactly as written under the title. */
  history: string[];
  blocks: FulltextBlock[];
}

/** Build the downloadable document of a whole regulation. */
export function toFulltextDoc(reg: Regulation): FulltextDoc {
  const blocks = readingOrder(reg.parsed).map(({ headings, article }) => ({
    headings: headings.map((d) => ({ kind: d.kind, text: divisionHeading(d) })),
    article: toQuotableArticle(article),
  }));
  return { id: reg.meta.id, title: reg.meta.title, history: reg.parsed.history.map((h) => h.raw), blocks };
}

/**
 * The same document holding one article only, under the headings it sits in; null when there is no such article.
 * @example selectArticle(suzhou, 'art_24')?.blocks[0]?.headings // → [{ kind: 'chapter', text: '第三章　…' }]
 */
export function selectArticle(doc: FulltextDoc, articleId: string): FulltextDoc | null {
  let headings: FulltextBlock['headings'] = [];
  for (const block of doc.blocks) {
    // the headings in force at an article: a chapter (or unnumbered heading) closes the sections before it, a part closes everything
    for (const h of block.headings) headings = [...headings.filter((o) => rank(o.kind) < rank(h.kind)), h];
    if (block.article.id === articleId) return { ...doc, blocks: [{ headings, article: block.article }] };
  }
  return null;
}

const rank = (kind: FulltextBlock['headings'][number]['kind']) => ({ part: 0, chapter: 1, heading: 1, section: 2 })[kind];

/**
 * The document's name (and so its file name): the title, followed by the article when it holds one only.
 * @example fulltextTitle(selectArticle(suzhou, 'art_24')!, true) // → '苏州市平安建设条例第二十四条'
 */
export function fulltextTitle(doc: FulltextDoc, single: boolean): string {
  return single ? `${doc.title}${doc.blocks[0]!.article.label}` : doc.title;
}

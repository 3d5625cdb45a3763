// Citation wording, as Chinese legal writing cites a provision: 《苏州市平安建设条例》第二十四条第二款第（三）项.
// Every page, message and export that names a provision builds the words from these pieces.
import type { Article, Item, Paragraph, SubItem } from '../schemas/provision.ts';
import { intToCn } from '../parse/numerals.ts';
import { parseNodeId } from './node-id.ts';

/** A provision that can be cited: an article, or a paragraph / item / sub-item inside it. */
export interface CiteTarget {
  article: Article;
  paragraph?: Paragraph;
  item?: Item;
  subItem?: SubItem;
}

/**
 * A number as the regulations write it: Chinese numerals, or digits outside 1..9999 (only a malformed label
 * or a mistyped reference gets there, and a message must still be able to name it).
 * @example numeral(24) // → '二十四'
 */
export function numeral(n: number): string {
  return Number.isInteger(n) && n > 0 && n < 10000 ? intToCn(n) : String(n);
}

/**
 * An article by number and `之一` suffix in standard form.
 * @example articleCite(10, 1) // → '第十条之一'
 */
export function articleCite(number: number, suffix = 0): string {
  return `第${numeral(number)}条${suffix ? `之${numeral(suffix)}` : ''}`;
}

/** A paragraph's part of a citation: `第二款`. */
export function paragraphCite(number: number): string {
  return `第${numeral(number)}款`;
}

/** An item's part of a citation, `第（三）项`: items are cited with the full-width parentheses of their labels. */
export function itemCite(number: number): string {
  return `第（${numeral(number)}）项`;
}

/** A sub-item's part of a citation, `第2目`: sub-items are numbered in digits in the texts, and cited so. */
export function subItemCite(number: number): string {
  return `第${number}目`;
}

/**
 * A paragraph named after its article's label: 款 only when the article has more than one paragraph (a single
 * paragraph is the article itself). The label is taken as given, so a parser message keeps `第24条` as the
 * text wrote it, and a caller may pass a label in standard form or with the title.
 * @example paragraphName({ label: '第二十六条', paragraphs: [p1, p2, p3] }, 3) // → '第二十六条第三款'
 * @example paragraphName({ label: '第九条', paragraphs: [p1] }, 1) // → '第九条'
 */
export function paragraphName(article: { label: string; paragraphs: readonly unknown[] }, number: number): string {
  return article.paragraphs.length > 1 ? `${article.label}${paragraphCite(number)}` : article.label;
}

/**
 * The article part of a paragraph's name, the inverse of {@link paragraphName}.
 * @example articleNameOf('第二十六条第三款') // → '第二十六条'
 */
export function articleNameOf(paragraphName: string): string {
  return paragraphName.replace(/第[零〇一二三四五六七八九十百千]+款$/, '');
}

/**
 * The citation of a provision inside its article, the way Chinese legal writing cites it: 款 is named only
 * when the article has more than one paragraph; items keep their parentheses.
 * @example citeWithinArticle({ article, paragraph }) // → '第二十四条第二款'
 * @example citeWithinArticle({ article, paragraph, item }) // → '第九条第（三）项'
 */
export function citeWithinArticle(t: CiteTarget): string {
  let out = articleLabel(t.article);
  if (t.paragraph && t.article.paragraphs.length > 1) out += paragraphCite(t.paragraph.number);
  if (t.item) out += `第${t.item.label.replace(/^\(/, '（').replace(/\)$/, '）')}项`;
  if (t.subItem) out += subItemCite(t.subItem.number);
  return out;
}

/**
 * The part of a citation below the article, read from a node id alone (the search index has ids, not the
 * parsed article): the same wording as {@link citeWithinArticle}.
 * @example citeNodeSuffix('art_24__para_2', 3) // → '第二款'
 * @example citeNodeSuffix('art_9__para_1__item_3', 1) // → '第（三）项'
 */
export function citeNodeSuffix(nodeId: string, paragraphCount: number): string {
  const n = parseNodeId(nodeId);
  if (n?.paragraph === undefined) return '';
  let out = paragraphCount > 1 ? paragraphCite(n.paragraph) : '';
  if (n.item !== undefined) out += itemCite(n.item);
  if (n.subItem !== undefined) out += subItemCite(n.subItem);
  return out;
}

/** The article's label in standard form (`第二十四条`, `第十条之一`), even when the text wrote `第24条`. */
export function articleLabel(article: Article): string {
  if (article.number <= 0 || article.number > 9999) return article.label;
  return articleCite(article.number, article.suffix);
}

/**
 * The full citation with the regulation's title.
 * @example formatCitation('苏州市平安建设条例', { article, paragraph }) // → '《苏州市平安建设条例》第二十四条第二款'
 */
export function formatCitation(title: string, t: CiteTarget): string {
  return `《${title}》${citeWithinArticle(t)}`;
}

/** Every citable node of an article with its id and citation, in reading order. */
export function citableNodes(title: string, article: Article): Array<{ id: string; kind: string; citation: string }> {
  const out = [{ id: article.id, kind: 'article', citation: formatCitation(title, { article }) }];
  for (const paragraph of article.paragraphs) {
    // a single paragraph is the article itself
    if (article.paragraphs.length > 1) out.push({ id: paragraph.id, kind: 'paragraph', citation: formatCitation(title, { article, paragraph }) });
    for (const item of paragraph.items) {
      out.push({ id: item.id, kind: 'item', citation: formatCitation(title, { article, paragraph, item }) });
      for (const subItem of item.subItems) out.push({ id: subItem.id, kind: 'subitem', citation: formatCitation(title, { article, paragraph, item, subItem }) });
    }
  }
  return out;
}

/**
 * What 复制 puts on the clipboard: the citation, a full-width colon, then the provision's words.
 * @example formatQuotation('《苏州市平安建设条例》第二十四条第二款', '卫生健康部门应当…') // → '《苏州市平安建设条例》第二十四条第二款：卫生健康部门应当…'
 */
export function formatQuotation(citation: string, text: string): string {
  return `${citation}：${text}`;
}

import type { Article, Item, Paragraph, SubItem } from '../schemas/provision.ts';
import { intToCn } from '../parse/numerals.ts';

/** A provision that can be cited: an article, or a paragraph / item / sub-item inside it. */
export interface CiteTarget {
  article: Article;
  paragraph?: Paragraph;
  item?: Item;
  subItem?: SubItem;
}

/**
 * The citation of a provision inside its article, the way Chinese legal writing cites it: 款 is named only
 * when the article has more than one paragraph; items keep their parentheses.
 * @example citeWithinArticle({ article, paragraph }) // → '第二十四条第二款'
 * @example citeWithinArticle({ article, paragraph, item }) // → '第九条第（三）项'
 */
export function citeWithinArticle(t: CiteTarget): string {
  let out = articleLabel(t.article);
  if (t.paragraph && t.article.paragraphs.length > 1) out += `第${intToCn(t.paragraph.number)}款`;
  if (t.item) out += `第${t.item.label.replace(/^\(/, '（').replace(/\)$/, '）')}项`;
  if (t.subItem) out += `第${t.subItem.number}目`;
  return out;
}

/** The article's label in standard form (`第二十四条`, `第十条之一`), even when the text wrote `第24条`. */
export function articleLabel(article: Article): string {
  if (article.number <= 0 || article.number > 9999) return article.label;
  return `第${intToCn(article.number)}条${article.suffix ? `之${intToCn(article.suffix)}` : ''}`;
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

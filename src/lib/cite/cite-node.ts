import type { Article } from '../schemas/provision.ts';
import type { CiteTarget } from './citation.ts';
import { articleIdOf } from './node-id.ts';

/**
 * The article, paragraph, item and sub-item a node id names, ready for `citeWithinArticle`; undefined when
 * the regulation has no such node.
 * @example findCiteTarget(xinjiang.articles, 'art_52__para_1')?.paragraph?.number // → 1
 */
export function findCiteTarget(articles: readonly Article[], nodeId: string): CiteTarget | undefined {
  const article = articles.find((a) => a.id === articleIdOf(nodeId));
  if (!article) return undefined;
  if (nodeId === article.id) return { article };
  for (const paragraph of article.paragraphs) {
    if (paragraph.id === nodeId) return { article, paragraph };
    for (const item of paragraph.items) {
      if (item.id === nodeId) return { article, paragraph, item };
      const subItem = item.subItems.find((s) => s.id === nodeId);
      if (subItem) return { article, paragraph, item, subItem };
    }
  }
  return undefined;
}

// Permalinks: the one place that spells the site's URLs for regulations and their provisions.
import { articleIdOf } from './node-id.ts';

/**
 * URL of a regulation's page, with an optional anchor on it (a chapter, or an article in the whole text).
 * @example regulationPath('suzhou', 'chp_3') // → '/regulations/suzhou/#chp_3'
 */
export function regulationPath(regId: string, anchor?: string): string {
  return `/regulations/${regId}/${anchor ? `#${anchor}` : ''}`;
}

/** URL of an article page, with an optional anchor for a paragraph / item inside it. */
export function articlePath(regId: string, articleSlug: string, nodeId?: string): string {
  return `/regulations/${regId}/${articleSlug}/${nodeId && !/^art_[^_]+(?:_\d+)?$/.test(nodeId) ? `#${nodeId}` : ''}`;
}

/**
 * URL of any node: the article page, anchored at the paragraph / item when the node is one.
 * @example nodePath('suzhou', 'art_24__para_2') // → '/regulations/suzhou/24/#art_24__para_2'
 */
export function nodePath(regId: string, nodeId: string): string {
  return articlePath(regId, slugOfArticleId(articleIdOf(nodeId)), nodeId);
}

/** URL slug of an article id: `art_24` → `24`, `art_10_1` → `10-1`. */
export function slugOfArticleId(articleId: string): string {
  return articleId.replace(/^art_/, '').replace(/_/g, '-');
}

/** Article id of a URL slug: `24` → `art_24`, `10-1` → `art_10_1`. */
export function articleIdOfSlug(slug: string): string {
  return `art_${slug.replace(/-/g, '_')}`;
}

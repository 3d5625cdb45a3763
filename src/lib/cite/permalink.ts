/** URL of a regulation's page. */
export function regulationPath(regId: string): string {
  return `/regulations/${regId}/`;
}

/** URL of an article page, with an optional anchor for a paragraph / item inside it. */
export function articlePath(regId: string, articleSlug: string, nodeId?: string): string {
  return `/regulations/${regId}/${articleSlug}/${nodeId && !/^art_[^_]+(?:_\d+)?$/.test(nodeId) ? `#${nodeId}` : ''}`;
}

/** The article id a node id belongs to: `art_24__para_2__item_3` → `art_24`. */
export function articleIdOf(nodeId: string): string {
  return nodeId.split('__')[0]!;
}

/** URL slug of an article id: `art_24` → `24`, `art_10_1` → `10-1`. */
export function slugOfArticleId(articleId: string): string {
  return articleId.replace(/^art_/, '').replace(/_/g, '-');
}

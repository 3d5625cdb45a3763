// Article and paragraph numbers read back from node ids, for matching labels (which name articles and 款 by
// number) against the alignment (which names units by id).

/**
 * The article number of a node id.
 * @example articleNumberOf('art_26__para_3') // → 26
 */
export function articleNumberOf(id: string): number {
  return Number(/^art_(\d+)/.exec(id)?.[1] ?? NaN);
}

/**
 * The paragraph number of a paragraph id (1 for an article id: a one-paragraph article).
 * @example paragraphNumberOf('art_26__para_3') // → 3
 */
export function paragraphNumberOf(id: string): number {
  return Number(/__para_(\d+)$/.exec(id)?.[1] ?? 1);
}

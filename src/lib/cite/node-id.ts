// Stable node ids in the Akoma Ntoso style (`art_24__para_2__item_3`): how the parser builds them and how
// every other module reads them back. Ids count paragraphs, items and sub-items by position, which is their
// number in a text that passes the numbering checks.

/** The numbers a node id names; `paragraph`, `item` and `subItem` only as deep as the id goes. */
export interface NodeNumbers {
  /** The article's id, e.g. `art_10_1`. */
  articleId: string;
  /** Article number: 10 for `art_10_1`. */
  article: number;
  /** The `之一` suffix: 1 for `art_10_1`, 0 for none. */
  suffix: number;
  /** 款 number (its position in the article). */
  paragraph?: number;
  /** 项 number (its position in the paragraph). */
  item?: number;
  /** 目 number (its position in the item). */
  subItem?: number;
}

// `__dup2` marks a second article with the same number (an error the parser reports but does not drop)
const NODE_ID = /^(art_(\d+)(?:_(\d+))?(?:__dup\d+)?)(?:__para_(\d+)(?:__item_(\d+)(?:__subitem_(\d+))?)?)?$/;

/**
 * Read the numbers back from a node id; null for anything that is not an article or a node inside one.
 * @example parseNodeId('art_24__para_2__item_3') // → { articleId: 'art_24', article: 24, suffix: 0, paragraph: 2, item: 3 }
 */
export function parseNodeId(nodeId: string): NodeNumbers | null {
  const m = NODE_ID.exec(nodeId);
  if (!m) return null;
  const out: NodeNumbers = { articleId: m[1]!, article: Number(m[2]), suffix: m[3] ? Number(m[3]) : 0 };
  if (m[4]) out.paragraph = Number(m[4]);
  if (m[5]) out.item = Number(m[5]);
  if (m[6]) out.subItem = Number(m[6]);
  return out;
}

/**
 * The id of an article, or of a paragraph / item / sub-item inside it (an item without a paragraph sits in
 * the first, as in an article of one paragraph).
 * @example nodeIdOf('art_24', 2, 3) // → 'art_24__para_2__item_3'
 */
export function nodeIdOf(articleId: string, paragraph?: number | null, item?: number | null, subItem?: number | null): string {
  if (item == null) return paragraph == null ? articleId : paragraphIdIn(articleId, paragraph);
  const id = itemIdIn(paragraphIdIn(articleId, paragraph ?? 1), item);
  return subItem == null ? id : subItemIdIn(id, subItem);
}

/** The id of the n-th paragraph of an article: `art_24`, 2 → `art_24__para_2`. */
export function paragraphIdIn(articleId: string, n: number): string {
  return `${articleId}__para_${n}`;
}

/** The id of the n-th item of a paragraph: `art_24__para_2`, 3 → `art_24__para_2__item_3`. */
export function itemIdIn(paragraphId: string, n: number): string {
  return `${paragraphId}__item_${n}`;
}

/** The id of the n-th sub-item of an item: `…__item_1`, 2 → `…__item_1__subitem_2`. */
export function subItemIdIn(itemId: string, n: number): string {
  return `${itemId}__subitem_${n}`;
}

/**
 * The id of an article by number and `之一` suffix.
 * @example articleIdOfNumber(10, 1) // → 'art_10_1'
 */
export function articleIdOfNumber(number: number, suffix: number): string {
  return suffix ? `art_${number}_${suffix}` : `art_${number}`;
}

/** The article id a node id belongs to: `art_24__para_2__item_3` → `art_24`. */
export function articleIdOf(nodeId: string): string {
  return nodeId.split('__')[0]!;
}

/** The paragraph id a node id lies in: `art_9__para_1__item_5` → `art_9__para_1`. */
export function paragraphIdOf(nodeId: string): string {
  return nodeId.split('__').slice(0, 2).join('__');
}

/**
 * The article number of a node id, or of an id built under one (a clause `…__cl_2`); NaN for any other id.
 * @example articleNumberOf('art_26__para_3') // → 26
 */
export function articleNumberOf(id: string): number {
  return Number(/^art_(\d+)/.exec(id)?.[1] ?? NaN);
}

/**
 * The paragraph number of a paragraph id, 1 for an article id (a one-paragraph article).
 * @example paragraphNumberOf('art_26__para_3') // → 3
 */
export function paragraphNumberOf(id: string): number {
  return parseNodeId(id)?.paragraph ?? 1;
}

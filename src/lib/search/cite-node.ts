// The citation of the paragraph or item a search match sits in, from its stable id — the same wording as
// src/lib/cite/citation.ts: 款 only when the article has more than one paragraph, items in （）.
import { intToCn } from '../parse/numerals.ts';

/**
 * The part of a citation below the article for a node id.
 * @example citeNodeSuffix('art_24__para_2', 3) // → '第二款'
 * @example citeNodeSuffix('art_9__para_1__item_3', 1) // → '第（三）项'
 */
export function citeNodeSuffix(nodeId: string, paragraphCount: number): string {
  const m = /__para_(\d+)(?:__item_(\d+)(?:__subitem_(\d+))?)?$/.exec(nodeId);
  if (!m) return '';
  let out = paragraphCount > 1 ? `第${intToCn(Number(m[1]))}款` : '';
  if (m[2]) out += `第（${intToCn(Number(m[2]))}）项`;
  if (m[3]) out += `第${m[3]}目`;
  return out;
}

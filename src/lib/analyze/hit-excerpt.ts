/** A matched run of words with some of the text around it. */
export interface HitExcerpt {
  /** Text before the match (with a leading … when cut). */
  before: string;
  /** The matched words. */
  match: string;
  /** Text after the match (with a trailing … when cut). */
  after: string;
}

/**
 * Cut the words at `start` (of `length` characters) out of `text` with up to `radius` characters either side,
 * so a page can mark the match without building HTML from the text.
 * @example excerptAround('受理申诉的机构应当在接到申诉的30日内复查完毕', 9, 10, 4) // → { before: '…机构应当', match: '在接到申诉的30日内', after: '复查完毕' }
 */
export function excerptAround(text: string, start: number, length: number, radius = 24): HitExcerpt {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, start + length + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, start + length),
    after: text.slice(start + length, to) + (to < text.length ? '…' : ''),
  };
}

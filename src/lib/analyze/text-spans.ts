/** A piece of a text: its offsets in the text and its characters. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const OPEN = '（(《“「【';
const CLOSE = '）)》”」】';

/**
 * Split `text` after each top-level delimiter character (not inside brackets or quotes); the delimiter stays
 * with the piece before it, empty pieces are dropped.
 * @example splitTopLevel('甲，乙（丙，丁）。', '，。').map((s) => s.text) // → ['甲，', '乙（丙，丁）。']
 */
export function splitTopLevel(text: string, delimiters: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && delimiters.includes(ch)) {
      pushSpan(spans, text, start, i + 1, offset);
      start = i + 1;
    }
  }
  pushSpan(spans, text, start, text.length, offset);
  return spans;
}

function pushSpan(spans: Span[], text: string, start: number, end: number, offset: number): void {
  // leading spaces (changji 第一条 starts with one) belong to no clause
  while (start < end && /\s/.test(text[start]!)) start++;
  if (start < end) spans.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
}

/** Text without trailing punctuation and spaces. @example trimPunct('公安机关，') // → '公安机关' */
export function trimPunct(text: string): string {
  return text.replace(/[\s，。；：、,.;:]+$/u, '').replace(/^[\s，。；：、]+/u, '');
}

/** True when `text` ends, after punctuation is trimmed, with 的 (a condition: `发现违禁物品的`). */
export function isConditionPhrase(text: string): boolean {
  return trimPunct(text).endsWith('的');
}

/** Where one inline item starts inside a paragraph's text. */
export interface InlineItemSpan {
  number: number;
  label: string;
  /** Index of the label in the paragraph text. */
  start: number;
  /** Index where the item's text starts (after the label). */
  textStart: number;
  /** Index where the item's text ends. */
  end: number;
}

const ITEM_LABEL = /[（(]([一二三四五六七八九十]+)[）)]/g;
const CN_SMALL = [
  '',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '二十一',
  '二十二',
  '二十三',
  '二十四',
  '二十五',
  '二十六',
  '二十七',
  '二十八',
  '二十九',
  '三十',
];

/**
 * Find items written inline in one paragraph (xinjiang 第九条: `…是：（一）…；（二）…。`).
 * A label counts only when it continues the sequence from （一） and follows `：` `；` or `。`, so that
 * references such as `第（三）项` inside a sentence are never mistaken for items.
 */
export function findInlineItems(text: string): InlineItemSpan[] {
  const spans: InlineItemSpan[] = [];
  ITEM_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM_LABEL.exec(text)) !== null) {
    const expected = spans.length + 1;
    if (m[1] !== CN_SMALL[expected]) continue;
    const before = text[m.index - 1];
    if (before === undefined || !/[：:；;。]/.test(before)) continue;
    spans.push({ number: expected, label: m[0], start: m.index, textStart: m.index + m[0].length, end: text.length });
  }
  for (let i = 0; i < spans.length - 1; i++) spans[i]!.end = spans[i + 1]!.start;
  return spans;
}

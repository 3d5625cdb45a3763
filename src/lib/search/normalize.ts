// Query normalisation: the forms people type (full-width digits, ideographic spaces, quotes, 《》) reduced
// to one canonical string. Punctuation inside the text (（区）, 、) is kept: the regulations contain it.

const QUOTES = /[“”"＂「」『』‘’'＇]/g;
const TITLE_MARKS = /[《》〈〉<>]/g;

/**
 * Normalise a typed query: full-width ASCII letters and digits to half-width, ideographic and repeated
 * spaces to one space, title marks and quotes removed, ASCII lower-cased.
 * @example normalizeQuery('　苏州　第２４条 ') // → '苏州 第24条'
 * @example normalizeQuery('《海东市平安建设条例》') // → '海东市平安建设条例'
 */
export function normalizeQuery(raw: string): string {
  return raw
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(QUOTES, ' ')
    .replace(TITLE_MARKS, ' ')
    .replace(/[\s\u3000\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether the whole query was quoted, asking for the exact phrase only.
 * @example isQuoted('“心理疏导”') // → true
 */
export function isQuoted(raw: string): boolean {
  return /^\s*[“"＂「『][^“”"＂「」『』]+[”"＂」』]\s*$/.test(raw);
}

/**
 * Text as compared against a query: whitespace and zero-width spaces removed, ASCII lower-cased, full-width
 * digits made half-width — so a phrase matches across Pagefind's word breaks and the source's line wraps.
 * @example compactText('第二章 风险防范') // → '第二章风险防范'
 */
export function compactText(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u200b]+/g, '')
    .toLowerCase();
}

/**
 * How many times `needle` occurs in `haystack` (non-overlapping).
 * @example countOccurrences('网格网格化', '网格') // → 2
 */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

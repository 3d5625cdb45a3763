/** Chinese numeral characters the parser accepts inside 第…条 and （…）. */
export const CN_DIGIT_CLASS = '零〇一二两三四五六七八九十百千';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Convert a Chinese numeral (or ASCII / full-width digits) to an integer; null when it is not one.
 * @example cnToInt('一百零一') // → 101
 * @example cnToInt('十') // → 10
 * @example cnToInt('24') // → 24
 */
export function cnToInt(text: string): number | null {
  if (text === '') return null;
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 二三: two digits in a row
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      const unit = UNITS[ch]!;
      if (unit >= lastUnit) return null; // 十百: units must fall
      total += (digit ?? 1) * unit; // 十 alone means 一十
      digit = null;
      lastUnit = unit;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Write a positive integer below 10000 as a Chinese numeral, the way regulations number articles.
 * @example intToCn(101) // → '一百零一'
 * @example intToCn(110) // → '一百一十'
 * @example intToCn(12) // → '十二'
 */
export function intToCn(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) throw new RangeError(`intToCn: ${n} is outside 1..9999`);
  const parts: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let pendingZero = false;
  for (const [unit, name] of parts) {
    const d = Math.floor(n / unit) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += CN[d] + name;
  }
  // 一十二 is written 十二 when it starts the number
  return out.startsWith('一十') ? out.slice(1) : out;
}

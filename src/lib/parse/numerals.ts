/** Chinese numeral characters the parser accepts inside 第…条 and （…）. */
export const CN_DIGIT_CLASS = '零〇一二两三四五六七八九十百千';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Convert a Chinese numeral (or ASCII / full-width digits) to an integer; null when it is not a well-formed
 * numeral. Ambiguous spellings are refused rather than guessed (`一百一` could mean 101 or 110).
 * @example cnToInt('一百零一') // → 101
 * @example cnToInt('一百一十') // → 110
 * @example cnToInt('十') // → 10
 * @example cnToInt('24') // → 24
 * @example cnToInt('一百一') // → null
 */
export function cnToInt(text: string): number | null {
  if (text === '') return null;
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (text === '零' || text === '〇') return 0;
  const chars = [...text];
  let total = 0;
  let digit: number | null = null; // a digit still waiting for its unit
  let lastUnit = Infinity;
  let zero = false; // a 零 stands since the last unit
  for (let i = 0; i < chars.length; i++) {
    const d = DIGITS[chars[i]!];
    const unit = UNITS[chars[i]!];
    if (d === 0) {
      if (i === 0 || digit !== null || zero) return null; // 零 only right after a unit, once
      zero = true;
    } else if (d !== undefined) {
      if (digit !== null) return null; // 二三: two digits in a row
      digit = d;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null; // 十百: units must fall
      if (digit === null && (i !== 0 || unit !== 10)) return null; // 一百十, 百: only a leading 十 may stand alone
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      zero = false;
    } else {
      return null;
    }
  }
  if (zero && digit === null) return null; // a trailing 零
  if (digit !== null && lastUnit !== Infinity && lastUnit !== 10 && !zero) return null; // 一百一: ambiguous
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
  const parts: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
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

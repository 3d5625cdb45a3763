import { describe, expect, it } from 'vitest';
import { cnToInt, intToCn } from '../../src/lib/parse/numerals.ts';

// Pairs written out by hand, the way regulations number articles, chapters and items.
const PAIRS: Array<[string, number]> = [
  ['一', 1],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十九', 19],
  ['二十', 20],
  ['二十四', 24],
  ['五十八', 58],
  ['九十九', 99],
  ['一百', 100],
  ['一百零一', 101],
  ['一百零九', 109],
  ['一百一十', 110],
  ['一百一十一', 111],
  ['一百四十四', 144],
  ['二百', 200],
  ['九百九十九', 999],
  ['一千', 1000],
  ['一千零一', 1001],
  ['一千零一十', 1010],
  ['一千零九十九', 1099],
  ['一千一百', 1100],
  ['二千零二十四', 2024],
  ['九千九百九十九', 9999],
];

describe('cnToInt', () => {
  it.each(PAIRS)('reads %s as %i', (text, n) => {
    expect(cnToInt(text)).toBe(n);
  });

  it('reads ASCII and full-width digits (drafts write 第24条)', () => {
    expect(cnToInt('24')).toBe(24);
    expect(cnToInt('２４')).toBe(24);
  });

  it('accepts the spellings 一十二 and 两 and 〇 that some texts use', () => {
    expect(cnToInt('一十二')).toBe(12);
    expect(cnToInt('两百')).toBe(200);
    expect(cnToInt('零')).toBe(0);
    expect(cnToInt('〇')).toBe(0);
  });

  it.each(['', '百', '十百', '二三', '一百一', '一百零', '一百零零一', '零一', '一百十', '第一', 'abc', '一千百'])('refuses %j', (text) => {
    expect(cnToInt(text)).toBeNull();
  });
});

describe('intToCn', () => {
  it.each(PAIRS)('writes %s for %i', (text, n) => {
    expect(intToCn(n)).toBe(text);
  });

  it('refuses numbers outside 1..9999', () => {
    for (const n of [0, -1, 10000, 1.5, Number.NaN]) expect(() => intToCn(n)).toThrow(RangeError);
  });
});

describe('cnToInt and intToCn', () => {
  it('round-trip every n in 1..9999', () => {
    const wrong: number[] = [];
    for (let n = 1; n <= 9999; n++) if (cnToInt(intToCn(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
  });

  it('write every n in 1..9999 differently', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 9999; n++) seen.add(intToCn(n));
    expect(seen.size).toBe(9999);
  });
});

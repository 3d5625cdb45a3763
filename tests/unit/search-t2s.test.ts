// Traditional characters in a query, read as simplified.
import { describe, expect, it } from 'vitest';
import { OPENCC_T2S_PAIRS } from '../../src/lib/search/opencc-t2s-pairs.ts';
import { pairsUsedIn, tableFromPairs, toSimplified } from '../../src/lib/search/t2s.ts';

const table = tableFromPairs(OPENCC_T2S_PAIRS);

describe('traditional to simplified', () => {
  it('converts the traditional forms of corpus words and keeps the rest', () => {
    expect(toSimplified('網格員', table)).toBe('网格员');
    expect(toSimplified('治安維護', table)).toBe('治安维护');
    expect(toSimplified('蘇州 第24條第2款', table)).toBe('苏州 第24条第2款');
    expect(toSimplified('一票否決', table)).toBe('一票否决');
    expect(toSimplified('网格员 abc 123', table)).toBe('网格员 abc 123');
  });

  it('reads Taiwan and Hong Kong variant forms through the standard traditional one', () => {
    expect(toSimplified('裡', table)).toBe('里');
    expect(toSimplified('為', table)).toBe('为');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const t = tableFromPairs('㗲𠵾網网');
    expect(t.get('㗲')).toBe('𠵾');
    expect(t.get('網')).toBe('网');
  });

  it('ships only the pairs whose simplified character the corpus uses', () => {
    const pairs = pairsUsedIn(table, '网格员负责');
    expect(toSimplified('網格員負責', tableFromPairs(pairs))).toBe('网格员负责');
    expect(Array.from(pairs).length).toBeLessThan(20);
    expect(toSimplified('維', tableFromPairs(pairs))).toBe('維');
  });
});

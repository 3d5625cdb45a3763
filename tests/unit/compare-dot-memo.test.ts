// UnitMemo (src/lib/compare/dot-memo.ts): each key computed once until the memo is emptied, the right number returned
// for every key, through growth and across emptyings; checked against a Map doing the same.
import { describe, expect, it } from 'vitest';
import { clearMemo, memoised, unitMemo } from '../../src/lib/compare/dot-memo.ts';

describe('unitMemo', () => {
  it('computes a key once, returns its number every time, and forgets everything when emptied', () => {
    const memo = unitMemo(8);
    const calls: number[] = [];
    const square = (k: number) => {
      calls.push(k);
      return k * k + 0.5;
    };
    expect(memoised(memo, 3, square)).toBe(9.5);
    expect(memoised(memo, 3, square)).toBe(9.5);
    expect(memoised(memo, 0, square)).toBe(0.5);
    expect(calls).toEqual([3, 0]);
    clearMemo(memo);
    expect(memoised(memo, 3, square)).toBe(9.5);
    expect(calls).toEqual([3, 0, 3]);
  });

  it('keeps every entry while it grows, with colliding keys, over many emptyings', () => {
    // starts at 8 slots and doubles past half full; keys that differ by multiples of the slots share a home slot
    // at some size, and a key seen in an earlier generation must be computed again
    const memo = unitMemo(8);
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    let calls = 0;
    let expectedCalls = 0;
    let wrong = 0;
    const value = (k: number) => {
      calls++;
      return k / 7;
    };
    for (let generation = 0; generation < 50; generation++) {
      clearMemo(memo);
      const seen = new Map<number, number>();
      const keys = 1 + (next() % 300);
      for (let i = 0; i < keys * 3; i++) {
        const key = (next() % keys) * 1024;
        if (!seen.has(key)) {
          seen.set(key, key / 7);
          expectedCalls++;
        }
        if (memoised(memo, key, value) !== seen.get(key)) wrong++;
      }
    }
    expect(wrong).toBe(0);
    expect(calls).toBe(expectedCalls);
    expect(memo.keys.length).toBeGreaterThan(8);
  });
});

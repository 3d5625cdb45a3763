// PairIndex (src/lib/compare/pair-index.ts): the grouping's map from a pair of group roots to a remembered refusal.
import { describe, expect, it } from 'vitest';
import { PairIndex } from '../../src/lib/compare/pair-index.ts';

describe('PairIndex', () => {
  it('tells (x, y) from (y, x) and from pairs that share one number', () => {
    const p = new PairIndex();
    p.set(1, 2, 10);
    p.set(2, 1, 20);
    p.set(1, 3, 30);
    expect([p.get(1, 2), p.get(2, 1), p.get(1, 3), p.get(3, 1), p.get(0, 0)]).toEqual([10, 20, 30, undefined, undefined]);
    expect(p.size).toBe(3);
  });

  it('replaces a value without adding a pair', () => {
    const p = new PairIndex();
    p.set(7, 9, 1);
    p.set(7, 9, 2);
    expect(p.get(7, 9)).toBe(2);
    expect(p.size).toBe(1);
  });

  it('keeps every pair through many doublings, as a Map keyed by both numbers does', () => {
    // starts at 16 slots: 50,000 pairs mean a dozen doublings
    const p = new PairIndex(1);
    const reference = new Map<string, number>();
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 50_000; i++) {
      // a third of the pairs on 50 small first numbers with hundreds of second numbers each, the rest scattered
      const x = i % 3 === 0 ? (i / 3) % 50 : next() % 2_000_000;
      const y = i % 3 === 0 ? Math.floor(i / 150) : next() % 2_000_000;
      p.set(x, y, i);
      reference.set(`${x},${y}`, i);
    }
    expect(p.size).toBe(reference.size);
    for (const [key, value] of reference) {
      const [x, y] = key.split(',').map(Number);
      expect(p.get(x!, y!)).toBe(value);
    }
    expect(p.get(2_000_001, 5)).toBeUndefined();
  });
});

// regulationOf (src/lib/compare/unit-regulation.ts): the regulation of a unit from a block table, checked against an
// array with the regulation of every unit written out.
import { describe, expect, it } from 'vitest';
import { regulationLookup, regulationOf } from '../../src/lib/compare/unit-regulation.ts';

/** The regulation of every unit, written out, for regulations of the given sizes. */
function written(sizes: number[]): number[] {
  return sizes.flatMap((size, r) => new Array<number>(size).fill(r));
}

/** Where each regulation starts. */
function starts(sizes: number[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(at);
    at += size;
  }
  return out;
}

describe('regulationOf', () => {
  it('finds the regulation of each unit across block edges, long and short regulations and regulations without units', () => {
    // 64 units to a block: regulations that end exactly at a block edge (64), span several blocks (130), share one
    // block (3, 5, 1), and have no units at all (0) at the start, in the middle, at a block edge and at the end
    const sizes = [0, 3, 61, 0, 64, 130, 5, 1, 0, 0, 58, 2, 0];
    const reference = written(sizes);
    const lookup = regulationLookup(starts(sizes), reference.length);
    expect(reference.map((_, v) => regulationOf(lookup, v))).toEqual(reference);
  });

  it('agrees with the written-out regulations on a large random corpus', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // 5,000 regulations of 0 to 199 units, one in ten empty
    const sizes = Array.from({ length: 5000 }, () => (next() % 10 === 0 ? 0 : next() % 200));
    const reference = written(sizes);
    const lookup = regulationLookup(starts(sizes), reference.length);
    let wrong = 0;
    for (let v = 0; v < reference.length; v++) if (regulationOf(lookup, v) !== reference[v]) wrong++;
    expect(reference.length).toBeGreaterThan(400_000);
    expect(wrong).toBe(0);
  });
});

// mergePairs (src/lib/compare/merge-pairs.ts) merges the two finds of every pair, found in parts from ranges of units.
// The expected merges below are worked out by hand from the rule: the higher x wins, on equal x the find met first.
import { describe, expect, it } from 'vitest';
import { directedPairs, endUnit, mergePairs, pushPair, type DirectedPairs } from '../../src/lib/compare/merge-pairs.ts';

/** A part from unit `from`, given each unit's finds as [other, x, y]. */
function part(from: number, units: Array<Array<[number, number, number]>>): DirectedPairs {
  const d = directedPairs(from);
  for (const finds of units) {
    for (const [other, x, y] of finds) pushPair(d, other, x, y);
    endUnit(d);
  }
  return d;
}

/** Two parts over units 0..4: pairs (0,2), (0,3) and (1,3) found from both ends, (1,4) from one. */
function parts(): DirectedPairs[] {
  return [
    part(0, [
      [
        [3, 500, 1],
        [2, 400, 0],
      ],
      [
        [3, 700, 5],
        [4, 300, 2047],
      ],
    ]),
    part(2, [
      [[0, 450, 1]],
      [
        [0, 500, 0],
        [1, 700, 9],
      ],
      [],
    ]),
  ];
}

describe('merging the two finds of each pair', () => {
  it('keeps one pair per (a, b), sorted, with the higher score, or on equal scores the find met first', () => {
    const input = parts();
    const merged = mergePairs(input, 5);
    expect([...merged.a]).toEqual([0, 0, 1, 1]);
    expect([...merged.b]).toEqual([2, 3, 3, 4]);
    // (0,2): 450 from unit 2 beats 400 from unit 0; (0,3) and (1,3): equal scores, the find from the lower unit came first
    expect([...merged.x]).toEqual([450, 500, 700, 300]);
    expect([...merged.y]).toEqual([1, 1, 5, 2047]);
    // the parts are consumed, so each can be collected once read
    expect(input).toEqual([]);
  });

  it('merges the same way in a corpus too large for the numeric sort key (more than 2^23 units: the comparator sort)', () => {
    const merged = mergePairs(parts(), 2 ** 23 + 1);
    expect([...merged.a]).toEqual([0, 0, 1, 1]);
    expect([...merged.b]).toEqual([2, 3, 3, 4]);
    expect([...merged.x]).toEqual([450, 500, 700, 300]);
    expect([...merged.y]).toEqual([1, 1, 5, 2047]);
  });

  it('lets the caller drop a pair from its kept score and the sum of y over both finds', () => {
    const merged = mergePairs(parts(), 5, (_, ySum) => ySum >= 2);
    // y sums: (0,2) 0+1, (0,3) 1+0, (1,3) 5+9, (1,4) 2047
    expect([...merged.a]).toEqual([1, 1]);
    expect([...merged.b]).toEqual([3, 4]);
  });

  it('tells the caller each part once it has been read and let go, with its bytes, before the buckets are sorted', () => {
    const input = parts();
    const bytes = input.map((p) => p.ends.data.byteLength + p.other.data.byteLength + p.packed.data.byteLength);
    const told: Array<{ bytes: number; left: number }> = [];
    const merged = mergePairs(input, 5, undefined, (n) => told.push({ bytes: n, left: input.length }));
    // the first part is told when the second is still waiting, the second when none is
    expect(told).toEqual([
      { bytes: bytes[0], left: 1 },
      { bytes: bytes[1], left: 0 },
    ]);
    expect([...merged.x]).toEqual([450, 500, 700, 300]);
  });
});

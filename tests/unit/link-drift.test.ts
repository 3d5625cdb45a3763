// The drift measure of `bench:increment -- --drift` (scripts/lib/link-drift.ts), on links worked out by hand.
// Levels follow the thresholds of levels.ts: shown from 440‰, 相关 from 990‰; 基本相同 from similarity 750‰.
import { describe, expect, it } from 'vitest';
import { counterpartDrift, firstCounterparts } from '../../scripts/lib/link-drift.ts';
import type { ScoredLinks } from '../../src/lib/compare/align-corpus.ts';
import { MATCH_THRESHOLDS } from '../../src/lib/compare/match-weights.ts';

// units 0, 1 in regulation 0; 2, 3 in regulation 1; 4 in regulation 2
const unitReg = Int32Array.from([0, 0, 1, 1, 2]);
const links = (rows: number[][]): ScoredLinks => ({
  a: Int32Array.from(rows.map((r) => r[0]!)),
  b: Int32Array.from(rows.map((r) => r[1]!)),
  score: Int32Array.from(rows.map((r) => r[2]!)),
  similarity: Int32Array.from(rows.map((r) => r[3]!)),
  complete: true,
});
const before = links([
  [0, 2, 990, 800],
  [0, 3, 995, 100],
  [0, 4, 500, 100],
  [1, 2, 300, 0],
  [1, 3, 995, 100],
  // under 440‰: kept with level 0, and no place of the drift (in this alignment only)
  [2, 4, 300, 0],
]);
const after = links([
  [0, 2, 996, 800],
  [0, 3, 995, 100],
  [0, 4, 995, 100],
  [1, 3, 995, 100],
  [1, 4, 450, 0],
]);

describe('firstCounterparts', () => {
  it('keeps per regulation the linked unit of highest score, the lower unit on a tie, with its level', () => {
    const f = firstCounterparts(before, unitReg);
    const rows = (u: number) => Array.from({ length: f.start[u + 1]! - f.start[u]! }, (_, k) => [f.reg[f.start[u]! + k], f.unit[f.start[u]! + k], f.level[f.start[u]! + k]]);
    // unit 0: 995 beats 990 in regulation 1 (相关: similarity 100); 500 in regulation 2 is 可能相关
    expect(rows(0)).toEqual([
      [1, 3, 2],
      [2, 4, 1],
    ]);
    // unit 1: 995 beats 300 (which would not be shown)
    expect(rows(1)).toEqual([[1, 3, 2]]);
    // unit 2: 990 with similarity 800 is 基本相同; its only link into regulation 2 is not shown
    expect(rows(2)).toEqual([
      [0, 0, 4],
      [2, 4, 0],
    ]);
    // unit 3: units 0 and 1 both at 995: the lower one
    expect(rows(3)).toEqual([[0, 0, 2]]);
    expect(rows(4)).toEqual([
      [0, 0, 1],
      [1, 2, 0],
    ]);
  });
});

describe('counterpartDrift', () => {
  it('is worked out for the deployed thresholds (the links above sit on either side of them)', () => {
    expect(MATCH_THRESHOLDS).toEqual({ possible: 440, related: 990 });
  });

  it('counts the places shown in either, and those with the same paragraph and the same level', () => {
    const d = counterpartDrift(firstCounterparts(before, unitReg), firstCounterparts(after, unitReg));
    // places: 0→reg1 (3 before, 2 after: differs), 0→reg2 (same unit, 可能相关 → 相关), 1→reg1 (same),
    // 1→reg2 (shown after only), 2→reg0 (same), 3→reg0 (same), 4→reg0 (same unit, 可能相关 → 相关); 2→reg2 and
    // 4→reg1 are linked before only, under 440‰: not shown, not places
    expect(d).toEqual({ places: 7, sameUnit: 5, sameUnitAndLevel: 3 });
  });

  it('finds two identical alignments identical', () => {
    const f = firstCounterparts(after, unitReg);
    const d = counterpartDrift(f, f);
    expect(d.sameUnit).toBe(d.places);
    expect(d.sameUnitAndLevel).toBe(d.places);
  });
});

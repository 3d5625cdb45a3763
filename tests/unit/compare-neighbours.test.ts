// The candidate search (neighbours.ts) keeps, for each paragraph, the best `perRegulation` paragraphs of each of the
// `maxRegulations` regulations whose best paragraph scores highest. It finds them without ranking every touched
// paragraph by regulation (only those above an estimated cutoff), so the claim to check is that the choice is exactly
// the one an exhaustive comparison makes: every paragraph's cosine with every paragraph of the other regulations,
// grouped by regulation, ties broken by the lower paragraph and the lower regulation.
import { describe, expect, it } from 'vitest';
import { buildAlignmentIndex } from '../../src/lib/compare/alignment-index.ts';
import { kthLargest, scatter, scatteredDot, searchListed } from '../../src/lib/compare/neighbours.ts';
import { packedX, packedY } from '../../src/lib/compare/merge-pairs.ts';
import { loadRegulations } from './compare-labels.ts';

const index = buildAlignmentIndex(loadRegulations());
const units = index.units.length;
const regOf = (v: number) => index.unitReg[v]!;

/** What an exhaustive comparison keeps for unit u: [other, score ‰, best in its regulation] in the search's order. */
function exhaustive(u: number, perRegulation: number, maxRegulations: number): Array<[number, number, number]> {
  const dense = new Float32Array(index.featureCount);
  scatter(index, u, dense);
  const byReg = new Map<number, Array<{ v: number; score: number }>>();
  for (let v = 0; v < units; v++) {
    if (regOf(v) === regOf(u)) continue;
    const score = scatteredDot(index, dense, v);
    // a paragraph sharing no feature is never met by the search
    if (score <= 0) continue;
    byReg.set(regOf(v), [...(byReg.get(regOf(v)) ?? []), { v, score }]);
  }
  const ranked = [...byReg].map(([reg, list]) => ({ reg, list: list.sort((p, q) => q.score - p.score || p.v - q.v).slice(0, perRegulation) }));
  ranked.sort((p, q) => q.list[0]!.score - p.list[0]!.score || p.reg - q.reg);
  return ranked.slice(0, maxRegulations).flatMap(({ list }) =>
    list.flatMap(({ v, score }, j): Array<[number, number, number]> => {
      const permille = Math.min(1000, Math.round(score * 1000));
      return permille >= 1 ? [[v, permille, j === 0 ? 1 : 0]] : [];
    }),
  );
}

describe('the candidate search', () => {
  it.each([
    [4, 5],
    [4, 2],
    [2, 3],
    [1, 1],
  ])('keeps the %i best paragraphs of the %i best regulations, as an exhaustive comparison of the six regulations does', (perRegulation, maxRegulations) => {
    const all = Int32Array.from({ length: units }, (_, u) => u);
    // a budget above any unit's postings: the partial scores are the whole cosines
    const found = searchListed(index, { perRegulation, maxRegulations, maxPostingsPerUnit: 1e9, minScore: 1 }, all);
    let cappedByRegulations = 0;
    for (let u = 0; u < units; u++) {
      const from = u === 0 ? 0 : found.ends.data[u - 1]!;
      const got: Array<[number, number, number]> = [];
      for (let i = from; i < found.ends.data[u]!; i++) got.push([found.other.data[i]!, packedX(found.packed.data[i]!), packedY(found.packed.data[i]!)]);
      const want = exhaustive(u, perRegulation, maxRegulations);
      if (new Set(want.map(([v]) => regOf(v))).size === maxRegulations) cappedByRegulations++;
      expect(got, `unit ${u}`).toEqual(want);
    }
    // the cap of regulations does choose among them (most paragraphs touch all five other regulations)
    expect(cappedByRegulations).toBeGreaterThan(units / 2);
  });
});

describe('kthLargest', () => {
  it('is the k-th value of the sorted sample, ties included', () => {
    let seed = 7;
    for (let n = 1; n <= 60; n++) {
      const values = Float64Array.from({ length: n }, () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        // few distinct values: many ties
        return (seed >>> 16) % 9;
      });
      for (const stride of [1, 3]) {
        const sample = [...values].filter((_, i) => i % stride === 0).sort((a, b) => b - a);
        for (let take = 1; take <= sample.length; take++) expect(kthLargest(new Float64Array(n), values, n, take, stride)).toBe(sample[take - 1]);
      }
    }
  });
});

// A second model shares the first one's thresholds by a recalibration of its log-odds (match-model.ts, recalibrated):
// a score exactly at one of its thresholds lands exactly at the other's, and no two candidates change order.
import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT } from '../../src/lib/compare/match-features.ts';
import { matchProbability, recalibrated, type MatchModel } from '../../src/lib/compare/match-model.ts';

// log-odds = the first feature: the probability of a row is what its first value says
const identity: MatchModel = {
  mean: new Array(FEATURE_COUNT).fill(0),
  scale: new Array(FEATURE_COUNT).fill(1),
  weights: [1, ...new Array(FEATURE_COUNT - 1).fill(0)],
  bias: 0,
};
const logit = (p: number) => Math.log(p / (1 - p));
/** The score (‰, rounded as the alignment rounds it) of a row whose probability under `identity` is p. */
const scoreOf = (model: MatchModel, p: number) => {
  const row = new Float64Array(FEATURE_COUNT);
  row[0] = logit(p);
  return Math.round(matchProbability(model, row, 0) * 1000);
};

describe('recalibrated', () => {
  const from = { possible: 410, related: 970 };
  const to = { possible: 390, related: 980 };
  const model = recalibrated(identity, from, to);

  it('keeps a score just at or just below each threshold on the same side of the other pair', () => {
    // just above 409.5‰ rounds to 410, the lowest score shown; just below, to 409, not shown (the boundary itself is
    // one floating-point step from either side)
    expect(scoreOf(model, 0.40951)).toBeGreaterThanOrEqual(390);
    expect(scoreOf(model, 0.40949)).toBeLessThan(390);
    expect(scoreOf(model, 0.96951)).toBeGreaterThanOrEqual(980);
    expect(scoreOf(model, 0.96949)).toBeLessThan(980);
  });

  it('keeps the order of any two candidates', () => {
    const ps = [0.01, 0.2, 0.41, 0.5, 0.8, 0.97, 0.999];
    const scores = ps.map((p) => scoreOf(model, p));
    expect(scores).toEqual([...scores].sort((x, y) => x - y));
    expect(new Set(scores).size).toBe(ps.length);
  });

  it('only shifts when a pair of thresholds has no range (no 相关 level, or both equal), never zeroing the weights', () => {
    for (const odd of [
      { possible: 390, related: 390 },
      { possible: 390, related: 1001 },
    ]) {
      const shifted = recalibrated(identity, from, odd);
      expect(shifted.weights).toEqual(identity.weights);
      expect(scoreOf(shifted, 0.40951)).toBeGreaterThanOrEqual(390);
      expect(scoreOf(shifted, 0.40949)).toBeLessThan(390);
    }
  });
});

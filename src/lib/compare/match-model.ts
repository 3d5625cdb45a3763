// Phase 6 of comparison: features of a candidate → the probability that a careful reader would pair them.
// A logistic model: standardised features, one weight each. The weights in match-weights.ts are fitted by
// `npm run train:align` on the labelled set (content/alignment-labels); the figures METHOD.md publishes
// come from models fitted without the regulation they are scored on (leave one regulation out).
import { FEATURE_COUNT } from './match-features.ts';

/** A fitted model: per-feature mean and scale (standardisation), weights and bias. */
export interface MatchModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** The model's log-odds from the first `columns` values of row i of a feature array of `columns` values per row. */
function rowLogit(model: MatchModel, features: Float64Array, i: number, columns: number): number {
  let z = model.bias;
  for (let f = 0; f < columns; f++) z += model.weights[f]! * ((features[i * columns + f]! - model.mean[f]!) / model.scale[f]!);
  return z;
}

/** The logistic function: log-odds → probability (0 … 1). */
function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability (0 … 1) of candidate i of a feature array. */
export function matchProbability(model: MatchModel, features: Float64Array, i: number): number {
  return sigmoid(rowLogit(model, features, i, FEATURE_COUNT));
}

/**
 * Probability of candidate i with one more piece of evidence (labels as evidence, reference-labels.ts): a model of
 * FEATURE_COUNT + 1 weights, the last for `evidence`.
 */
export function evidenceProbability(model: MatchModel, features: Float64Array, i: number, evidence: number): number {
  const e = FEATURE_COUNT;
  return sigmoid(rowLogit(model, features, i, FEATURE_COUNT) + model.weights[e]! * ((evidence - model.mean[e]!) / model.scale[e]!));
}

/**
 * Log-odds of the lowest probability whose score (Math.round of ‰) reaches threshold t: t − 0.5 ‰, so a score exactly at
 * the threshold stays on the same side after recalibration (and t = 1000 is still finite).
 */
function logitAt(t: number): number {
  const p = (t - 0.5) / 1000;
  return Math.log(p / (1 - p));
}

/**
 * The model whose probability at threshold `from.possible` is `to.possible` and at `from.related` is `to.related`:
 * its log-odds scaled and shifted (weights × α, bias × α + β), so it ranks every candidate as before and a second
 * model can share the first one's thresholds. Where the two thresholds of either pair do not span a range (one above
 * 1000, i.e. no 相关 level, or both equal), only the 可能相关 threshold is mapped, by a shift (α = 1).
 */
export function recalibrated(model: MatchModel, from: { possible: number; related: number }, to: { possible: number; related: number }): MatchModel {
  const spans = (t: { possible: number; related: number }) => t.related <= 1000 && t.related > t.possible;
  const [l1, t1] = [logitAt(from.possible), logitAt(to.possible)];
  const alpha = spans(from) && spans(to) ? (logitAt(to.related) - t1) / (logitAt(from.related) - l1) : 1;
  const beta = t1 - alpha * l1;
  return { ...model, weights: model.weights.map((w) => w * alpha), bias: model.bias * alpha + beta };
}

/** Training knobs: L2 penalty and full-batch gradient steps (deterministic: no sampling). */
export interface TrainOptions {
  l2?: number;
  steps?: number;
  rate?: number;
}

/**
 * Fit a logistic model by full-batch gradient descent on rows `rows` of `features` (`columns` values per row) with 0/1
 * `labels`. Positives are weighted so that both classes count equally (there are many more wrong candidates than right).
 */
export function trainMatchModel(
  features: Float64Array,
  rows: readonly number[],
  labels: readonly number[],
  options: TrainOptions = {},
  columns: number = FEATURE_COUNT,
): MatchModel {
  const { l2 = 1e-3, steps = 600, rate = 0.5 } = options;
  const mean = new Array<number>(columns).fill(0);
  const scale = new Array<number>(columns).fill(0);
  for (const i of rows) for (let f = 0; f < columns; f++) mean[f]! += features[i * columns + f]! / rows.length;
  for (const i of rows) for (let f = 0; f < columns; f++) scale[f]! += (features[i * columns + f]! - mean[f]!) ** 2 / rows.length;
  for (let f = 0; f < columns; f++) scale[f] = Math.sqrt(scale[f]!) || 1;
  const positives = labels.filter((y) => y === 1).length;
  const wPos = positives ? rows.length / (2 * positives) : 1;
  const wNeg = rows.length - positives ? rows.length / (2 * (rows.length - positives)) : 1;
  const model: MatchModel = { mean, scale, weights: new Array<number>(columns).fill(0), bias: 0 };
  const x = new Float64Array(columns);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(columns).fill(0);
    let gBias = 0;
    rows.forEach((i, n) => {
      for (let f = 0; f < columns; f++) x[f] = (features[i * columns + f]! - mean[f]!) / scale[f]!;
      const p = sigmoid(rowLogit(model, features, i, columns));
      const err = (p - labels[n]!) * (labels[n] === 1 ? wPos : wNeg);
      for (let f = 0; f < columns; f++) grad[f]! += err * x[f]!;
      gBias += err;
    });
    for (let f = 0; f < columns; f++) model.weights[f]! -= rate * (grad[f]! / rows.length + l2 * model.weights[f]!);
    model.bias -= (rate * gBias) / rows.length;
  }
  return model;
}

// Fitting and honest scoring of the match model on the labelled set. Leave one regulation out: for each
// regulation R, the model and the thresholds are chosen on the judgements that do not involve R and scored on
// those that do (a judgement between X and Y is so scored twice, once in each of their folds).
import type { AlignmentJudgement } from '../../schemas/alignment-labels.ts';
import type { CorpusAlignment } from '../../schemas/alignment.ts';
import { alignCorpus, alignIndex, type AlignResult } from '../align-corpus.ts';
import type { LevelThresholds } from '../levels.ts';
import { trainMatchModel, type MatchModel } from '../match-model.ts';
import type { AlignableRegulation } from '../units.ts';
import { scoreJudgements, sumFigures, type QualityFigures } from './evaluate.ts';
import { articleNumberOf, paragraphNumberOf } from '../../cite/node-id.ts';
import { alignmentPredictor, thresholdedPredictor } from './predict.ts';

/** Most false 未找到 the chosen 可能相关 threshold may cause among the training judgements with a counterpart. */
export const FALSE_NONE_BUDGET = 0.01;
/** Precision the 相关 threshold must reach on the training judgements. */
export const RELATED_PRECISION = 0.9;

/** Rows of the candidate table that sure judgements label (1: an acceptable article, 0: not), skipping `exclude`. */
export function labelledRows(result: AlignResult, judgements: readonly AlignmentJudgement[], exclude?: string): { rows: number[]; labels: number[] } {
  const { spaces, candidates: c } = result;
  const byKey = new Map<string, AlignmentJudgement[]>();
  for (const j of judgements) {
    const key = `${j.from}|${j.article}|${j.to}`;
    byKey.set(key, [...(byKey.get(key) ?? []), j]);
  }
  const regId = (r: number) => spaces.paragraphs.regulations[r]!.id;
  const rows: number[] = [];
  const labels: number[] = [];
  for (let i = 0; i < c.unit.length; i++) {
    const u = c.unit[i]!;
    const from = regId(spaces.paragraphs.unitReg[u]!);
    const to = regId(spaces.articles.unitReg[c.article[i]!]!);
    if (from === exclude || to === exclude) continue;
    const unit = spaces.paragraphs.units[u]!;
    const list = (byKey.get(`${from}|${articleNumberOf(unit.article)}|${to}`) ?? []).filter((j) => j.paras.includes(paragraphNumberOf(unit.id)));
    if (!list.length || list.some((j) => !j.sure)) continue;
    rows.push(i);
    labels.push(list.some((j) => j.accept.includes(articleNumberOf(spaces.articles.units[c.article[i]!]!.id))) ? 1 : 0);
  }
  return { rows, labels };
}

/**
 * Fit the model on the labelled candidates (without regulation `exclude`). The candidates and their features do not
 * depend on the model, so the folds of leaveOneOut pass the one `result` they share.
 */
export function fitModel(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  exclude?: string,
  result: AlignResult = alignIndex(regulations),
): MatchModel {
  const { rows, labels } = labelledRows(result, judgements, exclude);
  return trainMatchModel(result.candidates.features, rows, labels);
}

/**
 * The thresholds chosen on a set of judgements: 可能相关 as high as the false-none budget allows, 相关 as low as
 * keeps its precision at {@link RELATED_PRECISION}.
 */
export function chooseThresholds(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  model: MatchModel,
  alignment: CorpusAlignment = alignCorpus(regulations, { model }),
): LevelThresholds {
  const at = thresholdedPredictor(alignment);
  return thresholdsBy((t) => scoreJudgements(judgements, at(t)));
}

/**
 * The thresholds by the rule of chooseThresholds, from the figures at any pair of thresholds (of one alignment, or
 * summed over several: train-reference.ts chooses on cross-fitted alignments).
 */
export function thresholdsBy(figuresAt: (t: LevelThresholds) => QualityFigures): LevelThresholds {
  let possible = 50;
  for (let t = 50; t <= 1000; t += 10) {
    const f = figuresAt({ possible: t, related: 1001 });
    if (f.falseNone > FALSE_NONE_BUDGET * f.sureMatched) break;
    possible = t;
  }
  for (let related = possible; related <= 1000; related += 10) {
    const f = figuresAt({ possible, related });
    const l = f.levels.related;
    if (l.shown === 0 || l.right / l.shown >= RELATED_PRECISION) return { possible, related };
  }
  return { possible, related: 1001 };
}

/** One fold of the evaluation. */
export interface Fold {
  held: string;
  model: MatchModel;
  thresholds: LevelThresholds;
  figures: QualityFigures;
}

/** Leave-one-regulation-out figures of the method (see the comment at the top of this file). */
export function leaveOneOut(regulations: readonly AlignableRegulation[], judgements: readonly AlignmentJudgement[]): { folds: Fold[]; figures: QualityFigures } {
  const candidates = alignIndex(regulations);
  const folds = regulations.map((r): Fold => {
    const held = r.meta.id;
    const training = judgements.filter((j) => j.from !== held && j.to !== held);
    const model = fitModel(regulations, judgements, held, candidates);
    // one alignment per fold serves both the threshold choice and the scoring
    const alignment = alignCorpus(regulations, { model });
    const thresholds = chooseThresholds(regulations, training, model, alignment);
    const figures = scoreJudgements(
      judgements.filter((j) => j.from === held || j.to === held),
      alignmentPredictor(alignment, thresholds),
    );
    return { held, model, thresholds, figures };
  });
  return { folds, figures: sumFigures(folds.map((f) => f.figures)) };
}

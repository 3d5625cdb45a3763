// The labels-as-evidence candidate (reference-labels.ts) scored like the method (train.ts): leave one regulation
// out, with the labels themselves also built without the held regulation, so its own labels never reach a fold
// that scores it, neither as training rows nor as votes.
import type { AlignmentJudgement } from '../../schemas/alignment-labels.ts';
import { alignCorpus, alignIndex, type AlignResult } from '../align-corpus.ts';
import { FEATURE_COUNT } from '../match-features.ts';
import { recalibrated, trainMatchModel, type MatchModel } from '../match-model.ts';
import { referenceLabels, type ReferenceLabels } from '../reference-labels.ts';
import type { AlignableRegulation } from '../units.ts';
import { reachOf, scoreJudgements, sumFigures, type QualityFigures, type Reach } from './evaluate.ts';
import type { LevelThresholds } from '../levels.ts';
import { alignmentPredictor, thresholdedPredictor } from './predict.ts';
import { PANEL_ARTICLES } from '../articles.ts';
import { chooseThresholds, fitModel, labelledRows, thresholdsBy, type Fold } from './train.ts';

/** Fit the model with the labels' evidence on the candidates that `judgements` label and the evidence applies to. */
export function fitEvidenceModel(result: AlignResult, judgements: readonly AlignmentJudgement[]): MatchModel {
  const { features, evidence } = result.candidates;
  if (!evidence) throw new Error('fitEvidenceModel: the candidates were found without labels as evidence');
  const { rows, labels } = labelledRows(result, judgements);
  const columns = FEATURE_COUNT + 1;
  const kept = rows.flatMap((i, n) => (Number.isNaN(evidence[i]) ? [] : [{ i, label: labels[n]! }]));
  const matrix = new Float64Array(kept.length * columns);
  kept.forEach(({ i }, r) => {
    matrix.set(features.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), r * columns);
    matrix[r * columns + FEATURE_COUNT] = evidence[i]!;
  });
  return trainMatchModel(
    matrix,
    kept.map((_, r) => r),
    kept.map((k) => k.label),
    {},
    columns,
  );
}

/** The candidate fitted without the regulations `out`: its labels, both models, and its alignment's answers at any thresholds. */
interface CandidateFit {
  reference: ReferenceLabels;
  model: MatchModel;
  evidenceModel: MatchModel;
  at: ReturnType<typeof thresholdedPredictor>;
}

/** Fitted candidates by the regulations left out (sorted ids): the inner folds of two outer folds are the same fit. */
export type CandidateCache = Map<string, CandidateFit>;

const without = (judgements: readonly AlignmentJudgement[], out: ReadonlySet<string>) => judgements.filter((j) => !out.has(j.from) && !out.has(j.to));

/** The candidate fitted on the judgements that involve none of `out` (cached by `out`). */
function candidateFit(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  out: ReadonlySet<string>,
  plain: AlignResult,
  cache: CandidateCache,
): CandidateFit {
  const key = [...out].sort().join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const training = without(judgements, out);
  const reference = referenceLabels(training);
  const model = fitModel(regulations, training, undefined, plain);
  const evidenceModel = fitEvidenceModel(alignIndex(regulations, { reference }), training);
  const fit = { reference, model, evidenceModel, at: thresholdedPredictor(alignCorpus(regulations, { model, reference, evidenceModel })) };
  cache.set(key, fit);
  return fit;
}

/**
 * Thresholds for the model with evidence, chosen by the rule of chooseThresholds on cross-fitted answers: for each
 * regulation r not in `out`, the candidate fitted without r (and `out`) answers the judgements that involve r (and
 * none of `out`). Chosen on its own training answers instead, the model looks surer than it is on a regulation it
 * has not seen (measured: 1.5 % false 未找到 out of fold for a 1 % budget).
 */
export function crossFittedThresholds(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  out: ReadonlySet<string>,
  plain: AlignResult = alignIndex(regulations),
  cache: CandidateCache = new Map(),
): LevelThresholds {
  const left = without(judgements, out);
  const inner = regulations
    .map((r) => r.meta.id)
    .filter((id) => !out.has(id))
    .map((id) => ({ at: candidateFit(regulations, judgements, new Set([...out, id]), plain, cache).at, scored: left.filter((j) => j.from === id || j.to === id) }));
  return thresholdsBy((t) => sumFigures(inner.map(({ at, scored }) => scoreJudgements(scored, at(t)))));
}

/** One fold of the candidate: the method's fold, with the labels and the model with evidence it was scored with. */
export interface ReferenceFold extends Fold {
  reference: ReferenceLabels;
  /** The model with evidence, recalibrated to share the method's thresholds (`thresholds`). */
  evidenceModel: MatchModel;
  /** The thresholds chosen for the model with evidence before its recalibration (crossFittedThresholds). */
  evidenceThresholds: LevelThresholds;
  /** The figures split by direction: the held regulation's paragraphs looking into the others (a draft's case), and the reverse. */
  fromHeld: QualityFigures;
  toHeld: QualityFigures;
  /** Sure counterparts among every link kept (any score from KEEP_THRESHOLD, any rank), and among the first two shown (what the article panel lists). */
  kept: Reach;
  shown: Reach;
}

/**
 * The fold that holds out regulation `held`, done as the build is: the method's model and thresholds chosen on the
 * judgements without it (chooseThresholds); labels and the model with evidence from the same judgements, its
 * thresholds chosen on cross-fitted answers, then recalibrated so that they fall on the method's; figures on the
 * judgements with `held`. `plain` is the search without labels, `cache` the fits shared with other folds.
 */
export function referenceFold(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  held: string,
  plain: AlignResult = alignIndex(regulations),
  cache: CandidateCache = new Map(),
): ReferenceFold {
  const out = new Set([held]);
  const { reference, model, evidenceModel: fitted } = candidateFit(regulations, judgements, out, plain, cache);
  const thresholds = chooseThresholds(regulations, without(judgements, out), model);
  const evidenceThresholds = crossFittedThresholds(regulations, judgements, out, plain, cache);
  const evidenceModel = recalibrated(fitted, evidenceThresholds, thresholds);
  const alignment = alignCorpus(regulations, { model, reference, evidenceModel });
  const predict = alignmentPredictor(alignment, thresholds);
  const involved = judgements.filter((j) => j.from === held || j.to === held);
  const scored = (keep: (j: AlignmentJudgement) => boolean) => scoreJudgements(involved.filter(keep), predict);
  return {
    held,
    model,
    thresholds,
    evidenceThresholds,
    reference,
    evidenceModel,
    figures: scoreJudgements(involved, predict),
    fromHeld: scored((j) => j.from === held),
    toHeld: scored((j) => j.to === held),
    // every kept link is in the data at score ≥ KEEP_THRESHOLD; thresholds of 0 show them all
    kept: reachOf(involved, alignmentPredictor(alignment, { possible: 0, related: 0 })),
    shown: reachOf(involved, predict, PANEL_ARTICLES),
  };
}

/** Leave-one-regulation-out figures of the method with the labels of the other regulations as evidence. */
export function leaveOneOutWithReference(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
): { folds: ReferenceFold[]; figures: QualityFigures; fromHeld: QualityFigures; toHeld: QualityFigures; kept: Reach; shown: Reach } {
  const plain = alignIndex(regulations);
  const cache: CandidateCache = new Map();
  const folds = regulations.map((r) => referenceFold(regulations, judgements, r.meta.id, plain, cache));
  const sum = (pick: (f: ReferenceFold) => QualityFigures) => sumFigures(folds.map(pick));
  const reach = (pick: (f: ReferenceFold) => Reach) =>
    folds.reduce((t, f) => ({ sureMatched: t.sureMatched + pick(f).sureMatched, reached: t.reached + pick(f).reached }), { sureMatched: 0, reached: 0 });
  return { folds, figures: sum((f) => f.figures), fromHeld: sum((f) => f.fromHeld), toHeld: sum((f) => f.toHeld), kept: reach((f) => f.kept), shown: reach((f) => f.shown) };
}

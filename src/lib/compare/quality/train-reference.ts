// The labels-as-evidence candidate (reference-labels.ts) scored like the method (train.ts): leave one regulation
// out, with the labels themselves also built without the held regulation, so its own labels never reach a fold
// that scores it, neither as training rows nor as votes.
import type { AlignmentJudgement } from '../../schemas/alignment-labels.ts';
import { alignCorpus, alignIndex, type AlignResult } from '../align-corpus.ts';
import { FEATURE_COUNT } from '../match-features.ts';
import { trainMatchModel, type MatchModel } from '../match-model.ts';
import { referenceLabels, type ReferenceLabels } from '../reference-labels.ts';
import type { AlignableRegulation } from '../units.ts';
import { scoreJudgements, sumFigures, type QualityFigures } from './evaluate.ts';
import { alignmentPredictor } from './predict.ts';
import { chooseThresholds, fitModel, labelledRows, type Fold } from './train.ts';

/** Fit the model with the labels' evidence on the labelled candidates the evidence applies to (without `exclude`). */
export function fitEvidenceModel(result: AlignResult, judgements: readonly AlignmentJudgement[], exclude?: string): MatchModel {
  const { features, evidence } = result.candidates;
  if (!evidence) throw new Error('fitEvidenceModel: the candidates were found without labels as evidence');
  const { rows, labels } = labelledRows(result, judgements, exclude);
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

/** One fold of the candidate: the method's fold, with the labels and the model with evidence it was scored with. */
export interface ReferenceFold extends Fold {
  reference: ReferenceLabels;
  evidenceModel: MatchModel;
  /** The figures split by direction: the held regulation's paragraphs looking into the others (a draft's case), and the reverse. */
  fromHeld: QualityFigures;
  toHeld: QualityFigures;
}

/**
 * The fold that holds out regulation `held`: labels, models and thresholds from the judgements without it, figures
 * on those with it. `plain` is the search without labels (the method's own model does not depend on them, so one
 * search serves every fold).
 */
export function referenceFold(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
  held: string,
  plain: AlignResult = alignIndex(regulations),
): ReferenceFold {
  const training = judgements.filter((j) => j.from !== held && j.to !== held);
  const reference = referenceLabels(training);
  const model = fitModel(regulations, judgements, held, plain);
  const evidenceModel = fitEvidenceModel(alignIndex(regulations, { reference }), judgements, held);
  const alignment = alignCorpus(regulations, { model, reference, evidenceModel });
  const thresholds = chooseThresholds(regulations, training, model, alignment);
  const predict = alignmentPredictor(alignment, thresholds);
  const figures = scoreJudgements(
    judgements.filter((j) => j.from === held || j.to === held),
    predict,
  );
  const fromHeld = scoreJudgements(
    judgements.filter((j) => j.from === held),
    predict,
  );
  const toHeld = scoreJudgements(
    judgements.filter((j) => j.to === held),
    predict,
  );
  return { held, model, thresholds, figures, reference, evidenceModel, fromHeld, toHeld };
}

/** Leave-one-regulation-out figures of the method with the labels of the other regulations as evidence. */
export function leaveOneOutWithReference(
  regulations: readonly AlignableRegulation[],
  judgements: readonly AlignmentJudgement[],
): { folds: ReferenceFold[]; figures: QualityFigures; fromHeld: QualityFigures; toHeld: QualityFigures } {
  const plain = alignIndex(regulations);
  const folds = regulations.map((r) => referenceFold(regulations, judgements, r.meta.id, plain));
  const sum = (pick: (f: ReferenceFold) => QualityFigures) => sumFigures(folds.map(pick));
  return { folds, figures: sum((f) => f.figures), fromHeld: sum((f) => f.fromHeld), toHeld: sum((f) => f.toHeld) };
}

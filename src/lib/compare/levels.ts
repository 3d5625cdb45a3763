// The levels a reader sees beside an aligned pair. Two numbers stand behind them, both in per mille (‰) so that
// the data is compact and byte-identical between runs (METHOD.md explains them in Chinese):
//   score       how sure the method is that the two regulate the same subject (match-model.ts), which decides
//               whether a link is shown at all and whether it is shown as a counterpart or only as 可能相关;
//   similarity  how close the wording is (cosine of weighted bigrams), which names a sure counterpart
//               基本相同, 高度相似 or 相关.
import { MATCH_THRESHOLDS } from './match-weights.ts';

/** Similarity (‰) at or above which a sure counterpart is 基本相同: the same rule, at most a few words differ. */
export const SAME_THRESHOLD = 750;
/** Similarity (‰) at or above which a sure counterpart is 高度相似: the same subject, largely the same wording. */
export const SIMILAR_THRESHOLD = 450;
/** Score (‰) at or above which a link is a counterpart (相关 or closer); chosen on the labelled set (match-weights.ts). */
export const RELATED_THRESHOLD = MATCH_THRESHOLDS.related;
/** Score (‰) at or above which a link is shown at all, as 可能相关 below {@link RELATED_THRESHOLD}; below it, 未找到. */
export const POSSIBLE_THRESHOLD = MATCH_THRESHOLDS.possible;

/** How close an aligned pair is, from the reader's point of view; `possible` is shown apart, as a hint. */
export type MatchLevel = 'same' | 'similar' | 'related' | 'possible';

/** The Chinese name of each level, as the site prints it. */
export const LEVEL_NAMES: Readonly<Record<MatchLevel, string>> = { same: '基本相同', similar: '高度相似', related: '相关', possible: '可能相关' };

/** The two score thresholds (‰), replaceable for evaluation folds. */
export interface LevelThresholds {
  related: number;
  possible: number;
}

/**
 * The level of a link from its score and similarity; null when it is not shown.
 * @example levelOf(900, 800) // → 'same'
 */
export function levelOf(score: number, similarity: number, thresholds: LevelThresholds = MATCH_THRESHOLDS): MatchLevel | null {
  if (score < thresholds.possible) return null;
  if (score < thresholds.related) return 'possible';
  if (similarity >= SAME_THRESHOLD) return 'same';
  if (similarity >= SIMILAR_THRESHOLD) return 'similar';
  return 'related';
}

/** True for the levels shown as counterparts (not the 可能相关 hint). */
export function isCounterpart(level: MatchLevel | null): level is Exclude<MatchLevel, 'possible'> {
  return level !== null && level !== 'possible';
}

/**
 * What a reader is told when no counterpart was found in another regulation. The method can miss a subject
 * worded differently, so it never claims that the other regulation has none.
 * @example describeMissing('苏州') // → '苏州未找到相应规定'
 */
export function describeMissing(shortName: string): string {
  return `${shortName}未找到相应规定`;
}

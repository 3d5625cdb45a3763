// The levels a reader sees beside an aligned pair, and the score thresholds behind them.
// Scores are cosine similarities of weighted character-bigram vectors, kept as integers in per mille (‰)
// so that the data is compact and byte-identical between runs. METHOD.md explains them in Chinese.

/** Score (‰) at or above which two provisions are 基本相同: the same rule, at most a few words differ. */
export const SAME_THRESHOLD = 750;
/** Score (‰) at or above which two provisions are 高度相似: the same subject, largely the same wording. */
export const SIMILAR_THRESHOLD = 450;
/** Score (‰) at or above which two provisions are 相关 on their score alone: the same subject in different words. */
export const RELATED_THRESHOLD = 300;
/**
 * Score (‰) at or above which two provisions are still 相关 when each is the other's best match between the
 * two regulations (a reciprocal best match). Paraphrases share few characters; a chance overlap is rarely
 * reciprocal, because the provision it hits has a better partner of its own. Below it, 无对应.
 */
export const RECIPROCAL_THRESHOLD = 100;

/** How close an aligned pair is, from the reader's point of view. */
export type MatchLevel = 'same' | 'similar' | 'related';

/** The Chinese name of each level, as the site prints it. */
export const LEVEL_NAMES: Readonly<Record<MatchLevel, string>> = { same: '基本相同', similar: '高度相似', related: '相关' };

/**
 * The level of an accepted link's score (every link in a CorpusAlignment is accepted: at least
 * {@link RELATED_THRESHOLD}, or a reciprocal best match at least {@link RECIPROCAL_THRESHOLD}); null below that.
 * @example levelOf(900) // → 'same'
 */
export function levelOf(score: number): MatchLevel | null {
  if (score >= SAME_THRESHOLD) return 'same';
  if (score >= SIMILAR_THRESHOLD) return 'similar';
  if (score >= RECIPROCAL_THRESHOLD) return 'related';
  return null;
}

/**
 * Whether a scored pair is a counterpart at all: high enough on its own, or a reciprocal best match.
 * @example isAccepted(150, true) // → true
 */
export function isAccepted(score: number, reciprocal: boolean): boolean {
  return score >= RELATED_THRESHOLD || (reciprocal && score >= RECIPROCAL_THRESHOLD);
}

/**
 * What a reader is told when a provision has no counterpart in another regulation.
 * @example describeMissing('苏州') // → '苏州无相应规定'
 */
export function describeMissing(shortName: string): string {
  return `${shortName}无相应规定`;
}

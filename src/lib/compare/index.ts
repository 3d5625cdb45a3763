// The comparison library: one import for pages and scripts. Pure TypeScript, no node:* (the browser runs it too).
export { alignCorpus, alignIndex, MAX_POSTINGS_PER_UNIT, MAX_REGULATIONS, PER_REGULATION, type AlignOptions } from './align-corpus.ts';
export { buildAlignmentIndex, type AlignmentIndex } from './alignment-index.ts';
export { comparePair, type ArticleRow, type LevelCounts, type PairComparison, type ParagraphMatch, type ParagraphRow } from './compare-pair.ts';
export type { ArticleCounterpart } from './articles.ts';
export { diffChars, type DiffSegment } from './diff.ts';
export { diffForReader, diffParagraphs } from './diff-reader.ts';
export { groupProvisions, type GroupCell, type GroupRow, type GroupTable } from './groups.ts';
export { PLACEHOLDER } from './jurisdiction-words.ts';
export {
  describeMissing,
  isCounterpart,
  LEVEL_NAMES,
  levelOf,
  POSSIBLE_THRESHOLD,
  RELATED_THRESHOLD,
  SAME_THRESHOLD,
  SIMILAR_THRESHOLD,
  type MatchLevel,
} from './levels.ts';
export { normalizeForCompare, type NameContext, type NormalizedText } from './normalize.ts';
export { similarityMatrix, type MatrixCell, type SimilarityMatrix } from './overview.ts';
export { RELATION_NAMES, superiorView, type SuperiorRelation, type SuperiorView } from './superior.ts';
export type { AlignableRegulation } from './units.ts';

// alignCorpus: regulations → CorpusAlignment, the data every comparison view is derived from.
// Phases: units and normalisation (units.ts, normalize.ts) → two indexes, of paragraphs and of whole articles
// (alignment-index.ts) → candidates and their evidence (match-features.ts) → the probability that a reader pairs
// them (match-model.ts) → for each paragraph, links to the best paragraph of its most likely articles.
import type { AlignmentLink, CorpusAlignment } from '../schemas/alignment.ts';
import { buildAlignmentIndex, type AlignmentIndex } from './alignment-index.ts';
import { POSSIBLE_THRESHOLD, RELATED_THRESHOLD, SAME_THRESHOLD, SIMILAR_THRESHOLD } from './levels.ts';
import {
  candidateSearch,
  matchCandidates,
  matchSpaces,
  searchComplete,
  visitCandidateRange,
  visitCandidateUnits,
  withoutSearch,
  type CandidateSearch,
  type MatchCandidates,
  type MatchSpaces,
  type RegulationFilter,
  type UnitCandidates,
} from './match-features.ts';
import { evidenceProbability, matchProbability, type MatchModel } from './match-model.ts';
import { referenceIndex, type ReferenceLabels } from './reference-labels.ts';
import { witnessInputsOf, type WitnessInputs } from './label-witnesses.ts';
import { directedPairs, endUnit, mergePairs, pushPair, type DirectedPairs, type PartRead } from './merge-pairs.ts';
import { EVIDENCE_MODEL, MATCH_MODEL } from './match-weights.ts';
import { toArticleUnits, type AlignableRegulation } from './units.ts';

/** Counterpart articles kept per paragraph in each other regulation. */
export const PER_REGULATION = 3;
/** Other regulations in which a paragraph's candidates are searched; a corpus of up to 33 regulations is aligned exhaustively. */
export const MAX_REGULATIONS = 32;
/** Postings read per unit in the candidate searches; the real corpus never reaches it. */
export const MAX_POSTINGS_PER_UNIT = 6000;
/** Lowest score (‰) kept in the data: below every 可能相关 threshold chosen in the evaluation folds (400–530‰ since 2026-12-08), so never shown. */
export const KEEP_THRESHOLD = 300;

/** Knobs of alignCorpus, all optional. */
export interface AlignOptions {
  perRegulation?: number;
  maxRegulations?: number;
  maxPostingsPerUnit?: number;
  /** The model (default: the fitted one); the evaluation passes models fitted without one regulation. */
  model?: MatchModel;
  /**
   * Labels used as evidence (reference-labels.ts), with `evidenceModel` (FEATURE_COUNT + 1 weights; default: the
   * fitted EVIDENCE_MODEL) for the candidates they apply to; the others keep `model`. The data build (also when
   * incremental) and the draft checker pass the labels of content/alignment-labels.
   */
  reference?: ReferenceLabels;
  evidenceModel?: MatchModel;
  /** Called between phases (the benchmark samples memory here). */
  onPhase?: (phase: 'indexed' | 'searched' | 'done') => void;
}

/** The similarity description written into the data. */
export const SIMILARITY_METHOD =
  '款与条两级比对：规范化后的汉字二元组 tf·idf（套话降权）余弦相似度，加上条文位置、前后条对应和互为最佳等证据，由在人工标注集上拟合的逻辑回归合成“把握”（‰）；至少一方有人工标注时，另以其他已标注法规的对应作印证（标注印证）';

/** Scored links with both numbers, before the JSON shape is built. */
export interface ScoredLinks {
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
  similarity: Int32Array;
  complete: boolean;
}

/** Indexes, candidates and links: what the views, the evaluation and the benchmark need. */
export interface AlignResult {
  index: AlignmentIndex;
  spaces: MatchSpaces;
  candidates: MatchCandidates;
  links: ScoredLinks;
}

/** Links found from the paragraphs of one range, in the order met, before the two ends of a pair are merged: x is the score (‰), y the similarity (‰). */
export type DirectedLinks = DirectedPairs;

/** Scratch of pickUnitLinks, reused for every paragraph. */
interface PickScratch {
  order: number[];
  probability: Float64Array;
}

/** Paragraph u's best `k` candidates in each regulation, scored by the model, into `out` (the links kept are those at or above KEEP_THRESHOLD). */
function pickUnitLinks(spaces: MatchSpaces, c: UnitCandidates, model: MatchModel, k: number, scratch: PickScratch, out: DirectedLinks, evidenceModel?: MatchModel): void {
  if (scratch.probability.length < c.count) scratch.probability = new Float64Array(Math.max(c.count, scratch.probability.length * 2));
  const probability = scratch.probability;
  const evidence = evidenceModel ? c.evidence : undefined;
  for (let i = 0; i < c.count; i++)
    probability[i] = evidence && !Number.isNaN(evidence[i]) ? evidenceProbability(evidenceModel!, c.features, i, evidence[i]!) : matchProbability(model, c.features, i);
  const reg = spaces.articles.unitReg;
  const order = scratch.order;
  for (let i = 0; i < c.count; ) {
    let j = i;
    while (j < c.count && reg[c.article[j]!] === reg[c.article[i]!]) j++;
    order.length = 0;
    for (let x = i; x < j; x++) order.push(x);
    order.sort((x, y) => probability[y]! - probability[x]! || c.article[x]! - c.article[y]!);
    for (let t = 0; t < Math.min(k, order.length); t++) {
      const x = order[t]!;
      const score = Math.round(probability[x]! * 1000);
      if (score < KEEP_THRESHOLD) continue;
      pushPair(out, c.bestParagraph[x]!, score, c.similarity[x]!);
    }
    i = j;
  }
}

/** Both indexes of a corpus. */
export function buildSpaces(regulations: readonly AlignableRegulation[]): MatchSpaces {
  return matchSpaces(buildAlignmentIndex(regulations), buildAlignmentIndex(regulations, toArticleUnits));
}

/** The knobs of the candidate search, with their defaults. */
export function searchLimits(options: AlignOptions): { maxRegulations: number; maxPostingsPerUnit: number } {
  return { maxRegulations: options.maxRegulations ?? MAX_REGULATIONS, maxPostingsPerUnit: options.maxPostingsPerUnit ?? MAX_POSTINGS_PER_UNIT };
}

/**
 * Links from the paragraphs `from .. to`: each paragraph's candidates are scored and dropped in turn. Ranges are
 * independent (worker threads score them apart); mergeLinks merges the ends of the ranges' links, in range order.
 */
export function rangeLinks(
  spaces: MatchSpaces,
  search: CandidateSearch,
  from: number,
  to: number,
  options: Pick<AlignOptions, 'model' | 'perRegulation' | 'evidenceModel'> = {},
): DirectedLinks {
  const model = options.model ?? MATCH_MODEL;
  const k = options.perRegulation ?? PER_REGULATION;
  const directed = directedPairs(from);
  const scratch: PickScratch = { order: [], probability: new Float64Array(1024) };
  visitCandidateRange(spaces, search, from, to, (c) => {
    pickUnitLinks(spaces, c, model, k, scratch, directed, options.evidenceModel ?? EVIDENCE_MODEL);
    endUnit(directed);
  });
  return directed;
}

/** Links from the listed paragraphs (ascending) only, one entry of `ends` per listed paragraph, as rangeLinks gives them; `only` keeps some regulations' (visitCandidateUnits). */
export function listedLinks(
  spaces: MatchSpaces,
  search: CandidateSearch,
  units: Int32Array,
  options: Pick<AlignOptions, 'model' | 'perRegulation' | 'evidenceModel'> = {},
  only?: RegulationFilter,
): DirectedLinks {
  const model = options.model ?? MATCH_MODEL;
  const k = options.perRegulation ?? PER_REGULATION;
  const directed = directedPairs(0);
  const scratch: PickScratch = { order: [], probability: new Float64Array(1024) };
  visitCandidateUnits(
    spaces,
    search,
    units,
    (c) => {
      pickUnitLinks(spaces, c, model, k, scratch, directed, options.evidenceModel ?? EVIDENCE_MODEL);
      endUnit(directed);
    },
    only,
  );
  return directed;
}

/**
 * Scored links from the links found from every paragraph: the parts found from consecutive ranges, in range order (one
 * part for one pass). Sorted by (a, b); a pair found from both ends keeps its higher score, and on equal scores the one
 * found first. Consumes `parts` (mergePairs).
 */
export function mergeLinks(parts: DirectedLinks[], unitCount: number, complete: boolean, partRead?: PartRead): ScoredLinks {
  const { a, b, x, y } = mergePairs(parts, unitCount, undefined, partRead);
  return { a, b, score: x, similarity: y, complete };
}

/** The search with the options' labels as evidence, in the article index's numbers, when they give some. */
export function withReference(spaces: MatchSpaces, search: CandidateSearch, options: AlignOptions): CandidateSearch {
  return options.reference ? { ...search, reference: referenceIndex(spaces, options.reference) } : search;
}

/** Index, candidates and scored links of a corpus (all candidates held: for the evaluation and training). */
export function alignIndex(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): AlignResult {
  const spaces = buildSpaces(regulations);
  options.onPhase?.('indexed');
  // one search serves both: the candidates held for the evaluation, and the links scored from them
  const search = withReference(spaces, candidateSearch(spaces, searchLimits(options)), options);
  const candidates = matchCandidates(spaces, search);
  const count = spaces.paragraphs.units.length;
  const links = mergeLinks([rangeLinks(spaces, search, 0, count, options)], count, searchComplete(search));
  options.onPhase?.('searched');
  return { index: spaces.paragraphs, spaces, candidates, links };
}

/** What alignLinks gives: the regulations and paragraphs, the scored links and, with labels, what their votes are read from (label-witnesses.ts). */
export interface AlignedLinks {
  index: Pick<AlignmentIndex, 'regulations' | 'units'>;
  links: ScoredLinks;
  witnesses?: WitnessInputs;
}

/** Index and scored links of a corpus, without holding its candidates: what alignCorpus and the benchmark use. */
export function alignLinks(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): AlignedLinks {
  let spaces = buildSpaces(regulations);
  options.onPhase?.('indexed');
  let search: CandidateSearch | null = withReference(spaces, candidateSearch(spaces, searchLimits(options)), options);
  const witnesses = witnessInputsOf(spaces, search);
  // the searches are done: scoring reads the vectors only, so the posting lists (half of each index) are let go
  spaces = withoutSearch(spaces);
  const count = spaces.paragraphs.units.length;
  // in an array that mergeLinks empties, so the links found are let go as they are merged
  const parts = [rangeLinks(spaces, search, 0, count, options)];
  const complete = searchComplete(search);
  // the neighbour lists are not read again: only the links are held while their two ends are merged
  search = null;
  const links = mergeLinks(parts, count, complete);
  options.onPhase?.('searched');
  // only the regulations and units: the vectors and the article index can be collected now
  return { index: { regulations: spaces.paragraphs.regulations, units: spaces.paragraphs.units }, links, ...(witnesses ? { witnesses } : {}) };
}

/** Align a corpus at paragraph level: deterministic, the same input gives byte-identical output. */
export function alignCorpus(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): CorpusAlignment {
  const { index, links } = alignLinks(regulations, options);
  const out = corpusAlignment(index, links, options);
  options.onPhase?.('done');
  return out;
}

/** The data every comparison view reads, from the index and the scored links (of alignLinks, or of its worker-thread form). */
export function corpusAlignment(
  index: Pick<AlignmentIndex, 'regulations' | 'units'>,
  links: ScoredLinks,
  options: Pick<AlignOptions, 'perRegulation' | 'maxRegulations'> = {},
): CorpusAlignment {
  return {
    version: 2,
    method: {
      similarity: SIMILARITY_METHOD,
      same: SAME_THRESHOLD,
      similar: SIMILAR_THRESHOLD,
      related: RELATED_THRESHOLD,
      possible: POSSIBLE_THRESHOLD,
      perRegulation: options.perRegulation ?? PER_REGULATION,
      maxRegulations: options.maxRegulations ?? MAX_REGULATIONS,
    },
    complete: links.complete,
    regulations: index.regulations.map((r) => ({
      id: r.id,
      shortName: r.shortName,
      ...(r.superior ? { superior: r.superior } : {}),
      firstUnit: r.firstUnit,
      units: index.units.slice(r.firstUnit, r.firstUnit + r.unitCount).map((u) => ({ id: u.id, article: u.article, label: u.label, size: u.size })),
    })),
    links: Array.from(links.a, (a, i): AlignmentLink => [a, links.b[i]!, links.score[i]!, links.similarity[i]!]),
  };
}

// alignCorpus: regulations → CorpusAlignment, the data every comparison view is derived from.
// Phases: units and normalisation (units.ts, normalize.ts) → two indexes, of paragraphs and of whole articles
// (alignment-index.ts) → candidates and their evidence (match-features.ts) → the probability that a reader pairs
// them (match-model.ts) → for each paragraph, links to the best paragraph of its most likely articles.
import type { AlignmentLink, CorpusAlignment } from '../schemas/alignment.ts';
import { buildAlignmentIndex, type AlignmentIndex } from './alignment-index.ts';
import { POSSIBLE_THRESHOLD, RELATED_THRESHOLD, SAME_THRESHOLD, SIMILAR_THRESHOLD } from './levels.ts';
import { matchCandidates, matchSpaces, type MatchCandidates, type MatchSpaces } from './match-features.ts';
import { matchProbability, type MatchModel } from './match-model.ts';
import { MATCH_MODEL } from './match-weights.ts';
import { toArticleUnits, type AlignableRegulation } from './units.ts';

/** Counterpart articles kept per paragraph in each other regulation. */
export const PER_REGULATION = 3;
/** Other regulations in which a paragraph's candidates are searched; a corpus of up to 33 regulations is aligned exhaustively. */
export const MAX_REGULATIONS = 32;
/** Postings read per unit in the candidate searches; the real corpus never reaches it. */
export const MAX_POSTINGS_PER_UNIT = 6000;
/** Lowest score (‰) kept in the data: below every 可能相关 threshold chosen in the evaluation folds (340–440‰), so never shown. */
export const KEEP_THRESHOLD = 300;

/** Knobs of alignCorpus, all optional. */
export interface AlignOptions {
  perRegulation?: number;
  maxRegulations?: number;
  maxPostingsPerUnit?: number;
  /** The model (default: the fitted one); the evaluation passes models fitted without one regulation. */
  model?: MatchModel;
  /** Called between phases (the benchmark samples memory here). */
  onPhase?: (phase: 'indexed' | 'searched' | 'done') => void;
}

/** The similarity description written into the data. */
export const SIMILARITY_METHOD =
  '款与条两级比对：规范化后的汉字二元组 tf·idf（套话降权）余弦相似度，加上条文位置、前后条对应和互为最佳等证据，由在人工标注集上拟合的逻辑回归合成“把握”（‰）';

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

/** The best `k` candidates of every paragraph in each regulation, as undirected links (a pair found from both ends keeps its higher score). */
function pickLinks(spaces: MatchSpaces, c: MatchCandidates, probability: Float64Array, k: number): Omit<ScoredLinks, 'complete'> {
  const best = new Map<number, { score: number; similarity: number }>();
  const n = spaces.paragraphs.units.length;
  const order: number[] = [];
  for (let i = 0; i < c.unit.length; ) {
    let j = i;
    while (j < c.unit.length && c.unit[j] === c.unit[i] && spaces.articles.unitReg[c.article[j]!] === spaces.articles.unitReg[c.article[i]!]) j++;
    order.length = 0;
    for (let x = i; x < j; x++) order.push(x);
    order.sort((x, y) => probability[y]! - probability[x]! || c.article[x]! - c.article[y]!);
    for (const x of order.slice(0, k)) {
      const score = Math.round(probability[x]! * 1000);
      if (score < KEEP_THRESHOLD) continue;
      const u = c.unit[x]!;
      const v = c.bestParagraph[x]!;
      const key = Math.min(u, v) * n + Math.max(u, v);
      const had = best.get(key);
      if (!had || score > had.score) best.set(key, { score, similarity: c.similarity[x]! });
    }
    i = j;
  }
  const keys = [...best.keys()].sort((x, y) => x - y);
  return {
    a: Int32Array.from(keys, (key) => Math.floor(key / n)),
    b: Int32Array.from(keys, (key) => key % n),
    score: Int32Array.from(keys, (key) => best.get(key)!.score),
    similarity: Int32Array.from(keys, (key) => best.get(key)!.similarity),
  };
}

/** Index, candidates and scored links of a corpus. */
export function alignIndex(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): AlignResult {
  const index = buildAlignmentIndex(regulations);
  const spaces = matchSpaces(index, buildAlignmentIndex(regulations, toArticleUnits));
  options.onPhase?.('indexed');
  const candidates = matchCandidates(spaces, { maxRegulations: options.maxRegulations ?? MAX_REGULATIONS, maxPostingsPerUnit: options.maxPostingsPerUnit ?? MAX_POSTINGS_PER_UNIT });
  const model = options.model ?? MATCH_MODEL;
  const probability = new Float64Array(candidates.unit.length);
  for (let i = 0; i < probability.length; i++) probability[i] = matchProbability(model, candidates.features, i);
  const links = { ...pickLinks(spaces, candidates, probability, options.perRegulation ?? PER_REGULATION), complete: candidates.complete };
  options.onPhase?.('searched');
  return { index, spaces, candidates, links };
}

/** Align a corpus at paragraph level: deterministic, the same input gives byte-identical output. */
export function alignCorpus(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): CorpusAlignment {
  const { index, links } = alignIndex(regulations, options);
  const out: CorpusAlignment = {
    version: 2,
    method: {
      similarity: SIMILARITY_METHOD, same: SAME_THRESHOLD, similar: SIMILAR_THRESHOLD, related: RELATED_THRESHOLD, possible: POSSIBLE_THRESHOLD,
      perRegulation: options.perRegulation ?? PER_REGULATION, maxRegulations: options.maxRegulations ?? MAX_REGULATIONS,
    },
    complete: links.complete,
    regulations: index.regulations.map((r) => ({
      id: r.id, shortName: r.shortName, ...(r.superior ? { superior: r.superior } : {}), firstUnit: r.firstUnit,
      units: index.units.slice(r.firstUnit, r.firstUnit + r.unitCount).map((u) => ({ id: u.id, article: u.article, label: u.label, size: u.size })),
    })),
    links: Array.from(links.a, (a, i): AlignmentLink => [a, links.b[i]!, links.score[i]!, links.similarity[i]!]),
  };
  options.onPhase?.('done');
  return out;
}

// alignCorpus: regulations → CorpusAlignment, the data every comparison view is derived from.
// Phases: units and normalisation (units.ts, normalize.ts) → features and index (alignment-index.ts) →
// candidate search and scoring (neighbours.ts) → links at or above the 相关 threshold.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { buildAlignmentIndex, type AlignmentIndex } from './alignment-index.ts';
import { RECIPROCAL_THRESHOLD, RELATED_THRESHOLD, SAME_THRESHOLD, SIMILAR_THRESHOLD } from './levels.ts';
import { findNeighbours, type LinkArrays } from './neighbours.ts';
import type { AlignableRegulation } from './units.ts';

/** Counterparts kept per paragraph in each other regulation (article scores read the second and third best). */
export const PER_REGULATION = 3;
/** Other regulations in which a paragraph's counterparts are kept; a corpus of up to 33 regulations is aligned exhaustively. */
export const MAX_REGULATIONS = 32;
/** Postings read per paragraph in the candidate search; the real corpus never reaches it. */
export const MAX_POSTINGS_PER_UNIT = 6000;

/** Knobs of alignCorpus, all optional. */
export interface AlignOptions {
  perRegulation?: number;
  maxRegulations?: number;
  maxPostingsPerUnit?: number;
  /** Called between phases (the benchmark samples memory here). */
  onPhase?: (phase: 'indexed' | 'searched' | 'done') => void;
}

/** The similarity description written into the data. */
export const SIMILARITY_METHOD = '款级比对：规范化后的汉字二元组，tf·idf 加权（套话降权），余弦相似度（‰）';

/** Index plus scored links: what the views and the benchmark need before the JSON shape is built. */
export function alignIndex(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): { index: AlignmentIndex; links: LinkArrays } {
  const index = buildAlignmentIndex(regulations);
  options.onPhase?.('indexed');
  const links = findNeighbours(index, {
    perRegulation: options.perRegulation ?? PER_REGULATION,
    maxRegulations: options.maxRegulations ?? MAX_REGULATIONS,
    maxPostingsPerUnit: options.maxPostingsPerUnit ?? MAX_POSTINGS_PER_UNIT,
    minScore: RECIPROCAL_THRESHOLD,
  });
  options.onPhase?.('searched');
  return { index, links };
}

/** Align a corpus at paragraph level: deterministic, the same input gives byte-identical output. */
export function alignCorpus(regulations: readonly AlignableRegulation[], options: AlignOptions = {}): CorpusAlignment {
  const { index, links } = alignIndex(regulations, options);
  const out: CorpusAlignment = {
    version: 1,
    method: {
      similarity: SIMILARITY_METHOD, same: SAME_THRESHOLD, similar: SIMILAR_THRESHOLD, related: RELATED_THRESHOLD, reciprocal: RECIPROCAL_THRESHOLD,
      perRegulation: options.perRegulation ?? PER_REGULATION, maxRegulations: options.maxRegulations ?? MAX_REGULATIONS,
    },
    complete: links.complete,
    regulations: index.regulations.map((r) => ({
      id: r.id, shortName: r.shortName, ...(r.superior ? { superior: r.superior } : {}), firstUnit: r.firstUnit,
      units: index.units.slice(r.firstUnit, r.firstUnit + r.unitCount).map((u) => ({ id: u.id, article: u.article, label: u.label, size: u.size })),
    })),
    links: Array.from(links.a, (a, i) => [a, links.b[i]!, links.score[i]!] as [number, number, number]),
  };
  options.onPhase?.('done');
  return out;
}

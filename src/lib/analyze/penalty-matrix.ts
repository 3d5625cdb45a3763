import type { RegulationAnalysis } from '../schemas/analysis.ts';
import { SanctionKindSchema, type SanctionKind } from '../schemas/taxonomy.ts';

/** A consequence of the vocabulary, as the matrix needs it (sanctions.yaml order). */
export interface SanctionTerm {
  id: string;
  name: string;
  kind: SanctionKind;
}

/** A provision stating a consequence, with the words that made it one. */
export interface SanctionCitation {
  /** Paragraph / item id. */
  sourceId: string;
  /** The matched words, without repeats. */
  words: string[];
}

/** One consequence across the jurisdictions: one cell per regulation, in column order. */
export interface SanctionRow extends SanctionTerm {
  cells: Array<{ regulationId: string; citations: SanctionCitation[] }>;
}

/** The rows of one kind (惩戒 / 督导 / 追责 / 激励 / 建议). */
export interface SanctionGroup {
  kind: SanctionKind;
  rows: SanctionRow[];
}

/**
 * The sanction × jurisdiction matrix: rows grouped by kind in the schema's order, then in vocabulary order;
 * columns in the order of `analyses`. Kinds without a term are left out.
 */
export function buildPenaltyMatrix(terms: readonly SanctionTerm[], analyses: readonly RegulationAnalysis[]): SanctionGroup[] {
  const rows = terms.map((t) => ({ ...t, cells: analyses.map((a) => ({ regulationId: a.regulationId, citations: citeSanction(a, t.id) })) }));
  return SanctionKindSchema.options.map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) })).filter((g) => g.rows.length > 0);
}

/** The provisions of one regulation that state one consequence, in document order, each once. */
export function citeSanction(analysis: RegulationAnalysis, sanctionId: string): SanctionCitation[] {
  // xinjiang 第五十二条第一款第（六）项 names 警告、监察建议… as part of a condition, not as a consequence
  const conditions = conditionItemIds(analysis);
  const out: SanctionCitation[] = [];
  for (const c of analysis.clauses) {
    if (conditions.has(c.sourceId.replace(/__subitem_\d+$/, ''))) continue;
    const words = c.sanctions.filter((s) => s.id === sanctionId).map((s) => s.text);
    if (words.length === 0) continue;
    const last = out.at(-1);
    const entry = last?.sourceId === c.sourceId ? last : { sourceId: c.sourceId, words: [] };
    if (entry !== last) out.push(entry);
    for (const w of words) if (!entry.words.includes(w)) entry.words.push(w);
  }
  return out;
}

/** Ids of the items that are conditions of a `有下列情形之一的` list (their sub-items belong to them). */
export function conditionItemIds(analysis: RegulationAnalysis): Set<string> {
  return new Set(analysis.triggers.flatMap((t) => t.triggers.map((x) => x.sourceId)));
}

/** ASCII slugs of the kinds, for class names (`kind-discipline`). */
export const KIND_SLUGS: Record<SanctionKind, string> = { 惩戒: 'discipline', 督导: 'supervision', 追责: 'liability', 激励: 'incentive', 建议: 'advice' };

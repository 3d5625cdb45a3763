import type { RegulationAnalysis } from '../schemas/analysis.ts';
import type { TimingKind } from '../schemas/taxonomy.ts';
import { excerptAround, type HitExcerpt } from './hit-excerpt.ts';

/** Chinese names of the timing kinds, in the order a drafter reads them: hard limits first. */
export const TIMING_KIND_NAMES: Record<TimingKind, string> = { deadline: '时限', immediate: '即时', period: '期间', rhythm: '节奏', date: '日期' };
const KIND_ORDER = Object.keys(TIMING_KIND_NAMES) as TimingKind[];

/** Whether a timing binds someone to a time (30日内, 立即, 复查期间) rather than set a rhythm (定期) or a date. */
export function isTimeLimit(kind: TimingKind): boolean {
  return kind === 'deadline' || kind === 'immediate' || kind === 'period';
}

/** A time limit, rhythm or date with the provision stating it. */
export interface TimingEntry {
  sourceId: string;
  kind: TimingKind;
  /** Vocabulary name, e.g. 日内时限. */
  name: string;
  /** The matched words, with the clause around them. */
  excerpt: HitExcerpt;
  value: number | null;
  unit: string | null;
}

/** A procedure with each step resolved to the provision stating it, steps in the order of the text. */
export interface ProcedureEntry {
  id: string;
  name: string;
  articleId: string;
  steps: Array<{ id: string; name: string; text: string; sourceId: string }>;
}

/** A reporting duty: who reports, to whom, as written. */
export interface ReportEntry {
  sourceId: string;
  /** Names of the clause's actors (those who must report). */
  reporters: string[];
  /** Names of the recipients; empty when the text names none (`及时报告`). */
  recipients: string[];
  /** The matched words, e.g. 向公安机关报告. */
  text: string;
}

/** Timings of a regulation grouped by kind (TIMING_KIND_NAMES order), in document order within a kind; one entry per words per provision. */
export function listTimings(analysis: RegulationAnalysis): TimingEntry[] {
  const seen = new Set<string>();
  const out: TimingEntry[] = [];
  for (const c of analysis.clauses) {
    for (const t of c.timings) {
      const key = `${c.sourceId}|${t.text}`;
      if (seen.has(key)) continue; // haidong 第四十七条 says 年度 twice in one clause
      seen.add(key);
      out.push({ sourceId: c.sourceId, kind: t.kind, name: t.name, excerpt: excerptAround(c.text, t.start, t.text.length), value: t.value, unit: t.unit });
    }
  }
  return out.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)); // stable: keeps document order
}

/** Procedures of a regulation with their steps cited. */
export function listProcedures(analysis: RegulationAnalysis): ProcedureEntry[] {
  const sourceOf = new Map(analysis.clauses.map((c) => [c.id, c.sourceId]));
  return analysis.procedures.map((p) => ({
    id: p.id,
    name: p.name,
    articleId: p.articleId,
    steps: p.steps.map((s) => ({ id: s.id, name: s.name, text: s.text, sourceId: sourceOf.get(s.clauseId) ?? s.clauseId.replace(/__cl_\d+$/, '') })),
  }));
}

/** Reporting duties of a regulation in document order. */
export function listReports(analysis: RegulationAnalysis): ReportEntry[] {
  return analysis.clauses.flatMap((c) =>
    c.reports.map((r) => ({
      sourceId: c.sourceId,
      reporters: [...new Set(c.actors.map((a) => a.name))],
      recipients: [...new Set(r.recipients.map((a) => a.name))],
      text: r.text,
    })),
  );
}

// The facts 高级检索 filters regulations by, written at build time to /search/facts.json: 制定机关, 效力级别, the dates,
// and what later texts of the corpus did to each one. The file is fetched only when a search uses them.
// 时效性 is judged in the browser on the reader's date (a 尚未施行 text comes into force without a new build), by the
// same rules as the regulation page (src/lib/corpus/validity.ts, judgeTimeliness); a unit test holds them equal.
import { enactedByOf, validityLevelOf, type MetaFacts, type Timeliness } from '../corpus/validity.ts';
import type { RegulationMeta } from '../schemas/metadata.ts';

/** A repeal or amendment of a regulation by a later corpus text, from the day that text takes effect. */
export interface RegulationChange {
  status: '已废止' | '已修改';
  /** The date the later text takes effect (ISO). */
  on: string;
  /** The later text's id. */
  by: string;
}

/** One regulation's facts; null where neither the text nor a named source states it (the page says 未核实). */
export interface RegulationFacts {
  id: string;
  /** 制定机关. */
  enactedBy: string | null;
  /** 效力级别. */
  validityLevel: string | null;
  /** 公布日期 (ISO). */
  promulgatedOn: string | null;
  /** 施行日期 (ISO). */
  effective: string;
  /** Repeals and amendments by corpus texts, earliest first. */
  changes: RegulationChange[];
}

/** The build-time JSON: /search/facts.json. */
export interface SearchFacts {
  version: 1;
  regulations: RegulationFacts[];
}

/** The metadata the facts are read from. */
export type FactsSource = MetaFacts & Pick<RegulationMeta, 'promulgatedOn'>;

const squash = (s: string) => s.replace(/[\s\u3000《》]/g, '');

/** The repeals and amendments of `meta` by the other texts, as judgeTimeliness finds them, earliest first. */
function changesOf(meta: FactsSource, corpus: readonly FactsSource[]): RegulationChange[] {
  const others = corpus.filter((o) => o.id !== meta.id);
  const repeals = others.filter((o) => o.repeals.some((t) => squash(t) === squash(meta.title))).map((o) => ({ status: '已废止' as const, on: o.effective, by: o.id }));
  const amends = others
    .filter((o) => squash(o.title) === squash(meta.title) && o.effective > meta.effective)
    .map((o) => ({ status: '已修改' as const, on: o.effective, by: o.id }));
  return [...repeals, ...amends].sort((a, b) => a.on.localeCompare(b.on));
}

/** Build the facts file from the corpus metadata. */
export function buildSearchFacts(corpus: readonly FactsSource[]): SearchFacts {
  return {
    version: 1,
    regulations: corpus.map((meta) => ({
      id: meta.id,
      enactedBy: enactedByOf(meta),
      validityLevel: validityLevelOf(meta),
      promulgatedOn: meta.promulgatedOn ?? null,
      effective: meta.effective,
      changes: changesOf(meta, corpus),
    })),
  };
}

/**
 * 时效性 on a date: 已废止 once a repealing text is in force, else 已修改 once an amending one is, else 尚未施行 before
 * its own date in force, else 现行有效 (as far as the corpus knows).
 * @example timelinessOn({ effective: '2023-09-01', changes: [] }, '2023-08-01') // → '尚未施行'
 */
export function timelinessOn(facts: Pick<RegulationFacts, 'effective' | 'changes'>, date: string): Timeliness {
  const inForce = facts.changes.filter((c) => c.on <= date);
  if (inForce.some((c) => c.status === '已废止')) return '已废止';
  if (inForce.some((c) => c.status === '已修改')) return '已修改';
  return facts.effective > date ? '尚未施行' : '现行有效';
}

// Reads tests/fixtures/alignment/pairs.yaml (labels chosen by reading the texts) and checks an alignment
// against it. Shared by the accuracy test and by scripts that print the misses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { comparePair, type PairComparison } from '../../src/lib/compare/compare-pair.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import type { CorpusAlignment } from '../../src/lib/schemas/alignment.ts';
import { ROOT } from '../helpers/corpus.ts';

/** `xinjiang 26.3` → regulation, article number, optional paragraph number. */
export interface ProvisionRef {
  reg: string;
  article: number;
  paragraph: number | null;
}

/** One labelled pair: the best counterpart of `a` in `reg` must be one of `articles`. */
export interface LabelledPair {
  a: ProvisionRef;
  reg: string;
  articles: number[];
  subject: string;
  text: string;
}

/** One labelled absence: `a` has no counterpart in `reg`. */
export interface LabelledAbsence {
  a: ProvisionRef;
  reg: string;
  subject: string;
  text: string;
}

/** Parse `xinjiang 26.3` or `suzhou 43`. */
export function parseRef(text: string): ProvisionRef {
  const m = /^([a-z-]+) (\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`bad provision reference: ${text}`);
  return { reg: m[1]!, article: Number(m[2]), paragraph: m[3] ? Number(m[3]) : null };
}

/** The labelled pairs and absences of the fixture. */
export function readLabels(): { pairs: LabelledPair[]; absences: LabelledAbsence[] } {
  const raw = parse(readFileSync(path.join(ROOT, 'tests/fixtures/alignment/pairs.yaml'), 'utf8')) as {
    pairs: Array<{ a: string; b: string; subject: string }>;
    unmatched: Array<{ a: string; in: string[]; subject: string }>;
  };
  const pairs = raw.pairs.map((p) => {
    const [reg, nums] = p.b.split(' ');
    return { a: parseRef(p.a), reg: reg!, articles: nums!.split('|').map(Number), subject: p.subject, text: `${p.a} → ${p.b}` };
  });
  const absences = raw.unmatched.flatMap((u) => u.in.map((reg) => ({ a: parseRef(u.a), reg, subject: u.subject, text: `${u.a} ∉ ${reg}` })));
  return { pairs, absences };
}

/** The five corpus regulations as the build loads them. */
export function loadRegulations(): Regulation[] {
  return loadCorpus(path.join(ROOT, 'content/regulations'), ROOT).map((l) => l.regulation!);
}

const articleNumber = (id: string) => Number(/^art_(\d+)/.exec(id)![1]);

/** The row of `ref`'s article in a pair comparison. */
function rowOf(cmp: PairComparison, ref: ProvisionRef) {
  const row = cmp.rows.find((r) => r.article === `art_${ref.article}`);
  if (!row) throw new Error(`${ref.reg} has no article ${ref.article}`);
  return row;
}

/** What the alignment answers for a labelled provision: the articles of `reg` it names as best counterpart (empty: none). */
export function answerFor(alignment: CorpusAlignment, ref: ProvisionRef, reg: string): { article: number | null; score: number | null; label: string } {
  const row = rowOf(comparePair(ref.reg, reg, alignment), ref);
  if (ref.paragraph === null) {
    const c = row.counterpart;
    return { article: c ? articleNumber(c.article) : null, score: c?.score ?? null, label: c?.label ?? '无' };
  }
  const p = row.paragraphs.find((x) => x.id === `art_${ref.article}__para_${ref.paragraph}`);
  if (!p) throw new Error(`${ref.reg} ${ref.article} has no paragraph ${ref.paragraph}`);
  return { article: p.match ? articleNumber(p.match.article) : null, score: p.match?.score ?? null, label: p.match?.label ?? '无' };
}

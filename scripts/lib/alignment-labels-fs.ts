// Reads content/alignment-labels/*.yaml, the complete evaluation set of the alignment (labelled by
// reading), into one judgement per (article subject, other regulation). Errors name the file and the key.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { AlignmentLabelFileSchema, type AlignmentJudgement } from '../../src/lib/schemas/alignment-labels.ts';
import { ROOT } from '../../src/data/paths-fs.ts';
import { referenceLabels, type ReferenceLabels } from '../../src/lib/compare/reference-labels.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';

/** Where the label files live. */
export const LABELS_DIR = path.join(ROOT, 'content/alignment-labels');

/** Paragraph counts by article number, per regulation id: what the loader checks the labels against. */
export type ParagraphCounts = Map<string, Map<number, number>>;

/** The regulations that have a label file in `dir`. */
export function labelledIds(counts: ParagraphCounts, dir = LABELS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .filter((id) => counts.has(id))
    .sort();
}

/**
 * Every judgement of every label file in `dir`, checked for completeness against the corpus (throws with file and
 * key). `only` reads just the files of those regulations. Each file judges its regulation against the `ids` (default: the labelled regulations of the main set; a
 * regulation added to the corpus later counts once it has its own file).
 */
export function readJudgements(counts: ParagraphCounts, dir = LABELS_DIR, ids = labelledIds(counts), only?: readonly string[]): AlignmentJudgement[] {
  const out: AlignmentJudgement[] = [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (!only || only.includes(f.replace(/\.yaml$/, ''))))
    .sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const fail = (where: string, what: string) => {
      throw new Error(`${path.relative(ROOT, file)}: ${where}: ${what}`);
    };
    const data = AlignmentLabelFileSchema.parse(parse(readFileSync(file, 'utf8')));
    const own = counts.get(data.regulation) ?? fail('regulation', `语料中没有 ${data.regulation}`);
    const others = ids.filter((id) => id !== data.regulation);
    for (const [number, paraCount] of own) {
      const subjects = data.articles[String(number)] ?? fail(`articles.${number}`, '缺少这一条的标注');
      const covered = new Set<number>();
      for (const s of subjects) {
        const paras = s.paras ?? Array.from({ length: paraCount }, (_, i) => i + 1);
        for (const p of paras) p <= paraCount ? covered.add(p) : fail(`articles.${number}`, `没有第${p}款`);
        const sharing = subjects.filter((t) => String(t.paras ?? 'all') === String(s.paras ?? 'all')).length;
        for (const to of others) {
          const accept = (s as Record<string, unknown>)[to] as number[] | undefined;
          if (!accept) fail(`articles.${number}「${s.subject}」`, `缺少 ${to}`);
          const max = Math.max(...counts.get(to)!.keys());
          for (const a of accept!) if (a > max) fail(`articles.${number}「${s.subject}」.${to}`, `${to} 没有第 ${a} 条`);
          out.push({ from: data.regulation, article: number, subject: s.subject, paras, sharing, to, accept: accept!, sure: !s.unsure.includes(to) });
        }
      }
      if (covered.size !== paraCount) fail(`articles.${number}`, `有款不属于任何主题（共 ${paraCount} 款）`);
    }
    for (const key of Object.keys(data.articles)) if (!own.has(Number(key))) fail(`articles.${key}`, '语料中没有这一条');
  }
  return out;
}

/** The labels the data build uses as evidence, and why any label file was left out (printed as warnings). */
export interface BuildLabels {
  reference: ReferenceLabels | undefined;
  /** The judgements of the files used (none when `reference` is undefined). */
  judgements: AlignmentJudgement[];
  used: string[];
  warnings: string[];
}

/**
 * The label files in `dir` (content/alignment-labels) whose regulation is in the corpus with exactly the text they
 * were read from (sourceSha256), as evidence for the alignment (reference-labels.ts). A file for another text is left
 * out with a warning, never used on a text it was not read from; without at least two usable files there is nothing
 * to vote with, and `reference` is undefined.
 */
export function buildLabels(regulations: readonly Regulation[], dir: string): BuildLabels {
  if (!existsSync(dir)) return { reference: undefined, judgements: [], used: [], warnings: [] };
  const byId = new Map(regulations.map((r) => [r.meta.id, r]));
  const warnings: string[] = [];
  const used: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = path.join(dir, name);
    const parsed = AlignmentLabelFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path.relative(ROOT, file)}: ${issue.path.join('.') || '（文件）'}: ${issue.message}`);
    }
    const data = parsed.data;
    const regulation = byId.get(data.regulation);
    if (!regulation) continue;
    if (data.sourceSha256 !== regulation.sourceSha256) {
      warnings.push(
        `${path.relative(ROOT, file)}: 标注所据的文本（sourceSha256 ${data.sourceSha256?.slice(0, 12) ?? '未注明'}）与现行文本（${regulation.sourceSha256.slice(0, 12)}）不同，不用作比对印证`,
      );
      continue;
    }
    used.push(data.regulation);
  }
  if (used.length < 2) return { reference: undefined, judgements: [], used: [], warnings };
  const counts: ParagraphCounts = new Map(regulations.map((r) => [r.meta.id, new Map(r.parsed.articles.map((a) => [a.number, a.paragraphs.length]))]));
  const judgements = readJudgements(counts, dir, used, used);
  return { reference: referenceLabels(judgements), judgements, used, warnings };
}

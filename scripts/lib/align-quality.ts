// The quality section of `npm run bench:align` and the model fitting of `npm run train:align`: the labelled
// set read against the corpus as the build loads it.
import type { AlignmentJudgement } from '../../src/lib/schemas/alignment-labels.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { scoreJudgements, type QualityFigures, type Reach } from '../../src/lib/compare/quality/evaluate.ts';
import { alignmentPredictor, baselinePredictor } from '../../src/lib/compare/quality/predict.ts';
import { leaveOneOut } from '../../src/lib/compare/quality/train.ts';
import { leaveOneOutWithReference } from '../../src/lib/compare/quality/train-reference.ts';
import { referenceLabels } from '../../src/lib/compare/reference-labels.ts';
import { readJudgements } from './alignment-labels-fs.ts';
import { loadCorpus } from './load-corpus.ts';
import path from 'node:path';
import { CONTENT_DIR, ROOT } from '../../src/data/paths-fs.ts';

/** The corpus and its judgements. */
export function loadLabelledCorpus(): { regulations: Regulation[]; judgements: AlignmentJudgement[] } {
  const loaded = loadCorpus(CONTENT_DIR, ROOT);
  if (loaded.some((l) => !l.regulation)) throw new Error('语料加载失败：先运行 npm run build:data 查看错误');
  const regulations = loaded.map((l) => l.regulation!);
  const counts = new Map(regulations.map((r) => [r.meta.id, new Map(r.parsed.articles.map((a) => [a.number, a.paragraphs.length]))]));
  return { regulations, judgements: readJudgements(counts) };
}

/** Every figure the quality section prints: out of fold (with labels as evidence, and without), the baseline, and the deployed method in sample. */
export interface QualityReport {
  judgements: number;
  sure: number;
  outOfFold: QualityFigures;
  baseline: QualityFigures;
  inSample: QualityFigures;
  /** The deployed method: labels of the other regulations as evidence (reference-labels.ts), out of fold, and by direction. */
  withReference: QualityFigures;
  withReferenceFromHeld: QualityFigures;
  withReferenceToHeld: QualityFigures;
  /** The deployed method out of fold: sure counterparts among all links kept at any rank (the ceiling of the first counterpart), and among the first two shown. */
  withReferenceKept: Reach;
  withReferenceShown: Reach;
  /** Per fold: the thresholds shown at (the method's) and those chosen for the model with evidence before its recalibration. */
  withReferenceFolds: Array<{ held: string; possible: number; related: number; evidence: { possible: number; related: number } }>;
  folds: Array<{ held: string; possible: number; related: number }>;
}

/** Compute the quality report (about 20 s on the six regulations). */
export function qualityReport(): QualityReport {
  const { regulations, judgements } = loadLabelledCorpus();
  const loo = leaveOneOut(regulations, judgements);
  return {
    judgements: judgements.length,
    sure: judgements.filter((j) => j.sure).length,
    outOfFold: loo.figures,
    baseline: scoreJudgements(judgements, baselinePredictor(regulations.map((r) => ({ id: r.meta.id, articles: r.parsed.articles })))),
    inSample: scoreJudgements(judgements, alignmentPredictor(alignCorpus(regulations, { reference: referenceLabels(judgements) }))),
    ...withReference(regulations, judgements),
    folds: loo.folds.map((f) => ({ held: f.held, ...f.thresholds })),
  };
}

/** The deployed method's figures for the report. */
function withReference(
  regulations: Regulation[],
  judgements: AlignmentJudgement[],
): Pick<QualityReport, 'withReference' | 'withReferenceFromHeld' | 'withReferenceToHeld' | 'withReferenceKept' | 'withReferenceShown' | 'withReferenceFolds'> {
  const r = leaveOneOutWithReference(regulations, judgements);
  return {
    withReference: r.figures,
    withReferenceFromHeld: r.fromHeld,
    withReferenceToHeld: r.toHeld,
    withReferenceKept: r.kept,
    withReferenceShown: r.shown,
    withReferenceFolds: r.folds.map((f) => ({ held: f.held, ...f.thresholds, evidence: f.evidenceThresholds })),
  };
}

/** Headings of the deployed method's figures split by direction (bench:align and METHOD.md). */
export const METHOD_FROM_HELD = '其中新法规的款找已标注法规的条（草案比对的情形）';
export const METHOD_TO_HELD = '其中已标注法规的款找新法规的条';

/** The heading of the deployed method's figures: with the labels of the other regulations as evidence (bench:align and METHOD.md). */
export const METHOD_NAME = '本站方法（加上标注印证；留一法，未见过、未标注的法规）';
/** The heading of the method without labels, which applies between two regulations neither of which is labelled. */
export const PLAIN_NAME = '不用标注印证（两部法规都没有标注时；留一法）';
/** The heading of the deployed method's in-sample figures. */
export const IN_SAMPLE_NAME = '本站方法（样本内：用全部标注拟合、作印证后在同一标注上的成绩）';

/** The heading of the untuned baseline's figures. */
export const BASELINE_NAME = '基线（整条二元组 tf·idf 余弦，取最高者）';

/** The lines of figures the quality section prints and METHOD.md quotes, in that order. */
export function publishedLines(r: QualityReport): string[] {
  return [
    ...formatFigures(METHOD_NAME, r.withReference),
    ...formatFigures(METHOD_FROM_HELD, r.withReferenceFromHeld).slice(0, 4),
    ...formatFigures(METHOD_TO_HELD, r.withReferenceToHeld).slice(0, 4),
    ...reachLines(r),
    ...formatFigures(BASELINE_NAME, r.baseline),
    ...formatFigures(PLAIN_NAME, r.outOfFold),
    ...formatFigures(IN_SAMPLE_NAME, r.inSample),
  ];
}

/** Where the first counterpart's misses are: sure counterparts among the two the article panel lists, and among all kept links at any rank (the ceiling of any reordering). */
export function reachLines(r: QualityReport): string[] {
  const line = (what: string, x: Reach) => `  ${what}  ${pct(x.reached, x.sureMatched)} (${x.reached}/${x.sureMatched})`;
  return [
    `${REACH_NAME}:`,
    line('标注的对应条文在排名前两条之中（条文页每部法规列出两条，含可能相关）', r.withReferenceShown),
    line('在保留的全部连接之中（把握 300‰ 以上，任何名次：只调整先后所能达到的最高值）', r.withReferenceKept),
  ];
}

/** The heading of the ceiling lines. */
export const REACH_NAME = '首个对应条文正确的上限（本站方法，留一法）';

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

/** One line per figure, for the terminal and for METHOD.md. */
export function formatFigures(name: string, f: QualityFigures): string[] {
  const lv = (k: keyof QualityFigures['levels']) => `${pct(f.levels[k].right, f.levels[k].shown)} (${f.levels[k].right}/${f.levels[k].shown})`;
  return [
    `${name}:`,
    `  首个对应条文正确（确定有对应的判断）  ${pct(f.firstRight, f.sureMatched)} (${f.firstRight}/${f.sureMatched})`,
    `  有对应却未显示任何条文（误报“未找到”）  ${pct(f.falseNone, f.sureMatched)} (${f.falseNone}/${f.sureMatched})`,
    `  确定无对应却显示了条文：任何等级 ${pct(f.noneShownAny, f.sureNone)} (${f.noneShownAny}/${f.sureNone})，相关及以上 ${pct(f.noneShownRelated, f.sureNone)}，基本相同/高度相似 ${f.noneShownStrong}`,
    `  各等级精确率：基本相同 ${lv('same')}，高度相似 ${lv('similar')}，相关 ${lv('related')}，可能相关 ${lv('possible')}`,
  ];
}

/** Where a second, independent reader's labels of some regulations live (same format as the labels). */
export const SECOND_READER_DIR = path.join(ROOT, 'tests/fixtures/alignment/second-reader');

/**
 * How often two careful readers agree: the second reader's labels, used as if they were a method's answers
 * (its first article first, nothing shown for none), scored against the first reader's sure judgements.
 * A ceiling for what any method can score on this set.
 */
export function secondReaderAgreement(): { regulations: string[]; figures: QualityFigures } {
  const { regulations, judgements } = loadLabelledCorpus();
  const counts = new Map(regulations.map((r) => [r.meta.id, new Map(r.parsed.articles.map((a) => [a.number, a.paragraphs.length]))]));
  const second = readJudgements(counts, SECOND_READER_DIR);
  const covered = [...new Set(second.map((j) => j.from))];
  const predict = (j: AlignmentJudgement) => {
    const mine = second.filter((s) => s.from === j.from && s.article === j.article && s.to === j.to && s.paras.some((p) => j.paras.includes(p)));
    const ranked = [...new Set(mine.flatMap((s) => s.accept))];
    return { ranked: ranked.map((article) => ({ article, level: 'related' as const })) };
  };
  return {
    regulations: covered,
    figures: scoreJudgements(
      judgements.filter((j) => covered.includes(j.from)),
      predict,
    ),
  };
}

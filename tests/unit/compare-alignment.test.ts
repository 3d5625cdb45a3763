// The alignment against the complete evaluation set (content/alignment-labels, labelled by reading), and
// the shape of its output. The figures are those METHOD.md publishes, recomputed here: out of fold, beside the
// untuned baseline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLabelledCorpus, publishedLines, qualityReport, type QualityReport } from '../../scripts/lib/align-quality.ts';
import { trainedWeights } from '../../scripts/train-align.ts';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { referenceLabels } from '../../src/lib/compare/reference-labels.ts';
import { comparePair } from '../../src/lib/compare/compare-pair.ts';
import { CorpusAlignmentSchema } from '../../src/lib/schemas/alignment.ts';
import { ROOT } from '../helpers/corpus.ts';

const { regulations, judgements } = loadLabelledCorpus();
// what the site shows: the build passes the labels as evidence
const alignment = alignCorpus(regulations, { reference: referenceLabels(judgements) });
const counterpart = (a: string, article: number, b: string) => {
  const row = comparePair(a, b, alignment).rows.find((r) => r.article === `art_${article}`)!;
  return row.counterpart ? [row.counterpart, ...row.also] : [];
};

describe('the evaluation set', () => {
  it('judges every article of the six regulations against each of the five others', () => {
    const articles = regulations.reduce((n, r) => n + r.parsed.articles.length, 0);
    const judged = new Set(judgements.map((j) => `${j.from} ${j.article} ${j.to}`));
    expect(articles).toBe(282);
    expect(judged.size).toBe(282 * 5);
  });

  it('has both counterparts and nones among the sure judgements', () => {
    const sure = judgements.filter((j) => j.sure);
    expect(sure.filter((j) => j.accept.length).length).toBeGreaterThan(500);
    expect(sure.filter((j) => !j.accept.length).length).toBeGreaterThan(200);
  });
});

describe('alignment quality, leave one regulation out', () => {
  let report: QualityReport;
  beforeAll(() => {
    report = qualityReport();
  }, 120_000);

  it('publishes in METHOD.md exactly the figures computed here', () => {
    const method = readFileSync(path.join(ROOT, 'src/lib/compare/METHOD.md'), 'utf8');
    for (const line of publishedLines(report)) expect(method).toContain(line.trim());
  });

  it('beats the untuned baseline on the first counterpart by at least five points, and by three without labels', () => {
    const plain = report.outOfFold.firstRight / report.outOfFold.sureMatched;
    const ours = report.withReference.firstRight / report.withReference.sureMatched;
    const base = report.baseline.firstRight / report.baseline.sureMatched;
    expect(ours - base).toBeGreaterThanOrEqual(0.05);
    expect(plain - base).toBeGreaterThanOrEqual(0.03);
  });

  it('says 未找到 for at most 1% of sure counterparts with labels as evidence (1.5% without), out of fold', () => {
    expect(report.withReference.falseNone / report.withReference.sureMatched).toBeLessThanOrEqual(0.01);
    expect(report.outOfFold.falseNone / report.outOfFold.sureMatched).toBeLessThanOrEqual(0.015);
  });

  it('keeps every shown level at least 90% precise with labels as evidence, and 基本相同 and 高度相似 without, out of fold', () => {
    for (const l of ['same', 'similar', 'related'] as const) expect(report.withReference.levels[l].right / report.withReference.levels[l].shown).toBeGreaterThanOrEqual(0.9);
    for (const l of ['same', 'similar'] as const) expect(report.outOfFold.levels[l].right / report.outOfFold.levels[l].shown).toBeGreaterThanOrEqual(0.9);
  });

  it('ships the weights that the labels give (npm run train:align is current)', () => {
    expect(readFileSync(path.join(ROOT, 'src/lib/compare/match-weights.ts'), 'utf8')).toBe(trainedWeights());
  }, 60_000);
});

describe('examples read from the texts', () => {
  it('pairs shanxi 第三十五条 and xinjiang 第三十条 (网格化服务管理) in at least one direction', () => {
    const found = [...counterpart('shanxi', 35, 'xinjiang').map((c) => c.article === 'art_30'), ...counterpart('xinjiang', 30, 'shanxi').map((c) => c.article === 'art_35')];
    expect(found).toContain(true);
  });

  it('pairs the regional cooperation articles of changji 第七条 with haidong 第八条 and suzhou 第十二条', () => {
    expect(counterpart('changji', 7, 'haidong')[0]?.article).toBe('art_8');
    expect(counterpart('changji', 7, 'suzhou')[0]?.article).toBe('art_12');
  });
});

describe('alignCorpus output', () => {
  it('is valid data-download JSON', () => {
    expect(() => CorpusAlignmentSchema.parse(JSON.parse(JSON.stringify(alignment)))).not.toThrow();
  });

  it('gives byte-identical output for the same input', () => {
    const again = loadLabelledCorpus();
    expect(JSON.stringify(alignCorpus(again.regulations, { reference: referenceLabels(again.judgements) }))).toBe(JSON.stringify(alignment));
  });

  it('is exhaustive on the real corpus and small enough to ship', () => {
    expect(alignment.complete).toBe(true);
    expect(JSON.stringify(alignment).length).toBeLessThan(150_000);
  });

  it('keeps only links between different regulations, sorted, scored 0–1000', () => {
    const regOf = alignment.regulations.flatMap((r, i) => r.units.map(() => i));
    for (const [a, b, score, similarity] of alignment.links) {
      expect(a).toBeLessThan(b);
      expect(regOf[a]).not.toBe(regOf[b]);
      expect(score).toBeGreaterThanOrEqual(300);
      expect(similarity).toBeLessThanOrEqual(1000);
    }
    const keys = alignment.links.map(([a, b]) => a * 1e6 + b);
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
  });

  it('counts every paragraph of every regulation once', () => {
    const paragraphs = regulations.reduce((n, r) => n + r.stats.paragraphs, 0);
    expect(alignment.regulations.reduce((n, r) => n + r.units.length, 0)).toBe(paragraphs);
  });
});

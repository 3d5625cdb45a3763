import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { CorpusAlignmentSchema } from '../../src/lib/schemas/alignment.ts';
import { answerFor, loadRegulations, readLabels } from './compare-labels.ts';

const regulations = loadRegulations();
const alignment = alignCorpus(regulations);
const { pairs, absences } = readLabels();

describe('alignment of the five regulations against labels chosen by reading', () => {
  it('has a labelled set of at least 50 pairs and 15 provisions without a counterpart', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(50);
    expect(new Set(absences.map((a) => `${a.a.reg} ${a.a.article}.${a.a.paragraph}`)).size).toBeGreaterThanOrEqual(15);
  });

  it('finds the labelled counterpart as the best match for at least 95% of the pairs', () => {
    const misses = pairs.flatMap((p) => {
      const got = answerFor(alignment, p.a, p.reg);
      return got.article !== null && p.articles.includes(got.article) ? [] : [`${p.text}（${p.subject}）: got ${got.label} ${got.score ?? ''}`];
    });
    console.log(`labelled pairs: ${pairs.length - misses.length}/${pairs.length} right${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`);
    expect((pairs.length - misses.length) / pairs.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reports at least 95% of the labelled absences as unmatched', () => {
    const wrong = absences.flatMap((u) => {
      const got = answerFor(alignment, u.a, u.reg);
      return got.article === null ? [] : [`${u.text}（${u.subject}）: matched ${got.label} ${got.score}`];
    });
    console.log(`labelled absences: ${absences.length - wrong.length}/${absences.length} unmatched${wrong.length ? `; false matches:\n  ${wrong.join('\n  ')}` : ''}`);
    expect((absences.length - wrong.length) / absences.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('alignCorpus output', () => {
  it('is valid data-download JSON', () => {
    expect(() => CorpusAlignmentSchema.parse(JSON.parse(JSON.stringify(alignment)))).not.toThrow();
  });

  it('gives byte-identical output for the same input', () => {
    const again = alignCorpus(loadRegulations());
    expect(JSON.stringify(again)).toBe(JSON.stringify(alignment));
  });

  it('is exhaustive on the real corpus and small enough to ship', () => {
    expect(alignment.complete).toBe(true);
    expect(JSON.stringify(alignment).length).toBeLessThan(100_000);
  });

  it('keeps only links between different regulations, sorted and within the accepted scores', () => {
    const regOf = alignment.regulations.flatMap((r, i) => r.units.map(() => i));
    for (const [a, b, score] of alignment.links) {
      expect(a).toBeLessThan(b);
      expect(regOf[a]).not.toBe(regOf[b]);
      expect(score).toBeGreaterThanOrEqual(alignment.method.reciprocal);
    }
    const keys = alignment.links.map(([a, b]) => a * 1e6 + b);
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
  });

  it('counts every paragraph of every regulation once', () => {
    const paragraphs = regulations.reduce((n, r) => n + r.stats.paragraphs, 0);
    expect(alignment.regulations.reduce((n, r) => n + r.units.length, 0)).toBe(paragraphs);
  });
});

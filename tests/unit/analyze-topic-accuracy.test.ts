// Topic classification measured against tests/fixtures/analyze/topic-labels.yaml: 100 paragraphs, 20 per
// regulation, whose topics were labelled by reading the texts (not the keyword lists, not the program's
// output), after the topic rules were written. The target, set before the first measurement: the labelled
// main topic is among the paragraph's topics for at least 80% of the paragraphs. Precision is reported, not
// asserted: a paragraph that lists a body's duties touches many topics, and the labels keep `also` short.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeWithAlignment } from '../../src/lib/analyze/analyze-with-alignment.ts';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { paragraphText } from '../../src/lib/compare/units.ts';
import type { RegulationAnalysis } from '../../src/lib/schemas/analysis.ts';
import { ROOT } from '../helpers/corpus.ts';
import { analyses as keywordOnly, regulations, vocab } from './analyze-helpers.ts';

interface TopicLabel {
  regulation: string;
  paragraph: string;
  cite: string;
  text: string;
  main: string;
  also: string[];
}

const labels = parse(readFileSync(path.join(ROOT, 'tests/fixtures/analyze/topic-labels.yaml'), 'utf8')) as TopicLabel[];
const withHook = analyzeWithAlignment(regulations, vocab, alignCorpus(regulations));

/** Main-topic recall, recall over all labelled topics, and precision of the assigned topics. */
function measure(analyses: readonly RegulationAnalysis[]): { main: number; all: number; precision: number; misses: string[] } {
  let mainHits = 0;
  let labelled = 0;
  let labelledHits = 0;
  let assigned = 0;
  let assignedRight = 0;
  const misses: string[] = [];
  for (const l of labels) {
    const got = new Set(
      analyses
        .find((a) => a.regulationId === l.regulation)!
        .paragraphs.find((p) => p.id === l.paragraph)!
        .topics.map((t) => t.id),
    );
    const want = new Set([l.main, ...l.also]);
    if (got.has(l.main)) mainHits++;
    else misses.push(`${l.regulation} ${l.cite} ${l.main}`);
    labelled += want.size;
    labelledHits += [...want].filter((t) => got.has(t)).length;
    assigned += got.size;
    assignedRight += [...got].filter((t) => want.has(t)).length;
  }
  return { main: mainHits / labels.length, all: labelledHits / labelled, precision: assignedRight / assigned, misses };
}

describe('topic accuracy on labelled paragraphs', () => {
  it('labels real paragraphs with real topics (each label names its paragraph by its opening words)', () => {
    const topicIds = new Set(vocab.topics.topics.map((t) => t.id));
    expect(labels.length).toBeGreaterThanOrEqual(100);
    for (const l of labels) {
      const reg = regulations.find((r) => r.meta.id === l.regulation)!;
      const p = reg.parsed.articles.flatMap((a) => a.paragraphs).find((x) => x.id === l.paragraph);
      expect(p, `${l.regulation} ${l.paragraph}`).toBeDefined();
      expect(paragraphText(p!).startsWith(l.text), `${l.regulation} ${l.cite}`).toBe(true);
      for (const t of [l.main, ...l.also]) expect(topicIds.has(t), `${l.regulation} ${l.cite} ${t}`).toBe(true);
    }
  });

  it('finds the main topics and precision METHOD.md publishes, the alignment hook changing no recall, and reports the misses', () => {
    const kw = measure(keywordOnly);
    const hooked = measure(withHook);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `主题准确度（${labels.length} 款）：主要主题召回 关键词 ${pct(kw.main)} → 加对齐 ${pct(hooked.main)}；全部标注主题召回 ${pct(kw.all)} → ${pct(hooked.all)}；精确率 ${pct(kw.precision)} → ${pct(hooked.precision)}`,
    );
    console.log(`未找到主要主题：${hooked.misses.join('；')}`);
    // the figures METHOD.md publishes may not drift without this test failing: assert them, not lower floors
    const method = readFileSync(path.join(ROOT, 'src/lib/analyze/METHOD.md'), 'utf8');
    expect(method).toContain(`主要主题被找到的有 ${Math.round(hooked.main * labels.length)} 款（${Math.round(hooked.main * 100)}%）`);
    expect(method).toContain(`全部标注主题的召回率 ${Math.round(hooked.all * 100)}%`);
    expect(method).toContain(`精确率由 ${pct(kw.precision)} 略降为 ${pct(hooked.precision)}`);
    expect(hooked.main).toBe(kw.main);
    expect(hooked.all).toBe(kw.all);
  });
});

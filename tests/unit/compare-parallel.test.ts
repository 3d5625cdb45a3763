// alignLinksParallel (scripts/lib/align-parallel.ts) cuts the units into ranges and searches and scores them on
// worker threads; the claim is that the links are exactly those of one pass (alignLinks), in the same order. Ranges
// of 37 units start and end inside articles and inside regulations, which is where a range-local state (the
// article's scattered vector, its neighbours' best counterparts) would go wrong. A search cut short by its budget and
// by the number of regulations takes the re-scoring path, checked the same way.
import { describe, expect, it } from 'vitest';
import { alignLinks, type AlignOptions } from '../../src/lib/compare/align-corpus.ts';
import { alignLinksParallel } from '../../scripts/lib/align-parallel.ts';
import { buildAlignmentIndex, FeatureCounter, indexCounted, rangeFeatures, unitsToIndex } from '../../src/lib/compare/alignment-index.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();

/** The links of both paths as plain arrays, for a readable difference. */
async function both(options: AlignOptions) {
  const serial = alignLinks(regulations, options).links;
  const parallel = (await alignLinksParallel(regulations, { ...options, workers: 3, rangeSize: 37 })).links;
  const plain = (l: typeof serial) => ({ a: [...l.a], b: [...l.b], score: [...l.score], similarity: [...l.similarity], complete: l.complete });
  return { serial: plain(serial), parallel: plain(parallel) };
}

describe('alignment on worker threads', () => {
  it('gives the links of one pass over the six regulations, in the same order', async () => {
    const { serial, parallel } = await both({});
    // the real corpus is searched exhaustively and has thousands of links: the comparison is not of two empty lists
    expect(serial.complete).toBe(true);
    expect(serial.a.length).toBeGreaterThan(1000);
    expect(parallel).toEqual(serial);
  });

  it('reports an error raised in a worker instead of waiting for it (an impossible option makes the search throw)', async () => {
    expect(() => alignLinks(regulations, { maxRegulations: -1 })).toThrow(RangeError);
    await expect(alignLinksParallel(regulations, { workers: 2, maxRegulations: -1 })).rejects.toThrow(/比对工作线程出错：RangeError/);
  });

  it('gives the same links when the search is cut short by its budget and by the number of regulations', async () => {
    const { serial, parallel } = await both({ maxRegulations: 2, maxPostingsPerUnit: 40 });
    expect(serial.complete).toBe(false);
    expect(parallel).toEqual(serial);
  });
});

describe('an index counted in ranges', () => {
  it('is the index one pass builds: the same feature ids, weights and postings', () => {
    const { texts, ...prepared } = unitsToIndex(regulations);
    const counter = new FeatureCounter();
    for (let from = 0; from < texts.length; from += 37) counter.add(rangeFeatures(texts.slice(from, from + 37)));
    const ranged = indexCounted(prepared, counter.finish());
    const whole = buildAlignmentIndex(regulations);
    // thirteen ranges of the six regulations' 466 paragraphs: most features are met first in a later range than 0
    expect(texts.length).toBeGreaterThan(37 * 10);
    expect(ranged.featureCount).toBe(whole.featureCount);
    expect(ranged).toEqual(whole);
  });
});

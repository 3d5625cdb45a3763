// Labels as evidence (src/lib/compare/reference-labels.ts; METHOD.md, 标注印证), on cases worked out by hand,
// and the evaluation's promise that a regulation's own judgements never reach the fold that scores it.
import { describe, expect, it } from 'vitest';
import { alignFrozenParallel, alignLinksParallel } from '../../scripts/lib/align-parallel.ts';
import { loadLabelledCorpus } from '../../scripts/lib/align-quality.ts';
import { alignFrozen } from '../../src/lib/compare/align-increment.ts';
import { alignLinks } from '../../src/lib/compare/align-corpus.ts';
import type { BestArticles, MatchSpaces } from '../../src/lib/compare/match-features.ts';
import { corroboration, labelledCounterparts, referenceIndex, referenceLabels } from '../../src/lib/compare/reference-labels.ts';
import type { AlignmentJudgement } from '../../src/lib/schemas/alignment-labels.ts';
import { referenceFold } from '../../src/lib/compare/quality/train-reference.ts';

const judgement = (from: string, article: number, to: string, accept: number[], sure = true): AlignmentJudgement => ({
  from,
  article,
  subject: '',
  paras: [1],
  sharing: 1,
  to,
  accept,
  sure,
});

// p 第一条 ↔ q 第一条 and r 第一条; p 第二条 ↔ q 第二条; q 第二条 ↔ s 第一条; an unsure judgement pairs nothing;
// a label of a regulation the corpus lacks ('gone') is left out
const labels = referenceLabels([
  judgement('p', 1, 'q', [1]),
  judgement('p', 1, 'r', [1]),
  judgement('p', 2, 'q', [2]),
  judgement('q', 2, 's', [1]),
  judgement('r', 1, 's', [1], false),
  judgement('gone', 1, 'p', [2]),
]);

// article units: new 0 | p 1 2 | q 3 4 | r 5 | s 6 | other 7 ('new' and 'other' are not labelled)
const ids = ['new', 'p', 'q', 'r', 's', 'other'];
const unitReg = Int32Array.from([0, 1, 1, 2, 2, 3, 4, 5]);
const numbers = [1, 1, 2, 1, 2, 1, 1, 1];
const spaces = {
  articles: { regulations: ids.map((id) => ({ id })), units: numbers.map((n) => ({ id: `art_${n}` })), unitReg },
} as unknown as MatchSpaces;
const ref = referenceIndex(spaces, labels);
// each article's best article per other regulation (as bestArticles gives them from the candidate search)
const rows: Record<number, number[]> = { 0: [2, 3, 5, 6], 2: [5, 6] };
const start = new Int32Array(9);
for (let x = 0; x < 8; x++) start[x + 1] = start[x]! + (rows[x]?.length ?? 0);
const best = { start, best: Int32Array.from(Object.values(rows).flat()), ofStart: new Int32Array(9), of: new Int32Array(0) } as BestArticles;

describe('referenceLabels and referenceIndex', () => {
  it('pairs the sure counterparts both ways, in the article index numbers', () => {
    expect([...ref.labelled]).toEqual([0, 1, 1, 1, 1, 0]);
    expect(ref.labelledCount).toBe(4);
    const of = (x: number) => [...ref.counterpart.subarray(ref.start[x]!, ref.start[x + 1]!)];
    expect(of(1)).toEqual([3, 5]);
    // p 第二条: q 第二条 only ('gone' 第一条 is not in the corpus)
    expect(of(2)).toEqual([4]);
    expect(of(4)).toEqual([2, 6]);
    // r 第一条 ↔ s 第一条 was unsure: not a counterpart
    expect(of(5)).toEqual([1]);
    expect(of(6)).toEqual([4]);
    expect(of(0)).toEqual([]);
  });
});

describe('corroboration', () => {
  it('counts the third labelled regulations whose best article for the new one is a labelled counterpart', () => {
    // new 0 → p 1: third regulations q, r, s; the best of 0 in q (3) and in r (5) are counterparts of 1, in s (6) not
    expect(corroboration(ref, best, unitReg, 0, 1)).toBeCloseTo(2 / 3, 12);
    expect(corroboration(ref, best, unitReg, 0, 2)).toBe(0);
  });

  it('lets the unlabelled side vote when the candidate is in an unlabelled regulation', () => {
    expect(corroboration(ref, best, unitReg, 1, 0)).toBeCloseTo(2 / 3, 12);
  });

  it('between two labelled regulations, never counts either of them', () => {
    // p 2 → q 4: only r and s vote; the best of 2 in s (6) is a counterpart of 4, in r (5) not
    expect(corroboration(ref, best, unitReg, 2, 4)).toBe(0.5);
  });

  it('does not apply between two unlabelled regulations', () => {
    expect(corroboration(ref, best, unitReg, 0, 7)).toBeNaN();
  });
});

describe('the evaluation with labels as evidence', () => {
  const { regulations, judgements } = loadLabelledCorpus();
  const held = regulations[0]!.meta.id;

  it("does not depend on the held regulation's own judgements, except for the figures scored on them", () => {
    const fold = referenceFold(regulations, judgements, held);
    // the held regulation's judgements turned round: every counterpart a none and every none a counterpart, sure and
    // unsure swapped. Labels, models and thresholds must not move; the figures scored on them must
    const scrambled = judgements.map((j) => (j.from === held || j.to === held ? { ...j, accept: j.accept.length ? [] : [1], sure: !j.sure } : j));
    const again = referenceFold(regulations, scrambled, held);
    expect(again.reference).toEqual(fold.reference);
    expect(again.model).toEqual(fold.model);
    expect(again.evidenceModel).toEqual(fold.evidenceModel);
    expect(again.thresholds).toEqual(fold.thresholds);
    expect(again.evidenceThresholds).toEqual(fold.evidenceThresholds);
    expect(again.figures).not.toEqual(fold.figures);
    expect(fold.reference.regulations.has(held)).toBe(false);
    expect(fold.reference.regulations.size).toBe(regulations.length - 1);
  }, 60_000);

  it("reaches the worker threads of the incremental path's full alignment: the same state links as on one thread", async () => {
    const reference = referenceLabels(judgements);
    const one = alignFrozen(regulations, undefined, { reference });
    const threaded = await alignFrozenParallel(regulations, undefined, { reference, workers: 2, rangeSize: 100 });
    expect(Array.from(threaded.links.score)).toEqual(Array.from(one.links.score));
    expect(Array.from(threaded.links.b)).toEqual(Array.from(one.links.b));
    expect(Array.from(one.links.score)).not.toEqual(Array.from(alignFrozen(regulations).links.score));
  });

  it('reaches the worker threads of the full alignment: the same links as on one thread, and not those without labels', async () => {
    const reference = referenceLabels(judgements);
    const one = alignLinks(regulations, { reference });
    const threaded = await alignLinksParallel(regulations, { reference, workers: 2, rangeSize: 100 });
    expect(Array.from(threaded.links.score)).toEqual(Array.from(one.links.score));
    expect(Array.from(threaded.links.b)).toEqual(Array.from(one.links.b));
    expect(Array.from(one.links.score)).not.toEqual(Array.from(alignLinks(regulations).links.score));
  });
});

describe('the counterparts readers labelled, as an article page names them', () => {
  // read in content/alignment-labels: shanxi 第三十五条 (网格化服务管理) ↔ xinjiang 第三十条, none in changji;
  // suzhou 第十五条 ↔ xinjiang 第三十条 and 第十五条
  const built = referenceLabels(loadLabelledCorpus().judgements);
  it('lists the labelled articles of the other regulation, ascending', () => {
    expect(labelledCounterparts(built, 'shanxi', 35, 'xinjiang')).toEqual([30]);
    expect(labelledCounterparts(built, 'suzhou', 15, 'xinjiang')).toEqual([15, 30]);
    expect(labelledCounterparts(built, 'xinjiang', 30, 'shanxi')).toEqual([35]);
  });

  it('says nothing is labelled where both regulations were labelled and readers paired nothing, and knows nothing otherwise', () => {
    expect(labelledCounterparts(built, 'shanxi', 35, 'changji')).toEqual([]);
    expect(labelledCounterparts(built, 'shanxi', 35, 'draft')).toBeUndefined();
    expect(labelledCounterparts(labels, 'p', 1, 'q')).toEqual([1]);
    expect(labelledCounterparts(labels, 'p', 1, 'unlabelled')).toBeUndefined();
  });
});

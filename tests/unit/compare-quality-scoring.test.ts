// The scoring rules of the alignment evaluation (METHOD.md, 准确程度), on hand-made judgements.
import { describe, expect, it } from 'vitest';
import { reachOf, scoreJudgements, type Prediction } from '../../src/lib/compare/quality/evaluate.ts';
import type { AlignmentJudgement } from '../../src/lib/schemas/alignment-labels.ts';

// haidong 第三条第一款 has two subjects: 基本原则 (suzhou 第三条) and 治理格局 (suzhou has none)
const principle: AlignmentJudgement = { from: 'haidong', article: 3, subject: '基本原则', paras: [1], sharing: 2, to: 'suzhou', accept: [3], sure: true };
const pattern: AlignmentJudgement = { from: 'haidong', article: 3, subject: '治理格局', paras: [1], sharing: 2, to: 'suzhou', accept: [], sure: true };
const shows =
  (...articles: number[]) =>
  (): Prediction => ({ ranked: articles.map((article) => ({ article, level: 'similar' as const })) });

describe('scoring the alignment against the labels', () => {
  it("does not count the other subject's counterpart, shown for the shared paragraph, against a none", () => {
    const f = scoreJudgements([principle, pattern], shows(3));
    expect([f.firstRight, f.sureMatched, f.noneShownAny, f.noneShownStrong, f.sureNone]).toEqual([1, 1, 0, 0, 1]);
    expect(f.levels.similar).toEqual({ shown: 1, right: 1 });
  });

  it('still counts any other article shown for that paragraph as a false match', () => {
    const f = scoreJudgements([principle, pattern], shows(3, 7));
    expect([f.firstRight, f.noneShownAny, f.noneShownStrong]).toEqual([1, 1, 1]);
    expect(f.misses.map((m) => [m.judgement.subject, m.kind])).toEqual([['治理格局', 'false-match']]);
  });

  it('counts the none as contradicted when the other subject is unsure (its counterpart is no excuse)', () => {
    const f = scoreJudgements([{ ...principle, sure: false }, pattern], shows(3));
    expect([f.sureMatched, f.noneShownAny]).toEqual([0, 1]);
  });

  it("gives no excuse to a none whose paragraphs only overlap the other subject's (suzhou 第二十七条: ¶1–2 against ¶1 and ¶3)", () => {
    const f = scoreJudgements(
      [
        { ...principle, paras: [1, 3] },
        { ...pattern, paras: [1, 2], sharing: 1 },
      ],
      shows(3),
    );
    expect(f.noneShownAny).toBe(1);
  });

  it('leaves subjects of other paragraphs out of it', () => {
    const f = scoreJudgements(
      [
        { ...principle, paras: [2] },
        { ...pattern, sharing: 1 },
      ],
      shows(3),
    );
    expect(f.noneShownAny).toBe(1);
  });
});

describe('the ceiling of the first counterpart', () => {
  it('counts a sure counterpart given at any rank within the depth, and leaves nones and unsure judgements out', () => {
    const other: AlignmentJudgement = { ...principle, article: 4, accept: [9] };
    const judgements = [principle, other, pattern, { ...principle, article: 5, sure: false }];
    // suzhou 第三条 third: reached at any depth, not within two; 第九条 never shown
    expect(reachOf(judgements, shows(7, 8, 3))).toEqual({ sureMatched: 2, reached: 1 });
    expect(reachOf(judgements, shows(7, 8, 3), 2)).toEqual({ sureMatched: 2, reached: 0 });
    expect(reachOf(judgements, shows(9, 3), 2)).toEqual({ sureMatched: 2, reached: 2 });
  });
});

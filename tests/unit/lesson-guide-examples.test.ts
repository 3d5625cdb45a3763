// The lesson guide's examples: the hand-picked ones for the founding corpus, and ones picked from any other
// corpus that all resolve (a site built without suzhou must not fail on its /lessons/ page). Read in the
// fixture: 示例市条例 第三条 has two paragraphs, its first with three items; no one-paragraph article has items.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { FOUNDING_EXAMPLES, guideExamples, pickGuideExamples } from '../../src/remark/guide-examples.ts';
import { createLessonCorpus, isProblem, resolveProvision } from '../../src/remark/lesson-refs.ts';
import { ROOT } from '../helpers/corpus.ts';

const load = (dir: string) => loadCorpus(path.join(ROOT, dir), ROOT).map((l) => l.regulation!);

describe('lesson guide examples', () => {
  it('uses the hand-picked examples with the founding corpus', () => {
    const regs = load('content/regulations');
    const corpus = createLessonCorpus(regs, '2026-11-23T00:00:00Z');
    expect(guideExamples(regs, (r) => !isProblem(resolveProvision(corpus, r)))).toBe(FOUNDING_EXAMPLES);
  });

  it('picks examples that resolve from a corpus without those regulations', () => {
    const regs = load('tests/fixtures/site');
    const corpus = createLessonCorpus(regs, '2026-11-23T00:00:00Z');
    const picked = guideExamples(regs, (r) => !isProblem(resolveProvision(corpus, r)));
    expect(picked).toEqual(pickGuideExamples(regs));
    expect(picked.refs).toEqual(['shili/3', 'shili/3/2', 'shili/3/1/3']);
    for (const ref of picked.refs) expect(isProblem(resolveProvision(corpus, ref)), ref).toBe(false);
    expect(isProblem(resolveProvision(corpus, picked.bad))).toBe(true);
  });
});

// The analysis as the build runs it: a keyword pass, then a second pass in which each paragraph may borrow
// topics from its close counterparts (alignment-hook.ts). One function, so the build and the tests agree.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import type { RegulationAnalysis } from '../schemas/analysis.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { toUnits, type AlignableRegulation } from '../compare/units.ts';
import { analyzeCorpus } from './analyze-corpus.ts';
import type { AnalyzableRegulation } from './analyze-regulation.ts';
import { alignmentTopicHook } from './alignment-hook.ts';

/** Analyse a corpus with its alignment: keyword topics, then topics lent by close counterparts. */
export function analyzeWithAlignment(regs: ReadonlyArray<AnalyzableRegulation & AlignableRegulation>, vocab: Vocabulary, alignment: CorpusAlignment): RegulationAnalysis[] {
  const keywordPass = analyzeCorpus(regs, vocab);
  const texts = new Map(regs.flatMap((r) => toUnits(r).map((u) => [`${r.meta.id}:${u.id}`, u.text] as const)));
  const hook = alignmentTopicHook(alignment, keywordPass, (regId, paraId) => texts.get(`${regId}:${paraId}`) ?? '');
  return analyzeCorpus(regs, vocab, { topicHooks: [hook] });
}

import type { RegulationAnalysis } from '../schemas/analysis.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { analyzeRegulation, type AnalyzableRegulation, type AnalyzeOptions } from './analyze-regulation.ts';

/** Analyse every regulation of a corpus with one vocabulary, in the order given. */
export function analyzeCorpus(regs: readonly AnalyzableRegulation[], vocab: Vocabulary, options: AnalyzeOptions = {}): RegulationAnalysis[] {
  return regs.map((r) => analyzeRegulation(r, vocab, options));
}

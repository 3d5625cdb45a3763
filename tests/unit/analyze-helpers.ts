// Shared setup for the analysis tests: the five texts, the vocabularies, and their analyses (computed once).
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';
import { analyzeCorpus } from '../../src/lib/analyze/analyze-corpus.ts';
import type { Clause, RegulationAnalysis } from '../../src/lib/schemas/analysis.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

/** The five regulations as the build loads them. */
export const regulations: Regulation[] = loadCorpus(CONTENT_DIR, ROOT).map((l) => {
  if (!l.regulation) throw new Error(`${l.dir} did not load`);
  return l.regulation;
});
/** The reviewed vocabularies. */
export const vocab = loadVocabulary();
/** Every regulation's analysis, by id. */
export const analyses: RegulationAnalysis[] = analyzeCorpus(regulations, vocab);
export const byId = new Map(analyses.map((a) => [a.regulationId, a]));

/** The analysis of one regulation. */
export function analysisOf(id: string): RegulationAnalysis {
  const a = byId.get(id);
  if (!a) throw new Error(`no analysis for ${id}`);
  return a;
}

/** The clauses of one node (paragraph / item), in order. */
export function clausesOf(id: string, sourceId: string): Clause[] {
  return analysisOf(id).clauses.filter((c) => c.sourceId === sourceId);
}

/** The one clause of `sourceId` whose text contains `snippet`; undefined when there is none. */
export function findClause(id: string, sourceId: string, snippet: string): Clause | undefined {
  return clausesOf(id, sourceId).find((c) => c.text.includes(snippet));
}

/** Sorted normalised keys of a clause's actors (`?<words>` for an uncovered one). */
export function actorKeys(c: Clause): string[] {
  return c.actors.map((a) => a.key ?? `?${a.expanded}`).sort();
}

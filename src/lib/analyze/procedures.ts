import type { Clause, ProcedureHit } from '../schemas/analysis.ts';
import type { ProcedureVocabulary } from '../schemas/taxonomy.ts';
import { matchAll, testPattern } from './patterns.ts';

/**
 * Procedures stated in one article, each with the steps found, ordered as the text states them
 * (xinjiang 第五十五条: 申诉 → 复查 → 答复 → 最后决定). A procedure needs two steps or more.
 */
export function findProcedures(articleId: string, clauses: readonly Clause[], vocab: ProcedureVocabulary): ProcedureHit[] {
  const out: ProcedureHit[] = [];
  for (const p of vocab.procedures) {
    if (!clauses.some((c) => testPattern(c.text, p.trigger))) continue;
    const steps = p.steps.flatMap((step) => {
      const at = firstMatch(clauses, step.pattern);
      return at ? [{ ...at, id: step.id, name: step.name }] : [];
    });
    if (steps.length < 2) continue;
    steps.sort((a, b) => a.clause - b.clause || a.start - b.start);
    out.push({ id: p.id, name: p.name, articleId, steps: steps.map(({ id, name, clauseId, text }) => ({ id, name, clauseId, text })) });
  }
  return out;
}

function firstMatch(clauses: readonly Clause[], pattern: string): { clause: number; start: number; clauseId: string; text: string } | null {
  for (let i = 0; i < clauses.length; i++) {
    const m = matchAll(clauses[i]!.text, pattern)[0];
    if (m) return { clause: i, start: m.start, clauseId: clauses[i]!.id, text: m.text };
  }
  return null;
}

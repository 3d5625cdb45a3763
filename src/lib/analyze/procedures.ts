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
    const trigger = clauses.findIndex((c) => testPattern(c.text, p.trigger));
    if (trigger < 0) continue;
    const steps = p.steps.flatMap((step) => {
      const at = firstMatch(clauses, step.pattern, trigger);
      return at ? [{ ...at, id: step.id, name: step.name }] : [];
    });
    if (steps.length < 2) continue;
    steps.sort((a, b) => a.clause - b.clause || a.start - b.start);
    out.push({ id: p.id, name: p.name, articleId, steps: steps.map(({ id, name, clauseId, text }) => ({ id, name, clauseId, text })) });
  }
  return out;
}

/** The first match of a step, looked for in the clause that named the procedure before the rest of the article (suzhou 第九条: the 受理 of 在线受理 in 第三款, not the 集中受理 of 第二款). */
function firstMatch(clauses: readonly Clause[], pattern: string, preferred: number): { clause: number; start: number; clauseId: string; text: string } | null {
  const own = matchAll(clauses[preferred]!.text, pattern)[0];
  if (own) return { clause: preferred, start: own.start, clauseId: clauses[preferred]!.id, text: own.text };
  for (let i = 0; i < clauses.length; i++) {
    const m = matchAll(clauses[i]!.text, pattern)[0];
    if (m) return { clause: i, start: m.start, clauseId: clauses[i]!.id, text: m.text };
  }
  return null;
}

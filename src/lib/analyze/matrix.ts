import { articleNumberOf } from '../cite/node-id.ts';
import type { Clause, Matrix, MatrixAnswer, MatrixCell, RegulationAnalysis } from '../schemas/analysis.ts';
import type { MatrixCondition, MatrixQuestion, MatrixQuestions } from '../schemas/taxonomy.ts';

/**
 * Build the policy-surveillance matrix: one row per question of matrix.yaml, one cell per regulation, each
 * answered yes / partly / no by the question's rules over the analysis, with the provisions that satisfied them.
 */
export function buildMatrix(analyses: readonly RegulationAnalysis[], questions: MatrixQuestions, shortNames: Readonly<Record<string, string>> = {}): Matrix {
  return {
    jurisdictions: analyses.map((a) => ({ id: a.regulationId, shortName: shortNames[a.regulationId] ?? a.regulationId })),
    rows: questions.questions.map((q) => ({
      id: q.id,
      question: q.question,
      group: q.group,
      cells: analyses.map((a) => answerCell(q, a)),
    })),
  };
}

/** Answer one question for one regulation: yes if a `yes` rule holds, else partly if a `partly` rule holds, else no. */
export function answerCell(q: MatrixQuestion, analysis: RegulationAnalysis): MatrixCell {
  for (const [answer, conditions] of [
    ['yes', q.yes],
    ['partly', q.partly],
  ] as Array<[MatrixAnswer, MatrixCondition[]]>) {
    const hits = conditions.flatMap((c) => matchCondition(c, analysis));
    if (hits.length) return cell(analysis.regulationId, answer, hits);
  }
  return { regulationId: analysis.regulationId, answer: 'no', provisions: [], articles: [] };
}

function cell(regulationId: string, answer: MatrixAnswer, hits: Clause[]): MatrixCell {
  const ordered = [...new Set(hits)].sort((a, b) => order(a) - order(b));
  return {
    regulationId,
    answer,
    provisions: [...new Set(ordered.map((c) => c.sourceId))],
    articles: [...new Set(ordered.map((c) => c.articleId))],
  };
}

const order = (c: Clause) => (articleNumberOf(c.id) || 0) * 1e6 + c.start;

/** The clauses that satisfy one condition (for `scope: article`, the clauses of each satisfying article that carry its words or properties). */
export function matchCondition(c: MatrixCondition, analysis: RegulationAnalysis): Clause[] {
  if (c.scope === 'clause') return analysis.clauses.filter((cl) => hasWords(c, cl.text) && hasProperties(c, cl, analysis));
  const byArticle = new Map<string, Clause[]>();
  for (const cl of analysis.clauses) byArticle.set(cl.articleId, [...(byArticle.get(cl.articleId) ?? []), cl]);
  return [...byArticle.values()].flatMap((clauses) => {
    const text = clauses.map((cl) => cl.text).join('');
    const props = clauses.filter((cl) => hasProperties(c, cl, analysis));
    if (!hasWords(c, text) || props.length === 0) return [];
    const words = c.all.flat();
    return props.filter((cl) => words.length === 0 || words.some((w) => cl.text.includes(w)));
  });
}

function hasWords(c: MatrixCondition, text: string): boolean {
  return c.all.every((group) => group.some((w) => text.includes(w))) && !c.none.some((w) => text.includes(w));
}

function hasProperties(c: MatrixCondition, cl: Clause, analysis: RegulationAnalysis): boolean {
  const any = <T>(wanted: readonly T[] | undefined, have: readonly T[]) => wanted === undefined || wanted.some((w) => have.includes(w));
  return (
    any(c.modality, cl.modalities) &&
    any(
      c.sanctions,
      cl.sanctions.map((s) => s.id),
    ) &&
    any(
      c.topics,
      cl.topics.map((t) => t.id),
    ) &&
    any(
      c.timing,
      cl.timings.map((t) => t.kind),
    ) &&
    any(
      c.procedures,
      analysis.procedures.filter((p) => p.articleId === cl.articleId).map((p) => p.id),
    )
  );
}

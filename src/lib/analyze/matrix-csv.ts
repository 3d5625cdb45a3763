import { csvField } from '../export/csv.ts';
import type { Matrix } from '../schemas/analysis.ts';

/**
 * The matrix as CSV, one row per question: id, question, group, then per jurisdiction its answer
 * (yes / no / partly) and the provisions cited (space-separated ids). CRLF line ends, as RFC 4180 asks.
 */
export function matrixToCsv(matrix: Matrix): string {
  const header = ['question_id', 'question', 'group', ...matrix.jurisdictions.flatMap((j) => [j.shortName, `${j.shortName}_provisions`])];
  const rows = matrix.rows.map((r) => [r.id, r.question, r.group, ...r.cells.flatMap((c) => [c.answer, c.provisions.join(' ')])]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

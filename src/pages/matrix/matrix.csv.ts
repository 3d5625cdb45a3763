// The policy matrix as CSV, with a UTF-8 BOM so that spreadsheet programs read the Chinese correctly.
import { readGenerated } from '../../data/generated-fs.ts';

export function GET(): Response {
  const csv = readGenerated('matrix.csv');
  return new Response('\ufeff' + csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

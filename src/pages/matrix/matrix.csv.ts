// The policy matrix as CSV, with a UTF-8 BOM so that spreadsheet programs read the Chinese correctly.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function GET(): Response {
  const csv = readFileSync(path.resolve(process.env['DUIZHAO_GENERATED'] ?? 'src/generated', 'matrix.csv'), 'utf8');
  return new Response('\ufeff' + csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

// The alignment's method block (thresholds), which the many-way table island needs to rebuild an alignment.
import { getAlignment } from '../../../data/corpus-fs.ts';

export function GET(): Response {
  return new Response(JSON.stringify(getAlignment().method), { headers: { 'content-type': 'application/json' } });
}

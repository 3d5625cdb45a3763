// The alignment download: exactly the data the comparison pages are built from.
import { getAlignment } from '../../data/corpus-fs.ts';

export function GET(): Response {
  return new Response(JSON.stringify(getAlignment()), { headers: { 'content-type': 'application/json' } });
}

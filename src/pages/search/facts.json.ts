// /search/facts.json: what 高级检索 filters regulations by (制定机关, 效力级别, dates, repeals and amendments in the
// corpus); see src/lib/search/regulation-facts.ts. Fetched only when a search uses 高级检索.
import type { APIRoute } from 'astro';
import { getCorpusIndex } from '../../data/corpus-fs.ts';
import { buildSearchFacts } from '../../lib/search/regulation-facts.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchFacts(getCorpusIndex().regulations.map((r) => r.meta))), { headers: { 'content-type': 'application/json; charset=utf-8' } });

// /search/t2s.json: the traditional → simplified pairs the search page needs, those whose simplified character the
// corpus uses (src/lib/search/t2s.ts). The whole OpenCC table stays in the build; the browser gets this cut.
import type { APIRoute } from 'astro';
import { getAllRegulations } from '../../data/corpus-fs.ts';
import { OPENCC_T2S_PAIRS } from '../../lib/search/opencc-t2s-pairs.ts';
import { pairsUsedIn, tableFromPairs } from '../../lib/search/t2s.ts';

export const GET: APIRoute = () => {
  // every string of the parsed data: titles, headings, paragraphs, items (the JSON keys are ASCII and match nothing)
  const used = getAllRegulations()
    .map((r) => r.meta.title + JSON.stringify(r.parsed))
    .join('');
  const pairs = pairsUsedIn(tableFromPairs(OPENCC_T2S_PAIRS), used);
  return new Response(JSON.stringify({ version: 1, pairs }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

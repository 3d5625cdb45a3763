// /handout/data/<id>.json: what the handout page needs to quote a regulation's provisions.
import type { APIRoute } from 'astro';
import { getAllRegulations, getCorpusIndex, getRegulation } from '../../../data/corpus-fs.ts';
import { toHandoutRegulation } from '../../../lib/handout/handout-data.ts';
import { buildsRegulation } from '../../../data/shard-fs.ts';

export function getStaticPaths() {
  return getAllRegulations()
    .filter((r) => buildsRegulation(r.meta.id))
    .map((r) => ({ params: { id: r.meta.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = toHandoutRegulation(getRegulation(params['id']!), getCorpusIndex().builtAt);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

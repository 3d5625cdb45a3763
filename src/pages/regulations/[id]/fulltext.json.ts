// /regulations/<id>/fulltext.json: the whole text as the Word download needs it (fetched only on 下载).
import type { APIRoute } from 'astro';
import { getAllRegulations, getRegulation } from '../../../data/corpus-fs.ts';
import { toFulltextDoc } from '../../../lib/fulltext/fulltext-doc.ts';
import { buildsRegulation } from '../../../data/shard-fs.ts';

export function getStaticPaths() {
  return getAllRegulations()
    .filter((r) => buildsRegulation(r.meta.id))
    .map((r) => ({ params: { id: r.meta.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const data = toFulltextDoc(getRegulation(params['id']!));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

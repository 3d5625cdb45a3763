// /data/akn/duizhao-<id>-v<version>.xml and its -latest alias: one regulation as Akoma Ntoso 3.0.
import type { APIRoute } from 'astro';
import { getAllRegulations } from '../../../data/corpus-fs.ts';
import { aknPath } from '../../../lib/export/files.ts';
import { aknContent, versionTags } from '../_export-fs.ts';
import { buildsRegulation } from '../../../data/shard-fs.ts';

export async function getStaticPaths() {
  const tags = await versionTags();
  return getAllRegulations()
    .filter((r) => buildsRegulation(r.meta.id))
    .flatMap((r) => tags.map((t) => ({ params: { name: aknPath(r.meta.id, t).slice('/data/akn/'.length, -'.xml'.length) }, props: { id: r.meta.id } })));
}

export const GET: APIRoute = ({ props }) => new Response(aknContent(props['id']), { headers: { 'content-type': 'application/xml; charset=utf-8' } });

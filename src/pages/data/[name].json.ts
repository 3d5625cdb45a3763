// /data/duizhao-<kind>-v<version>.json and its -latest alias: the regulations and the alignment as JSON.
import type { APIRoute } from 'astro';
import { DOWNLOADS, downloadName } from '../../lib/export/files.ts';
import { downloadChunks, streamOf, versionTags } from './_export-fs.ts';
import { buildsCorpusPages } from '../../data/shard-fs.ts';

export async function getStaticPaths() {
  if (!buildsCorpusPages()) return [];
  const tags = await versionTags();
  return DOWNLOADS.filter((d) => d.ext === 'json').flatMap((d) =>
    tags.map((t) => ({ params: { name: downloadName(d.kind, d.ext, t).replace(/\.json$/, '') }, props: { kind: d.kind } })),
  );
}

export const GET: APIRoute = async ({ props }) => new Response(streamOf(await downloadChunks(props['kind'])), { headers: { 'content-type': 'application/json; charset=utf-8' } });

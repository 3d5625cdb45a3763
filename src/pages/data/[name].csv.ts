// /data/duizhao-<kind>-v<version>.csv and its -latest alias: the provisions table and the policy matrix.
import type { APIRoute } from 'astro';
import { DOWNLOADS, downloadName } from '../../lib/export/files.ts';
import { downloadChunks, streamOf, versionTags } from './_export-fs.ts';
import { buildsCorpusPages } from '../../data/shard-fs.ts';

export async function getStaticPaths() {
  if (!buildsCorpusPages()) return [];
  const tags = await versionTags();
  return DOWNLOADS.filter((d) => d.ext === 'csv').flatMap((d) =>
    tags.map((t) => ({ params: { name: downloadName(d.kind, d.ext, t).replace(/\.csv$/, '') }, props: { kind: d.kind } })),
  );
}

export const GET: APIRoute = async ({ props }) => new Response(streamOf(await downloadChunks(props['kind'])), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

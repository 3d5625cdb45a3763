// /data/manifest.json: the corpus version and every current download with its size and SHA-256.
import { manifest } from './_export-fs.ts';

export async function GET(): Promise<Response> {
  return new Response(JSON.stringify(await manifest(), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

// /search/directory.json: regulation names and article slugs for article-number lookup (苏州 第二十四条).
import type { APIRoute } from 'astro';
import { getAllRegulations } from '../../data/corpus-fs.ts';
import { buildSearchDirectory } from '../../lib/search/directory.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchDirectory(getAllRegulations())), { headers: { 'content-type': 'application/json; charset=utf-8' } });

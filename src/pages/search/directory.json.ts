// /search/directory.json: regulation names and article slugs for article-number lookup (苏州 第二十四条), and the
// reviewed near-synonyms the query planner expands.
import type { APIRoute } from 'astro';
import { getAllRegulations } from '../../data/corpus-fs.ts';
import { getVocabulary } from '../../data/vocabulary-fs.ts';
import { buildSearchDirectory } from '../../lib/search/directory.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchDirectory(getAllRegulations(), getVocabulary().synonyms.entries)), { headers: { 'content-type': 'application/json; charset=utf-8' } });

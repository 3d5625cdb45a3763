// Every regulation the many-way table can show, for the chooser's name search (a few dozen bytes each).
import { getCorpusIndex } from '../../data/corpus-fs.ts';
import type { ChooserEntry } from '../../lib/compare/chooser.ts';

export function GET(): Response {
  const list: ChooserEntry[] = getCorpusIndex().regulations.map((r) => ({
    id: r.meta.id,
    shortName: r.meta.shortName,
    title: r.meta.title,
    jurisdiction: r.meta.jurisdiction,
    province: r.meta.province,
  }));
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } });
}

// One regulation's share of the alignment, with paragraph texts: what the many-way table island loads per column.
import { getAlignment, getCorpusIndex, getParagraphTopics, getRegulation } from '../../../data/corpus-fs.ts';
import { regulationTableData } from '../../../lib/compare/table-data.ts';
import { buildsRegulation } from '../../../data/shard-fs.ts';

export function getStaticPaths() {
  return getCorpusIndex()
    .regulations.filter((r) => buildsRegulation(r.meta.id))
    .map((r) => ({ params: { id: r.meta.id } }));
}

export function GET({ params }: { params: { id: string } }): Response {
  const data = regulationTableData(getAlignment(), getRegulation(params.id), getParagraphTopics(params.id));
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}

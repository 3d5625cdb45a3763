// Node-only: which pages this build makes when the site is built in shards (DUIZHAO_SHARD). The per-regulation routes
// ask buildsRegulation, the corpus-wide routes with parameters ask buildsCorpusPages; a one-machine build makes all.
import { assignShards, parseShard, type Shard } from '../lib/corpus/shards.ts';
import { getCorpusIndex } from './corpus-fs.ts';
import { SHARD } from './paths-fs.ts';

const shard: Shard | null = SHARD === undefined ? null : parseShard(SHARD);
let assignment: Map<string, number> | undefined;

/** Whether this build makes the pages of regulation `id` (its reading pages, pairwise pages it leads, downloads). */
export function buildsRegulation(id: string): boolean {
  if (!shard) return true;
  if (shard.kind === 'corpus') return false;
  assignment ??= assignShards(
    getCorpusIndex().regulations.map((r) => ({ id: r.meta.id, province: r.meta.province, weight: r.stats.articles })),
    shard.count,
  );
  return assignment.get(id) === shard.index;
}

/** Whether this build makes the corpus-wide pages with parameters (topics, actors, lessons, the corpus downloads). */
export function buildsCorpusPages(): boolean {
  return !shard || shard.kind === 'corpus';
}

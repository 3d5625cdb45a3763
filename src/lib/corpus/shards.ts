// Sharded site builds: which pages each build of a sharded site makes. Pure, so every machine of a CI matrix, given
// the same generated data, computes the same assignment without talking to the others.

/** Which part of the site one build makes: the corpus-wide pages, or the per-regulation pages of shard `index` of `count`. */
export type Shard = { kind: 'corpus' } | { kind: 'regulations'; index: number; count: number };

/**
 * Read a shard name: `corpus`, or `k/n` with 1 ≤ k ≤ n. Throws with the accepted forms otherwise.
 * @example parseShard('2/4') // → { kind: 'regulations', index: 2, count: 4 }
 */
export function parseShard(spec: string): Shard {
  if (spec === 'corpus') return { kind: 'corpus' };
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || index > count) throw new Error(`shard "${spec}": expected "corpus" or "k/n" with 1 ≤ k ≤ n (e.g. "1/4")`);
  return { kind: 'regulations', index, count };
}

/** What the assignment needs to know of a regulation. */
export interface ShardInput {
  id: string;
  /** Province-level unit: a province's regulations stay together, so a shard is a set of whole provinces. */
  province: string;
  /** Pages it makes, roughly (its article count): what the shards are balanced on. */
  weight: number;
}

/**
 * Assign each regulation to one of `count` shards (1-based) by province: provinces heaviest first, each to the lightest
 * shard so far (ties: the lower shard; equal provinces: by name), so the result depends on the data alone.
 */
export function assignShards(regulations: readonly ShardInput[], count: number): Map<string, number> {
  const provinces = new Map<string, { weight: number; ids: string[] }>();
  for (const r of regulations) {
    const p = provinces.get(r.province) ?? { weight: 0, ids: [] };
    p.weight += r.weight;
    p.ids.push(r.id);
    provinces.set(r.province, p);
  }
  const load = Array.from({ length: count }, () => 0);
  const out = new Map<string, number>();
  const order = [...provinces].sort(([a, pa], [b, pb]) => pb.weight - pa.weight || (a < b ? -1 : a > b ? 1 : 0));
  for (const [, p] of order) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += p.weight;
    for (const id of p.ids) out.set(id, lightest + 1);
  }
  return out;
}

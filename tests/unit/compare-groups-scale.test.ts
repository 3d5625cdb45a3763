// The grouping's bounded check (groups.ts: a group's strength bounds its linkage) must give exactly what summing
// every pair across the two groups gives. Checked against that plain Kruskal, written here without shortcuts,
// on link graphs whose groups grow past fifty paragraphs, where the bound refuses most attempts between large groups.
import { describe, expect, it } from 'vitest';
import { GROUP_LINKAGE, groupLinkGraph } from '../../src/lib/compare/groups.ts';
import { levelOf, RELATED_THRESHOLD } from '../../src/lib/compare/levels.ts';
import { linkGraph, type LinkGraph } from '../../src/lib/compare/link-table.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';

/** `regs` regulations of `per` paragraphs, about `linksPer` links each; paragraph k of each is on topic k, linked strongly within a topic and weakly across. */
function syntheticGraph(regs: number, per: number, linksPer: number, seed: number): LinkGraph {
  const rnd = seededRandom(seed);
  const regulations = Array.from({ length: regs }, (_, r) => ({ id: `r${r}`, firstUnit: r * per, unitCount: per }));
  const units = Array.from({ length: regs * per }, (_, u) => ({ id: `art_${u % per}__para_1`, article: `art_${u % per}`, label: `第${u % per}条` }));
  const seen = new Set<number>();
  const links: Array<[number, number, number, number]> = [];
  for (let u = 0; u < units.length; u++) {
    for (let t = 0; t < linksPer; t++) {
      const r = Math.floor(rnd() * regs);
      if (r === Math.floor(u / per)) continue;
      const same = rnd() < 0.95;
      const v = r * per + (same ? u % per : Math.floor(rnd() * per));
      const key = Math.min(u, v) * units.length + Math.max(u, v);
      if (seen.has(key)) continue;
      seen.add(key);
      const score = same && v % per === u % per ? 960 + Math.floor(rnd() * 41) : 300 + Math.floor(rnd() * 600);
      links.push([Math.min(u, v), Math.max(u, v), score, Math.floor(rnd() * 1001)]);
    }
  }
  links.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const col = (i: number) => Int32Array.from(links, (l) => l[i]!);
  return linkGraph(regulations, units, { a: col(0), b: col(1), score: col(2), similarity: col(3) });
}

/** The grouping without shortcuts: each unit's best link per regulation, strongest first, merged on the full linkage. */
function plainGroups(g: LinkGraph, ids: string[]) {
  const chosen = ids.map((id) => g.regIndex.get(id)!);
  const isChosen = new Set(chosen);
  const root = new Int32Array(g.units.length).fill(-1);
  const members = new Map<number, number[]>();
  const weakest = new Map<number, number>();
  const least = new Map<number, number>();
  const find = (u: number): number => (root[u] === u ? u : (root[u] = find(root[u]!)));
  for (const r of chosen)
    for (let u = g.regStart[r]!; u < g.regStart[r + 1]!; u++) {
      root[u] = u;
      members.set(u, [u]);
    }
  const edges: Array<[number, number, number, number, number]> = [];
  for (const r of chosen)
    for (let u = g.regStart[r]!; u < g.regStart[r + 1]!; u++) {
      const seen = new Set<number>();
      for (let k = g.nbStart[u]!; k < g.nbStart[u + 1]!; k++) {
        const other = g.unitReg[g.nbUnit[k]!]!;
        if (!isChosen.has(other) || seen.has(other)) continue;
        seen.add(other);
        if (g.nbScore[k]! >= RELATED_THRESHOLD) edges.push([u, g.nbUnit[k]!, g.nbScore[k]!, g.nbSimilarity[k]!, edges.length]);
      }
    }
  edges.sort((x, y) => y[2] - x[2] || x[4] - y[4]);
  for (const [u, v, score, similarity] of edges) {
    let a = find(u);
    let b = find(v);
    if (a === b) continue;
    if (members.get(a)!.length > members.get(b)!.length) [a, b] = [b, a];
    const ma = members.get(a)!;
    const mb = members.get(b)!;
    const regsB = new Set(mb.map((x) => g.unitReg[x]));
    if (ma.some((x) => regsB.has(g.unitReg[x]!))) continue;
    if (ma.length > 1 || mb.length > 1) {
      let sum = 0;
      for (const x of ma) for (let k = g.nbStart[x]!; k < g.nbStart[x + 1]!; k++) if (root[g.nbUnit[k]!] !== -1 && find(g.nbUnit[k]!) === b) sum += g.nbScore[k]!;
      if (sum / (ma.length * mb.length) < GROUP_LINKAGE) continue;
    }
    mb.push(...ma);
    members.delete(a);
    root[a] = b;
    weakest.set(b, Math.min(weakest.get(a) ?? Infinity, weakest.get(b) ?? Infinity, score));
    least.set(b, Math.min(least.get(a) ?? Infinity, least.get(b) ?? Infinity, similarity));
  }
  const rows = new Map<number, number[]>();
  for (const r of chosen) for (let u = g.regStart[r]!; u < g.regStart[r + 1]!; u++) rows.set(find(u), [...(rows.get(find(u)) ?? []), u]);
  return [...rows].map(([r, us]) => {
    const cells = chosen.map((c) => {
      const u = us.find((x) => g.unitReg[x] === c);
      return u === undefined ? null : { id: g.units[u]!.id, article: g.units[u]!.article, label: g.units[u]!.label };
    });
    const score = weakest.get(r) ?? null;
    return { cells, score, level: score === null ? null : levelOf(score, least.get(r)!) };
  });
}

describe('groupLinkGraph at scale', () => {
  it('gives exactly the rows of the plain all-pairs linkage, with groups of more than fifty paragraphs', () => {
    for (const [regs, per, linksPer, seed] of [
      [300, 3, 120, 1],
      [200, 4, 90, 2],
    ] as const) {
      const g = syntheticGraph(regs, per, linksPer, seed);
      const ids = Array.from({ length: regs }, (_, r) => `r${r}`);
      const fast = groupLinkGraph(g, ids);
      expect(Math.max(...fast.rows.map((row) => row.cells.filter(Boolean).length))).toBeGreaterThan(50);
      expect(fast.rows).toEqual(plainGroups(g, ids));
      const some = ids.filter((_, i) => i % 3 === 0);
      expect(groupLinkGraph(g, some).rows).toEqual(plainGroups(g, some));
    }
  }, 60_000);
});

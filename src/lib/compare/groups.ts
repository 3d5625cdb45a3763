// groupProvisions: many-way groups of corresponding paragraphs across any subset of the regulations, for a
// table whose columns are jurisdictions and whose cells are a provision or nothing. Groups are built like a
// maximum spanning forest (Kruskal): each paragraph's best link into each other chosen regulation, strongest
// first, joins two groups unless that would put two paragraphs of one regulation in the same group, or the
// two groups are held together by that one link only: the mean score over all pairs across the two groups
// (unlinked pairs count 0) must reach GROUP_LINKAGE. Without that check, two sound groups chain through one
// weak link (xinjiang 第五十四条 ↔ suzhou 第十条 would join 一票否决 to 领导责任制). Two single paragraphs
// join on any accepted link (the pairwise pages show the same pair); a larger group takes a paragraph in only
// on a link of 相关 on its own score (≥ 300‰) or on links to several members: a reciprocal chance overlap of
// 218‰ (suzhou 第四十四条第一款, 人大常委会监督, ↔ shanxi 第四十六条第二款, 废止) must not pull a paragraph into
// the row of shanxi 第四十六条第二款 and xinjiang 第五十八条.
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { levelOf, RELATED_THRESHOLD, type MatchLevel } from './levels.ts';
import { readLinks, regulationIndex, unitRange, type LinkGraph } from './link-table.ts';

/** Mean link score (‰) over all pairs across two groups, below which they are not joined (average linkage). */
export const GROUP_LINKAGE = RELATED_THRESHOLD / 2;

/** One cell of a group row: the paragraph of that regulation in the group. */
export interface GroupCell {
  /** Paragraph id, e.g. `art_26__para_3`. */
  id: string;
  /** Article id, e.g. `art_26`. */
  article: string;
  /** Citation label, e.g. `第二十六条第三款`. */
  label: string;
}

/** One row: corresponding paragraphs, one cell per chosen regulation (null: that regulation has none). */
export interface GroupRow {
  /** Cells in the order of the chosen regulation ids. */
  cells: Array<GroupCell | null>;
  /** The weakest link that holds the group together (‰); null for a single paragraph. */
  score: number | null;
  /** The level of that weakest link; null for a single paragraph. */
  level: MatchLevel | null;
}

/** A group table over chosen regulations. */
export interface GroupTable {
  /** The chosen regulation ids: the columns. */
  regulations: string[];
  /** Rows in document order of the first column that has a cell, then of the next. */
  rows: GroupRow[];
}

/** Union-find over units (parent -1: not chosen), each group remembering its regulations, members and weakest link. */
interface Forest {
  parent: Int32Array;
  regs: Map<number, Set<number>>;
  members: Map<number, number[]>;
  weakest: Map<number, number>;
  /** Similarity (‰) of the least similar link taken into each group. */
  leastSimilar: Map<number, number>;
  /** Bumped whenever a group (by its root) takes in another: a refusal between unchanged groups stands. */
  version: Int32Array;
  /** Pairs of roots refused, with the versions they had: many candidate links join the same two groups. */
  refused: Map<number, Map<number, number>>;
  /** Sum of the scores of every link from a group's members to chosen units: a bound on its linkage to any group. */
  strength: Float64Array;
}

function find(f: Forest, u: number): number {
  let root = u;
  while (f.parent[root] !== root) root = f.parent[root]!;
  for (let x = u; x !== root; ) {
    const next = f.parent[x]!;
    f.parent[x] = root;
    x = next;
  }
  return root;
}

/** Mean score over all pairs across groups a (the smaller) and b; unlinked pairs count 0. */
function linkage(table: LinkGraph, f: Forest, a: number, b: number): number {
  const small = f.members.get(a)!;
  let sum = 0;
  for (const x of small) {
    for (let k = table.nbStart[x]!; k < table.nbStart[x + 1]!; k++) {
      const n = table.nbUnit[k]!;
      if (f.parent[n] !== -1 && find(f, n) === b) sum += table.nbScore[k]!;
    }
  }
  return sum / (small.length * f.members.get(b)!.length);
}

/** Join the groups of u and v unless they share a regulation or are too loosely linked; the smaller moves into the larger. */
function union(table: LinkGraph, f: Forest, u: number, v: number, score: number, similarity: number): void {
  let a = find(f, u);
  let b = find(f, v);
  if (a === b) return;
  if (f.members.get(a)!.length > f.members.get(b)!.length) [a, b] = [b, a];
  // the same two unchanged groups were refused before: the answer is the same; on a large corpus many
  // candidate links run between the same two groups, and each would sum their linkage again
  const stamp = f.version[a]! * 0x100000 + f.version[b]!;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (f.refused.get(lo)?.get(hi) === stamp) return;
  const ra = f.regs.get(a)!;
  const rb = f.regs.get(b)!;
  const pair = f.members.get(a)!.length === 1 && f.members.get(b)!.length === 1;
  const sizeA = f.members.get(a)!.length;
  const sizeB = f.members.get(b)!.length;
  // the linkage sums links across the two groups, so it is at most the smaller group's strength over the
  // product of the sizes: two large groups (or a paragraph and a large group) are refused here without reading
  // a link, which keeps the grouping near-linear when thousands of regulations copy one provision (issue 18)
  if (!pair && Math.min(f.strength[a]!, f.strength[b]!) / (sizeA * sizeB) < GROUP_LINKAGE) return;
  for (const r of ra) if (rb.has(r)) return;
  if (!pair && linkage(table, f, a, b) < GROUP_LINKAGE) {
    // remember only refusals that cost a linkage sum: the regulation check above is cheap, and remembering
    // those too would hold a map entry for most candidate links
    if (!f.refused.has(lo)) f.refused.set(lo, new Map());
    f.refused.get(lo)!.set(hi, stamp);
    return;
  }
  f.version[b]!++;
  f.strength[b]! += f.strength[a]!;
  for (const r of ra) rb.add(r);
  f.members.get(b)!.push(...f.members.get(a)!);
  f.parent[a] = b;
  f.regs.delete(a);
  f.members.delete(a);
  f.weakest.set(b, Math.min(f.weakest.get(a) ?? Infinity, f.weakest.get(b) ?? Infinity, score));
  f.leastSimilar.set(b, Math.min(f.leastSimilar.get(a) ?? Infinity, f.leastSimilar.get(b) ?? Infinity, similarity));
}

/**
 * Each unit's best link into each other chosen regulation, strongest first; within one score in the order
 * met (units in column order, then best first), which is deterministic. Returned as [u, v] index pairs.
 */
function candidateEdges(table: LinkGraph, chosen: number[]): { u: Int32Array; v: Int32Array; score: Int32Array; similarity: Int32Array } {
  const isChosen = new Uint8Array(table.regIndex.size);
  for (const r of chosen) isChosen[r] = 1;
  const eu: number[] = [];
  const ev: number[] = [];
  const es: number[] = [];
  const esim: number[] = [];
  for (const r of chosen) {
    for (const u of unitRange(table, r)) {
      const seen = new Set<number>();
      // neighbours are sorted best first, so the first one met in a regulation is the best there
      for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++) {
        const other = table.unitReg[table.nbUnit[k]!]!;
        if (!isChosen[other] || seen.has(other)) continue;
        seen.add(other);
        // a row holds counterparts only: a 可能相关 hint is not evidence enough to put two provisions side by side
        // (suzhou 第四十四条第一款 and shanxi 第四十六条第二款 share only 人民代表大会常务委员会)
        if (table.nbScore[k]! < RELATED_THRESHOLD) continue;
        eu.push(u);
        ev.push(table.nbUnit[k]!);
        es.push(table.nbScore[k]!);
        esim.push(table.nbSimilarity[k]!);
      }
    }
  }
  // stable counting sort by score, strongest first
  const count = new Int32Array(1002);
  for (const s of es) count[1000 - s + 1]!++;
  for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
  const u = new Int32Array(es.length);
  const v = new Int32Array(es.length);
  const score = new Int32Array(es.length);
  const similarity = new Int32Array(es.length);
  es.forEach((s, i) => {
    const at = count[1000 - s]!++;
    u[at] = eu[i]!;
    v[at] = ev[i]!;
    score[at] = s;
    similarity[at] = esim[i]!;
  });
  return { u, v, score, similarity };
}

/** Group the paragraphs of the chosen regulations (any 2..N of them) into rows of corresponding provisions. */
export function groupProvisions(alignment: CorpusAlignment, ids: readonly string[]): GroupTable {
  return groupLinkGraph(readLinks(alignment), ids);
}

/** groupProvisions over a link graph (the benchmark builds one from typed links, without the JSON-shaped alignment). */
export function groupLinkGraph(table: LinkGraph, ids: readonly string[]): GroupTable {
  const chosen = ids.map((id) => regulationIndex(table, id));
  const forest: Forest = {
    parent: new Int32Array(table.units.length).fill(-1),
    regs: new Map(),
    members: new Map(),
    weakest: new Map(),
    leastSimilar: new Map(),
    version: new Int32Array(table.units.length),
    refused: new Map(),
    strength: new Float64Array(table.units.length),
  };
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      forest.parent[u] = u;
      forest.regs.set(u, new Set([r]));
      forest.members.set(u, [u]);
    }
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++) if (forest.parent[table.nbUnit[k]!] !== -1) forest.strength[u]! += table.nbScore[k]!;
    }
  const edges = candidateEdges(table, chosen);
  for (let i = 0; i < edges.score.length; i++) union(table, forest, edges.u[i]!, edges.v[i]!, edges.score[i]!, edges.similarity[i]!);
  const members = new Map<number, number[]>();
  // visiting columns in order, then units in document order, gives the row order
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      const root = find(forest, u);
      if (!members.has(root)) members.set(root, []);
      members.get(root)!.push(u);
    }
  const column = new Map(chosen.map((r, i) => [r, i]));
  const rows = [...members].map(([root, units]) => {
    const cells: Array<GroupCell | null> = new Array(chosen.length).fill(null);
    for (const u of units) {
      const unit = table.units[u]!;
      cells[column.get(table.unitReg[u]!)!] = { id: unit.id, article: unit.article, label: unit.label };
    }
    const score = forest.weakest.get(root) ?? null;
    return { cells, score, level: score === null ? null : levelOf(score, forest.leastSimilar.get(root)!) };
  });
  return { regulations: [...ids], rows };
}

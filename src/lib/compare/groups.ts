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
import { PairIndex } from './pair-index.ts';
import { regulationLookup, regulationOf } from './unit-regulation.ts';

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

/**
 * Groups of units in typed arrays (parent: the unit's root, -1: not chosen): on a national corpus there are millions of
 * units, and a Map or Set per unit costs more time and memory than the grouping itself. Members are a linked list (next,
 * tail), so a merge walks the smaller group only; a group of one paragraph has no regulation set (its unit's is its).
 */
interface Forest {
  parent: Int32Array;
  size: Int32Array;
  /** The member after u in its group's list (-1: last), and each root's last member. */
  next: Int32Array;
  tail: Int32Array;
  /** Regulations of each group of more than one paragraph, by root. */
  regs: Array<Set<number> | undefined>;
  /** Weakest link score (‰) and least similarity (‰) taken into each group, by root; NONE for a single paragraph. */
  weakest: Int32Array;
  leastSimilar: Int32Array;
  /** Pairs of roots refused (lower root, then higher): the index of the refusal in `refusals`. */
  refused: PairIndex;
  refusals: Refusals;
  /** Sum of the scores of every link from a group's members to chosen units: a bound on its linkage to any group. */
  strength: Float64Array;
  /** Sum over a group's members of each one's best link score to a chosen unit: a bound on its links to one new member. */
  top: Float64Array;
}

/**
 * Refusals that cost a walk of a group: the sizes the two groups had (a root's size grows exactly when it changes) and the
 * linkage sum, or SHARED when they had a paragraph of the same regulation.
 */
interface Refusals {
  sizeLo: number[];
  sizeHi: number[];
  sum: number[];
}

/** No link yet (a group of one paragraph). */
const NONE = 0x7fffffff;

/** The root of u's group: every member points at its root (a merge relabels the smaller group's members). */
function find(f: Forest, u: number): number {
  return f.parent[u]!;
}

/** Sum of the scores of the links across groups a (the smaller) and b: their linkage times the product of the sizes. */
function linkSum(table: LinkGraph, f: Forest, a: number, b: number): number {
  let sum = 0;
  for (let x = a; x !== -1; x = f.next[x]!) {
    for (let k = table.nbStart[x]!; k < table.nbStart[x + 1]!; k++) {
      if (f.parent[table.nbUnit[k]!] === b) sum += table.nbScore[k]!;
    }
  }
  return sum;
}

/**
 * Whether a refusal between roots lo and hi still stands without summing their links again. Unchanged groups: yes. Grown
 * groups: the links between the old members are the old sum; a new member of one group adds at most, per member of the
 * other group (new ones included), that member's best link; so the old sum plus (lo's new members × hi's `top`) plus
 * (hi's new members × lo's `top`) bounds the new sum; below the linkage there, the answer is still no. Candidate
 * links keep returning to the same large group as it grows a paragraph at a time, and summing again each time made the
 * grouping grow with the square of the corpus (issue 18).
 */
function stillRefused(f: Forest, k: number, lo: number, hi: number): boolean {
  // two groups with a paragraph of the same regulation keep it as they grow: that refusal is for good
  if (f.refusals.sum[k]! === SHARED) return true;
  const grownLo = f.size[lo]! - f.refusals.sizeLo[k]!;
  const grownHi = f.size[hi]! - f.refusals.sizeHi[k]!;
  const bound = f.refusals.sum[k]! + grownLo * f.top[hi]! + grownHi * f.top[lo]!;
  return bound / (f.size[lo]! * f.size[hi]!) < GROUP_LINKAGE;
}

/** The sum recorded for two groups refused because they have a paragraph of the same regulation. */
const SHARED = -1;

/** Remember that roots lo and hi were refused, with the sum across them (or SHARED), at their present sizes. */
function remember(f: Forest, lo: number, hi: number, known: number | undefined, sum: number): void {
  const r = f.refusals;
  if (known === undefined) {
    f.refused.set(lo, hi, r.sum.length);
    r.sizeLo.push(f.size[lo]!);
    r.sizeHi.push(f.size[hi]!);
    r.sum.push(sum);
  } else {
    r.sizeLo[known] = f.size[lo]!;
    r.sizeHi[known] = f.size[hi]!;
    r.sum[known] = sum;
  }
}

/** Whether group a (by root) and group b (by root) have a paragraph of the same regulation; a is the smaller. */
function shareRegulation(table: LinkGraph, f: Forest, a: number, b: number): boolean {
  const rb = f.regs[b];
  if (!rb) return f.size[a] === 1 && table.unitReg[a] === table.unitReg[b];
  for (let x = a; x !== -1; x = f.next[x]!) if (rb.has(table.unitReg[x]!)) return true;
  return false;
}

/** Join the groups of u and v unless they share a regulation or are too loosely linked; the smaller moves into the larger. */
function union(table: LinkGraph, f: Forest, u: number, v: number, score: number, similarity: number): void {
  let a = find(f, u);
  let b = find(f, v);
  if (a === b) return;
  if (f.size[a]! > f.size[b]!) [a, b] = [b, a];
  const sizeA = f.size[a]!;
  const sizeB = f.size[b]!;
  const pair = sizeA === 1 && sizeB === 1;
  // the linkage sums links across the two groups, so it is at most the smaller group's strength over the
  // product of the sizes: two large groups (or a paragraph and a large group) are refused here without reading
  // a link, which keeps the grouping near-linear when thousands of regulations copy one provision (issue 18)
  if (!pair && Math.min(f.strength[a]!, f.strength[b]!) / (sizeA * sizeB) < GROUP_LINKAGE) return;
  if (pair) {
    if (table.unitReg[a] === table.unitReg[b]) return;
  } else {
    // on a large corpus many candidate links run between the same two groups: a refusal is remembered, and stands
    // while the groups have not changed, or have changed too little to reach the linkage (stillRefused), or for good
    // when they share a regulation; checking that again walks the smaller group's members for every such link, which
    // grew faster than the corpus (issue 18)
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const known = f.refused.get(lo, hi);
    if (known !== undefined && stillRefused(f, known, lo, hi)) return;
    if (shareRegulation(table, f, a, b)) {
      remember(f, lo, hi, known, SHARED);
      return;
    }
    // remember only refusals that cost a walk of a group: remembering two single paragraphs would hold a map entry
    // for most candidate links
    const sum = linkSum(table, f, a, b);
    if (sum / (sizeA * sizeB) < GROUP_LINKAGE) {
      remember(f, lo, hi, known, sum);
      return;
    }
  }
  f.strength[b]! += f.strength[a]!;
  f.top[b]! += f.top[a]!;
  let rb = f.regs[b];
  if (!rb) f.regs[b] = rb = new Set([table.unitReg[b]!]);
  // the smaller group's members are relabelled: a unit is relabelled only when its group at least doubles, so at most
  // log₂ n times, and finding a root is one read (linkSum finds the root of every neighbour it reads: 767 M at 4,000
  // synthetic regulations, where chasing parents cost two or three scattered reads each)
  for (let x = a; x !== -1; x = f.next[x]!) {
    rb.add(table.unitReg[x]!);
    f.parent[x] = b;
  }
  f.next[f.tail[b]!] = a;
  f.tail[b] = f.tail[a]!;
  f.size[b]! += sizeA;
  f.regs[a] = undefined;
  f.weakest[b] = Math.min(f.weakest[a]!, f.weakest[b]!, score);
  f.leastSimilar[b] = Math.min(f.leastSimilar[a]!, f.leastSimilar[b]!, similarity);
}

/**
 * Each unit's best link into each other chosen regulation, strongest first; within one score in the order
 * met (units in column order, then best first), which is deterministic. Returned as [u, v] index pairs.
 */
function candidateEdges(table: LinkGraph, chosen: number[]): { u: Int32Array; v: Int32Array; score: Int32Array; similarity: Int32Array } {
  const isChosen = new Uint8Array(table.regIndex.size);
  for (const r of chosen) isChosen[r] = 1;
  // the regulation of every neighbour read, twice over every link: from small tables, not the link graph's unitReg
  const regulation = regulationLookup(table.regStart.subarray(0, table.regStart.length - 1), table.units.length);
  // the last unit (+1) that took a link into each regulation: a unit's first link met there is its best
  const seenBy = new Int32Array(table.regIndex.size);
  // two passes over the same links: the first counts the edges of each score, the second writes each edge straight
  // into its place in the stable counting sort (no growing arrays with spare room, and no sorted copy of them: an
  // edge per paragraph and linked regulation is tens of millions of edges on a national corpus)
  const visit = (edge: (u: number, k: number) => void) => {
    seenBy.fill(0);
    for (const r of chosen) {
      for (const u of unitRange(table, r)) {
        // neighbours are sorted best first, so the first one met in a regulation is the best there
        for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++) {
          const other = regulationOf(regulation, table.nbUnit[k]!);
          if (!isChosen[other] || seenBy[other] === u + 1) continue;
          seenBy[other] = u + 1;
          // a row holds counterparts only: a 可能相关 hint is not evidence enough to put two provisions side by side
          // (suzhou 第四十四条第一款 and shanxi 第四十六条第二款 share only 人民代表大会常务委员会)
          if (table.nbScore[k]! < RELATED_THRESHOLD) continue;
          edge(u, k);
        }
      }
    }
  };
  // stable counting sort by score, strongest first
  const count = new Int32Array(1002);
  visit((_, k) => count[1000 - table.nbScore[k]! + 1]!++);
  for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
  const total = count[1001]!;
  const u = new Int32Array(total);
  const v = new Int32Array(total);
  const score = new Int32Array(total);
  const similarity = new Int32Array(total);
  visit((unit, k) => {
    const s = table.nbScore[k]!;
    const at = count[1000 - s]!++;
    u[at] = unit;
    v[at] = table.nbUnit[k]!;
    score[at] = s;
    similarity[at] = table.nbSimilarity[k]!;
  });
  return { u, v, score, similarity };
}

/**
 * Groups as lists of units, without a cell per chosen regulation: what a corpus of thousands of regulations keeps (a
 * row of 20,000 cells, nearly all empty, per group would make the table quadratic). groupLinkGraph gives the table.
 */
export interface UnitGroups {
  /** Group g's units are `unit[start[g] .. start[g+1])`, in the order of the chosen regulations; groups in row order. */
  start: Int32Array;
  unit: Int32Array;
  /** The weakest link that holds each group together (‰) and the least similar one; -1 for a single paragraph. */
  weakest: Int32Array;
  leastSimilar: Int32Array;
}

/** Group the units of the chosen regulations (indices into the link graph) into sparse rows of corresponding provisions. */
export function groupUnits(table: LinkGraph, chosen: readonly number[]): UnitGroups {
  const n = table.units.length;
  const f: Forest = {
    parent: new Int32Array(n).fill(-1),
    size: new Int32Array(n),
    next: new Int32Array(n).fill(-1),
    tail: new Int32Array(n),
    regs: new Array(n),
    weakest: new Int32Array(n).fill(NONE),
    leastSimilar: new Int32Array(n).fill(NONE),
    refused: new PairIndex(),
    refusals: { sizeLo: [], sizeHi: [], sum: [] },
    strength: new Float64Array(n),
    top: new Float64Array(n),
  };
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      f.parent[u] = u;
      f.size[u] = 1;
      f.tail[u] = u;
    }
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      let best = true;
      for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++)
        if (f.parent[table.nbUnit[k]!] !== -1) {
          // neighbours are sorted best first: the first chosen one is the unit's best link
          if (best) f.top[u] = table.nbScore[k]!;
          best = false;
          f.strength[u]! += table.nbScore[k]!;
        }
    }
  const edges = candidateEdges(table, [...chosen]);
  for (let i = 0; i < edges.score.length; i++) union(table, f, edges.u[i]!, edges.v[i]!, edges.score[i]!, edges.similarity[i]!);
  // visiting columns in order, then units in document order, gives the row order and the order within a row
  const groupOf = new Int32Array(n).fill(-1);
  let groups = 0;
  let units = 0;
  for (const r of chosen)
    for (const u of unitRange(table, r)) {
      const root = find(f, u);
      if (groupOf[root] === -1) groupOf[root] = groups++;
      units++;
    }
  const start = new Int32Array(groups + 1);
  const weakest = new Int32Array(groups);
  const leastSimilar = new Int32Array(groups);
  for (let u = 0; u < n; u++)
    if (f.parent[u] === u) {
      const g = groupOf[u]!;
      start[g + 1] = f.size[u]!;
      weakest[g] = f.weakest[u] === NONE ? -1 : f.weakest[u]!;
      leastSimilar[g] = f.leastSimilar[u] === NONE ? -1 : f.leastSimilar[u]!;
    }
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const unit = new Int32Array(units);
  for (const r of chosen) for (const u of unitRange(table, r)) unit[fill[groupOf[find(f, u)]!]!++] = u;
  return { start, unit, weakest, leastSimilar };
}

/** Group the paragraphs of the chosen regulations (any 2..N of them) into rows of corresponding provisions. */
export function groupProvisions(alignment: CorpusAlignment, ids: readonly string[]): GroupTable {
  return groupLinkGraph(readLinks(alignment), ids);
}

/** groupProvisions over a link graph (the benchmark builds one from typed links, without the JSON-shaped alignment). */
export function groupLinkGraph(table: LinkGraph, ids: readonly string[]): GroupTable {
  const chosen = ids.map((id) => regulationIndex(table, id));
  const groups = groupUnits(table, chosen);
  const column = new Map(chosen.map((r, i) => [r, i]));
  const rows: GroupRow[] = [];
  for (let g = 0; g + 1 < groups.start.length; g++) {
    const cells: Array<GroupCell | null> = new Array(chosen.length).fill(null);
    for (let k = groups.start[g]!; k < groups.start[g + 1]!; k++) {
      const u = groups.unit[k]!;
      const unit = table.units[u]!;
      cells[column.get(table.unitReg[u]!)!] = { id: unit.id, article: unit.article, label: unit.label };
    }
    const score = groups.weakest[g]! < 0 ? null : groups.weakest[g]!;
    rows.push({ cells, score, level: score === null ? null : levelOf(score, groups.leastSimilar[g]!) });
  }
  return { regulations: [...ids], rows };
}

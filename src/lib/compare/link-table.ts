// Read-side helpers over a CorpusAlignment: who links to whom, by global unit index. Built once per
// alignment object and cached. Neighbour lists are compressed rows in typed arrays (a corpus of 1,000
// regulations has millions of links), each unit's list sorted best first.
import type { AlignedUnit, CorpusAlignment } from '../schemas/alignment.ts';

/** A neighbour of a unit: the other unit's global index, the link score and the similarity of the wording (‰). */
export interface Neighbour {
  unit: number;
  score: number;
  similarity: number;
}

/** Lookup tables over one alignment. */
export interface LinkTable {
  alignment: CorpusAlignment;
  /** Regulation index by id. */
  regIndex: Map<string, number>;
  /** Regulation index of each unit. */
  unitReg: Int32Array;
  /** All units, flattened in regulation order (global index → unit). */
  units: AlignedUnit[];
  /** Unit u's neighbours are `nbUnit[nbStart[u] .. nbStart[u+1])`, score desc then unit asc. */
  nbStart: Int32Array;
  nbUnit: Int32Array;
  nbScore: Int32Array;
  nbSimilarity: Int32Array;
}

const cache = new WeakMap<CorpusAlignment, LinkTable>();

/** Links in order of score desc; a stable counting sort keeps the (a, b) order within one score. */
function byScoreDesc(links: CorpusAlignment['links']): Int32Array {
  const count = new Int32Array(1002);
  for (const l of links) count[1000 - l[2] + 1]!++;
  for (let i = 1; i < count.length; i++) count[i]! += count[i - 1]!;
  const order = new Int32Array(links.length);
  links.forEach((l, i) => (order[count[1000 - l[2]]!++] = i));
  return order;
}

/** The lookup tables of an alignment (cached per alignment object). */
export function readLinks(alignment: CorpusAlignment): LinkTable {
  const hit = cache.get(alignment);
  if (hit) return hit;
  const units = alignment.regulations.flatMap((r) => r.units);
  const unitReg = new Int32Array(units.length);
  alignment.regulations.forEach((r, i) => unitReg.fill(i, r.firstUnit, r.firstUnit + r.units.length));
  const nbStart = new Int32Array(units.length + 1);
  for (const [a, b] of alignment.links) {
    nbStart[a + 1]!++;
    nbStart[b + 1]!++;
  }
  for (let u = 0; u < units.length; u++) nbStart[u + 1]! += nbStart[u]!;
  const fill = nbStart.slice(0, units.length);
  const nbUnit = new Int32Array(alignment.links.length * 2);
  const nbScore = new Int32Array(alignment.links.length * 2);
  const nbSimilarity = new Int32Array(alignment.links.length * 2);
  // score desc; within one score the links come in (a, b) order, so each unit meets its partners ascending
  for (const i of byScoreDesc(alignment.links)) {
    const [a, b, score, similarity] = alignment.links[i]!;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      nbUnit[fill[x]!] = y;
      nbSimilarity[fill[x]!] = similarity;
      nbScore[fill[x]!++] = score;
    }
  }
  const table = { alignment, regIndex: new Map(alignment.regulations.map((r, i) => [r.id, i])), unitReg, units, nbStart, nbUnit, nbScore, nbSimilarity };
  cache.set(alignment, table);
  return table;
}

/** The regulation index of an id, or an error naming the ids that exist. */
export function regulationIndex(table: LinkTable, id: string): number {
  const r = table.regIndex.get(id);
  if (r === undefined) throw new Error(`比对数据中没有法规 ${id}（有：${[...table.regIndex.keys()].join('、')}）`);
  return r;
}

/** Global indices of a regulation's units, in document order. */
export function unitRange(table: LinkTable, r: number): number[] {
  const reg = table.alignment.regulations[r]!;
  return Array.from({ length: reg.units.length }, (_, i) => reg.firstUnit + i);
}

/** A unit's neighbours in one regulation, best first. */
export function neighboursIn(table: LinkTable, unit: number, r: number): Neighbour[] {
  const out: Neighbour[] = [];
  for (let k = table.nbStart[unit]!; k < table.nbStart[unit + 1]!; k++) {
    if (table.unitReg[table.nbUnit[k]!] === r) out.push({ unit: table.nbUnit[k]!, score: table.nbScore[k]!, similarity: table.nbSimilarity[k]! });
  }
  return out;
}

/** A unit's best counterpart in one regulation, or null. */
export function bestIn(table: LinkTable, unit: number, r: number): Neighbour | null {
  for (let k = table.nbStart[unit]!; k < table.nbStart[unit + 1]!; k++) {
    if (table.unitReg[table.nbUnit[k]!] === r) return { unit: table.nbUnit[k]!, score: table.nbScore[k]!, similarity: table.nbSimilarity[k]! };
  }
  return null;
}

/** Ids of the regulations that any paragraph of an article links to: the only ones worth comparing it with. */
export function linkedRegulations(table: LinkTable, regId: string, articleId: string): Set<string> {
  const found = new Set<string>();
  for (const u of unitRange(table, regulationIndex(table, regId))) {
    if (table.units[u]!.article !== articleId) continue;
    for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++) found.add(table.alignment.regulations[table.unitReg[table.nbUnit[k]!]!]!.id);
  }
  return found;
}

/** Most partners per regulation that get a pairwise page: the ones it shares most provisions with. */
export const PAIR_PAGES_PER_REGULATION = 12;

/**
 * Ordered pairs `[a, b]` of regulation ids that get a pairwise page: for each regulation, the (at most
 * `perRegulation`) regulations it shares most linked paragraphs with, in both directions. Linear in the links;
 * a national corpus gets N × perRegulation pages, not N².
 */
export function pairPages(table: LinkTable, perRegulation = PAIR_PAGES_PER_REGULATION): Array<[string, string]> {
  const regs = table.alignment.regulations;
  const shared = new Map<number, Map<number, number>>();
  const add = (a: number, b: number) => {
    const m = shared.get(a) ?? new Map<number, number>();
    m.set(b, (m.get(b) ?? 0) + 1);
    shared.set(a, m);
  };
  for (const [u, v] of table.alignment.links) {
    add(table.unitReg[u]!, table.unitReg[v]!);
    add(table.unitReg[v]!, table.unitReg[u]!);
  }
  const keys = new Set<string>();
  const out: Array<[string, string]> = [];
  const push = (a: number, b: number) => {
    const key = `${a}/${b}`;
    if (keys.has(key)) return;
    keys.add(key);
    out.push([regs[a]!.id, regs[b]!.id]);
  };
  for (const [a, partners] of shared) {
    const best = [...partners].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, perRegulation);
    for (const [b] of best) {
      push(a, b);
      push(b, a);
    }
  }
  return out;
}

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

/** Who links to whom, by global unit index: all the grouping needs, buildable from typed links without a CorpusAlignment. */
export interface LinkGraph {
  /** Regulation index by id. */
  regIndex: Map<string, number>;
  /** Units of regulation r are `regStart[r] .. regStart[r+1]`. */
  regStart: Int32Array;
  /** Regulation index of each unit. */
  unitReg: Int32Array;
  /** All units, flattened in regulation order (global index → unit). */
  units: ReadonlyArray<Pick<AlignedUnit, 'id' | 'article' | 'label'>>;
  /** Unit u's neighbours are `nbUnit[nbStart[u] .. nbStart[u+1])`, score desc then unit asc. */
  nbStart: Int32Array;
  nbUnit: Int32Array;
  /** Score and similarity are per mille (0 … 1000): 16 bits each, a quarter of the graph's bytes on a national corpus. */
  nbScore: Uint16Array;
  nbSimilarity: Uint16Array;
}

/** Lookup tables over one alignment. */
export interface LinkTable extends LinkGraph {
  alignment: CorpusAlignment;
  units: AlignedUnit[];
}

/** Links as four parallel typed arrays (what the alignment computes before the JSON shape). */
export interface TypedLinks {
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
  similarity: Int32Array;
}

const cache = new WeakMap<CorpusAlignment, LinkTable>();

/** Bits below the partner in a neighbour's sort key: its similarity (0 … 1000). */
const SIMILARITY_BITS = 11;
/** The partner's place in a sort key: above the similarity. */
const PARTNER_SCALE = 2 ** SIMILARITY_BITS;
/** The score's place in a sort key: above the partner (below 2³¹) and the similarity, 52 bits in all, exact in a double. */
const SCORE_SCALE = 2 ** (31 + SIMILARITY_BITS);

/**
 * Sort unit lists in place, score desc then partner asc (a partner appears once in a unit's list): each list through a
 * scratch of sort keys that also carry the similarity, so that one numeric sort orders all three arrays.
 */
function sortLists(nbStart: Int32Array, nbUnit: Int32Array, nbScore: Uint16Array, nbSimilarity: Uint16Array): void {
  let longest = 0;
  for (let u = 0; u + 1 < nbStart.length; u++) longest = Math.max(longest, nbStart[u + 1]! - nbStart[u]!);
  const keys = new Float64Array(longest);
  for (let u = 0; u + 1 < nbStart.length; u++) {
    const from = nbStart[u]!;
    const n = nbStart[u + 1]! - from;
    for (let k = 0; k < n; k++) keys[k] = (1000 - nbScore[from + k]!) * SCORE_SCALE + nbUnit[from + k]! * PARTNER_SCALE + nbSimilarity[from + k]!;
    const sorted = keys.subarray(0, n).sort();
    for (let k = 0; k < n; k++) {
      const key = sorted[k]!;
      const score = Math.floor(key / SCORE_SCALE);
      const rest = key - score * SCORE_SCALE;
      const partner = Math.floor(rest / PARTNER_SCALE);
      nbScore[from + k] = 1000 - score;
      nbUnit[from + k] = partner;
      nbSimilarity[from + k] = rest - partner * PARTNER_SCALE;
    }
  }
}

/** The link graph of regulations (id, first unit, unit count, in unit order), their units and typed links. */
export function linkGraph<U extends Pick<AlignedUnit, 'id' | 'article' | 'label'>>(
  regulations: ReadonlyArray<{ id: string; firstUnit: number; unitCount: number }>,
  units: readonly U[],
  links: TypedLinks,
): LinkGraph & { units: readonly U[] } {
  const regStart = new Int32Array(regulations.length + 1);
  const unitReg = new Int32Array(units.length);
  regulations.forEach((r, i) => {
    unitReg.fill(i, r.firstUnit, r.firstUnit + r.unitCount);
    regStart[i + 1] = r.firstUnit + r.unitCount;
  });
  const nbStart = new Int32Array(units.length + 1);
  for (let i = 0; i < links.a.length; i++) {
    nbStart[links.a[i]! + 1]!++;
    nbStart[links.b[i]! + 1]!++;
  }
  for (let u = 0; u < units.length; u++) nbStart[u + 1]! += nbStart[u]!;
  const fill = nbStart.slice(0, units.length);
  const nbUnit = new Int32Array(links.a.length * 2);
  const nbScore = new Uint16Array(links.a.length * 2);
  const nbSimilarity = new Uint16Array(links.a.length * 2);
  // the links in their own order, then each list sorted: visiting the links in score order instead scattered every
  // read and write over arrays of hundreds of megabytes on a national corpus (issue 18)
  for (let i = 0; i < links.a.length; i++) {
    const a = links.a[i]!;
    const b = links.b[i]!;
    nbUnit[fill[a]!] = b;
    nbSimilarity[fill[a]!] = links.similarity[i]!;
    nbScore[fill[a]!++] = links.score[i]!;
    nbUnit[fill[b]!] = a;
    nbSimilarity[fill[b]!] = links.similarity[i]!;
    nbScore[fill[b]!++] = links.score[i]!;
  }
  sortLists(nbStart, nbUnit, nbScore, nbSimilarity);
  return { regIndex: new Map(regulations.map((r, i) => [r.id, i])), regStart, unitReg, units, nbStart, nbUnit, nbScore, nbSimilarity };
}

/** The lookup tables of an alignment (cached per alignment object). */
export function readLinks(alignment: CorpusAlignment): LinkTable {
  const hit = cache.get(alignment);
  if (hit) return hit;
  const units = alignment.regulations.flatMap((r) => r.units);
  const links = alignment.links;
  const typed: TypedLinks = {
    a: Int32Array.from(links, (l) => l[0]),
    b: Int32Array.from(links, (l) => l[1]),
    score: Int32Array.from(links, (l) => l[2]),
    similarity: Int32Array.from(links, (l) => l[3]),
  };
  const graph = linkGraph(
    alignment.regulations.map((r) => ({ id: r.id, firstUnit: r.firstUnit, unitCount: r.units.length })),
    units,
    typed,
  );
  const table = { ...graph, alignment, units };
  cache.set(alignment, table);
  return table;
}

/** The regulation index of an id, or an error naming the ids that exist. */
export function regulationIndex(table: LinkGraph, id: string): number {
  const r = table.regIndex.get(id);
  if (r === undefined) throw new Error(`比对数据中没有法规 ${id}（有：${[...table.regIndex.keys()].join('、')}）`);
  return r;
}

/** Global indices of a regulation's units, in document order. */
export function unitRange(table: LinkGraph, r: number): number[] {
  const first = table.regStart[r]!;
  return Array.from({ length: table.regStart[r + 1]! - first }, (_, i) => first + i);
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

// After an addition (align-increment.ts), the merged pairs change only where some units' finds changed: instead of
// merging every unit's finds again (mergePairs sorts them all: seconds at thousands of regulations), the pairs that
// touch a changed unit are merged again from both ends' finds and written over the old merged form, which is copied
// as it is elsewhere. The result is what mergePairs of all the finds gives (align-increment's tests compare).
import type { ScoredLinks } from './align-corpus.ts';
import type { NeighbourLists } from './match-features.ts';
import { packedX, packedY, type DirectedPairs } from './merge-pairs.ts';

/** Unit u's finds in a part that starts at unit 0: `start .. end` of `other` and `packed`. */
function row(d: DirectedPairs, u: number): [number, number] {
  if (u >= d.ends.length) return [0, 0];
  return [u > 0 ? d.ends.data[u - 1]! : 0, d.ends.data[u]!];
}

/** The packed numbers of u's find of v, or -1 when u did not find v. */
function findOf(d: DirectedPairs, u: number, v: number): number {
  const [from, to] = row(d, u);
  for (let i = from; i < to; i++) if (d.other.data[i] === v) return d.packed.data[i]!;
  return -1;
}

/**
 * The pairs whose find from a changed unit (`changed`) is new, gone or different, each merged again from both ends'
 * finds in `finds` (all units, from unit 0): the kept find's packed numbers, or -1 when neither end finds the other
 * any more. Keyed by lower · n + higher. The kept find is mergePairs': the higher x, on equal x the lower unit's (met
 * first). A pair whose finds from both ends are as before is merged as before, and is not visited.
 */
function changedPairs(finds: DirectedPairs, oldFinds: DirectedPairs, changed: Int32Array, n: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const visit = (u: number, v: number) => {
    const lo = Math.min(u, v);
    const hi = Math.max(u, v);
    const key = lo * n + hi;
    if (pairs.has(key)) return;
    const fromLo = findOf(finds, lo, hi);
    const fromHi = findOf(finds, hi, lo);
    pairs.set(key, fromHi >= 0 && (fromLo < 0 || packedX(fromHi) > packedX(fromLo)) ? fromHi : fromLo);
  };
  // u's old finds by the other unit: packed + 1, then -1 once met again unchanged (a unit finds another at most once)
  const old = new Int32Array(n);
  for (const u of changed) {
    const [oFrom, oTo] = row(oldFinds, u);
    for (let i = oFrom; i < oTo; i++) old[oldFinds.other.data[i]!] = oldFinds.packed.data[i]! + 1;
    const [from, to] = row(finds, u);
    for (let i = from; i < to; i++) {
      const v = finds.other.data[i]!;
      if (old[v] === finds.packed.data[i]! + 1) old[v] = -1;
      else visit(u, v);
    }
    for (let i = oFrom; i < oTo; i++) {
      const v = oldFinds.other.data[i]!;
      if (old[v]! > 0) visit(u, v);
      old[v] = 0;
    }
  }
  return pairs;
}

/** The changed pairs as (unit, other, packed) per unit, sorted by other: both ends of each pair. */
function byUnit(pairs: Map<number, number>, n: number): Map<number, Array<[number, number]>> {
  const out = new Map<number, Array<[number, number]>>();
  for (const [key, packed] of pairs) {
    const lo = Math.floor(key / n);
    const hi = key - lo * n;
    let a = out.get(lo);
    if (!a) out.set(lo, (a = []));
    a.push([hi, packed]);
    let b = out.get(hi);
    if (!b) out.set(hi, (b = []));
    b.push([lo, packed]);
  }
  for (const a of out.values()) a.sort((x, y) => x[0] - y[0]);
  return out;
}

/**
 * The neighbour lists of `finds` (neighbourLists of mergeNeighbours with every pair kept), from the old lists and the
 * units whose finds changed (`changed`, ascending: the units searched again and the new ones; `oldFinds` their finds
 * before). Rows stay ascending by the other unit. `edited`: the rows that may differ from the old ones (ascending).
 */
export function editNeighbourLists(
  old: NeighbourLists,
  finds: DirectedPairs,
  oldFinds: DirectedPairs,
  changed: Int32Array,
  n: number,
  complete: boolean,
): { lists: NeighbourLists; edited: Int32Array } {
  const edits = byUnit(changedPairs(finds, oldFinds, changed, n), n);
  const oldRows = old.start.length - 1;
  const rows: Array<{ other: number[]; score: number[] }> = [];
  const start = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) {
    const e = edits.get(x);
    const from = x < oldRows ? old.start[x]! : 0;
    const to = x < oldRows ? old.start[x + 1]! : 0;
    if (!e) {
      start[x + 1] = start[x]! + to - from;
      continue;
    }
    // the old row and the edits, both ascending: an edit replaces or removes the old entry, or is inserted
    const other: number[] = [];
    const score: number[] = [];
    let i = from;
    let j = 0;
    while (i < to || j < e.length) {
      const vo = i < to ? old.other[i]! : Infinity;
      const ve = j < e.length ? e[j]![0] : Infinity;
      if (vo < ve) {
        other.push(vo);
        score.push(old.score[i++]!);
        continue;
      }
      if (vo === ve) i++;
      const packed = e[j++]![1];
      if (packed >= 0) {
        other.push(ve);
        score.push(packedX(packed));
      }
    }
    rows[x] = { other, score };
    start[x + 1] = start[x]! + other.length;
  }
  const other = new Int32Array(start[n]!);
  const score = new Int16Array(start[n]!);
  for (let x = 0; x < n; ) {
    const r = rows[x];
    if (r) {
      other.set(r.other, start[x]!);
      score.set(r.score, start[x]!);
      x++;
      continue;
    }
    // a run of old rows without edits is one block in both: copied at once
    let y = x;
    while (y < oldRows && !rows[y]) y++;
    if (y > x) {
      other.set(old.other.subarray(old.start[x]!, old.start[y]!), start[x]!);
      score.set(old.score.subarray(old.start[x]!, old.start[y]!), start[x]!);
    }
    x = Math.max(y, x + 1);
  }
  const edited = Int32Array.from(edits.keys()).sort();
  return { lists: { start, other, score, complete }, edited };
}

/**
 * The scored links of `picks` (mergeLinks of all of them), from the old links and the paragraphs whose picks changed
 * (`changed`, ascending; `oldPicks` the picks before): the pairs touching them merged again, the rest copied.
 */
export function editLinks(old: ScoredLinks, picks: DirectedPairs, oldPicks: DirectedPairs, changed: Int32Array, n: number, complete: boolean): ScoredLinks {
  const pairs = changedPairs(picks, oldPicks, changed, n);
  const keys = Float64Array.from(pairs.keys()).sort();
  // the first old link at or after a key: links are sorted by (a, b), so by a · n + b
  const firstAtOrAfter = (key: number, from: number): number => {
    let lo = from;
    let hi = old.a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (old.a[mid]! * n + old.b[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // exactly the room needed (a copy of every link less): the old links, less those changed pairs that were links,
  // plus those that are links now
  let size = old.a.length;
  for (let j = 0, at = 0; j < keys.length; j++) {
    at = firstAtOrAfter(keys[j]!, at);
    if (at < old.a.length && old.a[at]! * n + old.b[at]! === keys[j]) size--;
    if (pairs.get(keys[j]!)! >= 0) size++;
  }
  const a = new Int32Array(size);
  const b = new Int32Array(a.length);
  const score = new Int32Array(a.length);
  const similarity = new Int32Array(a.length);
  let w = 0;
  let i = 0;
  let j = 0;
  while (i < old.a.length || j < keys.length) {
    const ke = j < keys.length ? keys[j]! : Infinity;
    // the old links before the next changed pair, copied at once
    const until = ke === Infinity ? old.a.length : firstAtOrAfter(ke, i);
    if (until > i) {
      a.set(old.a.subarray(i, until), w);
      b.set(old.b.subarray(i, until), w);
      score.set(old.score.subarray(i, until), w);
      similarity.set(old.similarity.subarray(i, until), w);
      w += until - i;
      i = until;
      continue;
    }
    const ko = i < old.a.length ? old.a[i]! * n + old.b[i]! : Infinity;
    if (ko === ke) i++;
    const packed = pairs.get(ke)!;
    j++;
    if (packed < 0) continue;
    const lo = Math.floor(ke / n);
    a[w] = lo;
    b[w] = ke - lo * n;
    score[w] = packedX(packed);
    similarity[w] = packedY(packed);
    w++;
  }
  return { a, b, score, similarity, complete };
}

// The merge of directed pairs into undirected ones, for the candidate search (neighbours.ts) and the scored links
// (align-corpus.ts): a pair (a, b), a < b, may be found from either end or from both, and its finds are merged into
// one. The pairs come in parts, one per range of units searched, in range order (one part for a search in one piece).
// Each part is scattered into buckets by `a` and let go as soon as it has been read: the merge holds every find once,
// in 8 bytes, instead of a growing array with up to twice the room it needs, a copy made when it grows, and a sorted
// index beside it (at 1,000 synthetic regulations that was 268 MB of capacity for 10 M finds of links, the largest
// block of the alignment's peak memory).
import { exact, growable, push, pushAll, type GrowableInt32 } from './growable.ts';

/**
 * Directed pairs found from the consecutive units `from ..`, in order: unit `from + k` found the pairs
 * `ends[k-1] .. ends[k]` (from 0 for k = 0), each to `other[i]` with two numbers x and y packed into `packed[i]`. The
 * unit itself is not stored, nor x and y apart: 8 bytes a pair, half of a pair stored with both ends and two numbers.
 */
export interface DirectedPairs {
  from: number;
  ends: GrowableInt32;
  other: GrowableInt32;
  packed: GrowableInt32;
}

/** Bits of y in a packed pair: x and y are both in 0..2047 (scores and similarities are in ‰, flags 0 or 1). */
const Y_BITS = 11;
const Y_MASK = (1 << Y_BITS) - 1;

/** No pairs yet, for a range starting at unit `from` (with room for `units` units and `pairs` pairs when known). */
export function directedPairs(from: number, units = 1 << 12, pairs = 1 << 16): DirectedPairs {
  return { from, ends: growable(Math.max(1, units)), other: growable(Math.max(1, pairs)), packed: growable(Math.max(1, pairs)) };
}

/**
 * A pair found from the current unit, to `other`: `x` is the score (‰) that ranks the finds of one pair (the highest
 * is kept); `y` is kept with the find kept (a similarity) and summed over the finds for `keep` (a flag).
 */
export function pushPair(d: DirectedPairs, other: number, x: number, y: number): void {
  push(d.other, other);
  push(d.packed, (x << Y_BITS) | y);
}

/** The x of a packed pair. */
export function packedX(packed: number): number {
  return packed >> Y_BITS;
}

/** The y of a packed pair. */
export function packedY(packed: number): number {
  return packed & Y_MASK;
}

/** A pair copied from another part as it is (its two numbers packed). */
export function pushPacked(d: DirectedPairs, other: number, packed: number): void {
  push(d.other, other);
  push(d.packed, packed);
}

/** The current unit's pairs are all pushed: the next pushes belong to the next unit. */
export function endUnit(d: DirectedPairs): void {
  push(d.ends, d.other.length);
}

/** The same pairs in arrays of exactly their length (to hand over or hold without the spare room of growth). */
export function exactPairs(d: DirectedPairs): DirectedPairs {
  return { from: d.from, ends: exact(d.ends), other: exact(d.other), packed: exact(d.packed) };
}

/**
 * Consecutive ranges' parts (in range order) as one part from the first one's unit: what one pass over the whole range
 * gives (worker threads find the ranges apart; a kept state holds one part).
 */
export function joinPairs(parts: readonly DirectedPairs[]): DirectedPairs {
  const units = parts.reduce((n, p) => n + p.ends.length, 0);
  const pairs = parts.reduce((n, p) => n + p.other.length, 0);
  const out = directedPairs(parts[0]?.from ?? 0, units, pairs);
  for (const p of parts) {
    const shift = out.other.length;
    for (let u = 0; u < p.ends.length; u++) push(out.ends, p.ends.data[u]! + shift);
    pushAll(out.other, p.other.data.subarray(0, p.other.length));
    pushAll(out.packed, p.packed.data.subarray(0, p.packed.length));
  }
  return out;
}

/**
 * The finds of units `0 .. total` in one part: a listed unit's (`listed` ascending, `part` one entry of `ends` per
 * listed unit, in list order) in place of its finds in `old` (from unit 0); every unit not listed must be in `old`.
 * Merged, the result gives what one search of every unit gives, ties included (mergePairs keeps the find met first).
 */
export function splicePairs(old: DirectedPairs, listed: Int32Array, part: DirectedPairs, total: number): DirectedPairs {
  if (old.from !== 0) throw new Error('splicePairs: the old finds must start at unit 0');
  if (total > old.ends.length && (listed.length === 0 || listed[listed.length - 1] !== total - 1)) throw new Error('splicePairs: a unit is neither listed nor in the old finds');
  // exactly the room needed: the old finds less the listed units' old rows, plus the part
  let pairs = (old.ends.length > 0 ? old.ends.data[old.ends.length - 1]! : 0) + (part.ends.length > 0 ? part.ends.data[part.ends.length - 1]! : 0);
  for (const u of listed) if (u < old.ends.length) pairs -= old.ends.data[u]! - (u > 0 ? old.ends.data[u - 1]! : 0);
  const out = directedPairs(0, total, pairs);
  let next = 0;
  for (let u = 0; u < total; ) {
    if (next < listed.length && listed[next] === u) {
      const from = next > 0 ? part.ends.data[next - 1]! : 0;
      copyRows(out, part, from, part.ends.data.subarray(next, next + 1));
      next++;
      u++;
      continue;
    }
    // the run of units up to the next listed one, copied at once
    const to = next < listed.length ? listed[next]! : total;
    if (to > old.ends.length) throw new Error(`splicePairs: unit ${old.ends.length} is neither listed nor in the old finds`);
    copyRows(out, old, u > 0 ? old.ends.data[u - 1]! : 0, old.ends.data.subarray(u, to));
    u = to;
  }
  return out;
}

/** Append the finds `from .. ends[last]` of `d` to `out`, one unit per entry of `ends` (their ends in `d`). */
export function copyRows(out: DirectedPairs, d: DirectedPairs, from: number, ends: Int32Array): void {
  if (ends.length === 0) return;
  const to = ends[ends.length - 1]!;
  const shift = out.other.length - from;
  pushAll(out.other, d.other.data.subarray(from, to));
  pushAll(out.packed, d.packed.data.subarray(from, to));
  for (const e of ends) push(out.ends, e + shift);
}

/** Visit every pair of a part as (lower end, higher end, packed numbers). */
function eachPair(part: DirectedPairs, visit: (a: number, b: number, packed: number) => void): void {
  const [ends, other, packed] = [part.ends.data, part.other.data, part.packed.data];
  let i = 0;
  for (let k = 0; k < part.ends.length; k++) {
    const u = part.from + k;
    for (; i < ends[k]!; i++) {
      const v = other[i]!;
      visit(Math.min(u, v), Math.max(u, v), packed[i]!);
    }
  }
}

/** Positions within a bucket that a sort key holds (19 bits), and x values (11 bits): b gets the 23 bits left. */
const POSITIONS = 1 << 19;
const X_SPAN = 1 << Y_BITS;
const MAX_KEYED_UNITS = 2 ** 53 / (POSITIONS * X_SPAN);

/**
 * The order of a bucket's n finds by b, then x descending, then position (the order met): into `order`, positions
 * 0 .. n-1. With `keys`, one number per find sorted natively; without (a corpus too large for the key), a comparator.
 */
function sortFinds(sb: Int32Array, sx: Int16Array, n: number, keys: Float64Array | null, order: Int32Array): void {
  if (keys) {
    for (let i = 0; i < n; i++) keys[i] = (sb[i]! * X_SPAN + (X_SPAN - 1 - sx[i]!)) * POSITIONS + i;
    keys.subarray(0, n).sort();
    for (let i = 0; i < n; i++) order[i] = keys[i]! % POSITIONS;
    return;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > 1) order.subarray(0, n).sort((i, j) => sb[i]! - sb[j]! || sx[j]! - sx[i]! || i - j);
}

/** One pair per (a, b), sorted by a then b, with the x and y of the find kept. */
export interface MergedPairs {
  a: Int32Array;
  b: Int32Array;
  x: Int32Array;
  y: Int32Array;
}

/** Told the bytes of each part once it has been read and let go (the parallel alignment collects garbage there). */
export type PartRead = (bytes: number) => void;

/**
 * Merge the finds of every pair: of the finds of (a, b), the one with the highest x is kept, and on equal x the one
 * met first (in part order, then in order within a part); `keep(x, ySum)`, given the kept x and the sum of y over all
 * the finds of the pair, may drop it. Consumes `parts`: the array is empty afterwards, so that each part can be
 * collected as soon as it has been read (`partRead` is told when).
 */
export function mergePairs(parts: DirectedPairs[], unitCount: number, keep: (x: number, ySum: number) => boolean = () => true, partRead?: PartRead): MergedPairs {
  // counting sort by a: bucket sizes first, then each part scattered into its buckets in the order met
  const start = new Int32Array(unitCount + 1);
  let total = 0;
  for (const part of parts) {
    eachPair(part, (a) => start[a + 1]!++);
    total += part.other.length;
  }
  let largest = 0;
  for (let u = 0; u < unitCount; u++) {
    largest = Math.max(largest, start[u + 1]!);
    start[u + 1]! += start[u]!;
  }
  const b = new Int32Array(total);
  const x = new Int16Array(total);
  const y = new Int16Array(total);
  const fill = start.slice(0, unitCount);
  // each part is read in a call of its own, so that nothing holds it any more when partRead is told
  const scatter = (part: DirectedPairs): number => {
    eachPair(part, (lo, hi, packed) => {
      const at = fill[lo]!++;
      b[at] = hi;
      x[at] = packed >> Y_BITS;
      y[at] = packed & Y_MASK;
    });
    return part.ends.data.byteLength + part.other.data.byteLength + part.packed.data.byteLength;
  };
  while (parts.length > 0) {
    const bytes = scatter(parts.shift()!);
    partRead?.(bytes);
  }
  // each bucket is copied out, sorted by (b, x descending, order met), and its first find of each b written back at
  // the write position, which never passes the bucket's start: the arrays end up holding exactly the kept pairs
  const sb = new Int32Array(largest);
  const sx = new Int16Array(largest);
  const sy = new Int16Array(largest);
  const order = new Int32Array(largest);
  // the sort of each bucket on one number per find where (b, x, position) fit in a double's 53 exact bits: a numeric
  // sort of a Float64Array runs natively, without calling a comparator hundreds of millions of times
  const numeric = unitCount <= MAX_KEYED_UNITS && largest <= POSITIONS;
  const keys = new Float64Array(numeric ? largest : 0);
  const kept = new Int32Array(unitCount + 1);
  let w = 0;
  for (let u = 0; u < unitCount; u++) {
    const from = start[u]!;
    const n = start[u + 1]! - from;
    sb.set(b.subarray(from, from + n));
    sx.set(x.subarray(from, from + n));
    sy.set(y.subarray(from, from + n));
    sortFinds(sb, sx, n, numeric ? keys : null, order);
    for (let i = 0; i < n; ) {
      const first = order[i]!;
      let ySum = 0;
      let j = i;
      for (; j < n && sb[order[j]!] === sb[first]; j++) ySum += sy[order[j]!]!;
      if (keep(sx[first]!, ySum)) {
        b[w] = sb[first]!;
        x[w] = sx[first]!;
        y[w] = sy[first]!;
        w++;
      }
      i = j;
    }
    kept[u + 1] = w;
  }
  const a = new Int32Array(w);
  for (let u = 0; u < unitCount; u++) a.fill(u, kept[u]!, kept[u + 1]!);
  return { a, b: b.slice(0, w), x: Int32Array.from(x.subarray(0, w)), y: Int32Array.from(y.subarray(0, w)) };
}

// The merge of directed pairs into undirected ones, for the candidate search (neighbours.ts) and the scored links
// (align-corpus.ts): a pair (a, b), a < b, is found once from each end, and both finds are merged into one. The pairs
// come in parts, one per range of units searched, in range order (one part for a search in one piece). Each part is
// scattered into buckets by `a` and let go as soon as it has been read: the merge holds every pair once, in 8 bytes,
// instead of a growing array with up to twice the room it needs, a copy made when it grows, and a sorted index beside
// it (what took the alignment of 20,000 regulations past 8 GB).
import type { GrowableInt32 } from './growable.ts';

/** Directed pairs found from one range: pair i is (a[i], b[i]), a < b, with two small numbers x[i] and y[i] (0..1000). */
export interface PairPart {
  a: GrowableInt32;
  b: GrowableInt32;
  /** The score (‰) that ranks the finds of one pair: the highest is kept. */
  x: GrowableInt32;
  /** A second number: kept with the find kept (a similarity), or summed over the finds (a flag). */
  y: GrowableInt32;
}

/** One pair per (a, b), sorted by a then b, with the x and y of the find kept. */
export interface MergedPairs {
  a: Int32Array;
  b: Int32Array;
  x: Int32Array;
  y: Int32Array;
}

/**
 * Merge the finds of every pair: of the finds of (a, b), the one with the highest x is kept, and on equal x the one
 * met first (in part order, then in order within a part); `keep(x, ySum)`, given the kept x and the sum of y over all
 * the finds of the pair, may drop it. Consumes `parts`: the array
 * is empty afterwards, so that each part can be collected as soon as it has been read.
 */
export function mergePairs(parts: PairPart[], unitCount: number, keep: (x: number, ySum: number) => boolean = () => true): MergedPairs {
  // counting sort by a: bucket sizes first, then each part scattered into its buckets in the order met
  const start = new Int32Array(unitCount + 1);
  let total = 0;
  for (const part of parts) {
    const a = part.a.data;
    for (let i = 0; i < part.a.length; i++) start[a[i]! + 1]!++;
    total += part.a.length;
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
  for (let part = parts.shift(); part; part = parts.shift()) {
    const [pa, pb, px, py] = [part.a.data, part.b.data, part.x.data, part.y.data];
    for (let i = 0; i < part.a.length; i++) {
      const at = fill[pa[i]!]!++;
      b[at] = pb[i]!;
      x[at] = px[i]!;
      y[at] = py[i]!;
    }
  }
  // each bucket is copied out, sorted by (b, x descending, order met), and its first find of each b written back at
  // the write position, which never passes the bucket's start: the arrays end up holding exactly the kept pairs
  const sb = new Int32Array(largest);
  const sx = new Int16Array(largest);
  const sy = new Int16Array(largest);
  const order = new Int32Array(largest);
  const kept = new Int32Array(unitCount + 1);
  let w = 0;
  for (let u = 0; u < unitCount; u++) {
    const from = start[u]!;
    const n = start[u + 1]! - from;
    sb.set(b.subarray(from, from + n));
    sx.set(x.subarray(from, from + n));
    sy.set(y.subarray(from, from + n));
    for (let i = 0; i < n; i++) order[i] = i;
    if (n > 1) order.subarray(0, n).sort((i, j) => sb[i]! - sb[j]! || sx[j]! - sx[i]! || i - j);
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

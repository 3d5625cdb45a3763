/** An Int32Array that grows as numbers are pushed: big corpora need millions of entries without boxed arrays. */
export interface GrowableInt32 {
  data: Int32Array;
  length: number;
}

/** Make an empty growable array. */
export function growable(capacity = 1024): GrowableInt32 {
  return { data: new Int32Array(capacity), length: 0 };
}

/** Append one number, doubling the storage when full. */
export function push(g: GrowableInt32, value: number): void {
  if (g.length === g.data.length) {
    const next = new Int32Array(g.data.length * 2);
    next.set(g.data);
    g.data = next;
  }
  g.data[g.length++] = value;
}

/** The pushed numbers as an exactly-sized array. */
export function trimmed(g: GrowableInt32): Int32Array {
  return g.data.slice(0, g.length);
}

/**
 * The `key` arrays of consecutive parts as one exactly-sized growable array. Each part's array is released as it is
 * copied (replaced by an empty one), so the peak is the result and one part, not twice the whole.
 */
export function drainConcat<K extends string>(parts: Array<Record<K, GrowableInt32>>, key: K): GrowableInt32 {
  const data = new Int32Array(parts.reduce((n, p) => n + p[key].length, 0));
  let at = 0;
  for (const p of parts) {
    data.set(p[key].data.subarray(0, p[key].length), at);
    at += p[key].length;
    p[key] = { data: new Int32Array(0), length: 0 };
  }
  return { data, length: at };
}

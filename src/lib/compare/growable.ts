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

/** Append a run of numbers at once (one copy, growing the storage at most once). */
export function pushAll(g: GrowableInt32, values: Int32Array): void {
  if (g.length + values.length > g.data.length) {
    const next = new Int32Array(Math.max(g.data.length * 2, g.length + values.length));
    next.set(g.data.subarray(0, g.length));
    g.data = next;
  }
  g.data.set(values, g.length);
  g.length += values.length;
}

/** The pushed numbers as an exactly-sized array. */
export function trimmed(g: GrowableInt32): Int32Array {
  return g.data.slice(0, g.length);
}

/** The same numbers in an array of exactly their length (to hand over or hold without the spare room of growth). */
export function exact(g: GrowableInt32): GrowableInt32 {
  return { data: trimmed(g), length: g.length };
}

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

/** Append the numbers of `part` to `into`, doubling the storage as push does. */
export function append(into: GrowableInt32, part: GrowableInt32): void {
  let capacity = Math.max(1, into.data.length);
  while (capacity < into.length + part.length) capacity *= 2;
  if (capacity > into.data.length) {
    const next = new Int32Array(capacity);
    next.set(into.data.subarray(0, into.length));
    into.data = next;
  }
  into.data.set(part.data.subarray(0, part.length), into.length);
  into.length += part.length;
}

// A memo of numbers keyed by unit, emptied in O(1): the scoring computes the cosine of a paragraph's whole article
// with each candidate article, and the paragraphs of one article share most of their candidates (those found from
// the article's own neighbours), so each such cosine is computed once per article instead of once per paragraph.
// An open-addressing table stamped with a generation: emptying it is one increment, and it stays small (a few
// thousand slots, in the processor's cache) where an array over every article of a national corpus would not.

/** Numbers keyed by non-negative integers, emptied by `clearMemo`. */
export interface UnitMemo {
  keys: Int32Array;
  values: Float64Array;
  /** A slot holds an entry of the current generation only when its stamp equals `generation`. */
  stamps: Int32Array;
  generation: number;
  size: number;
}

/** An empty memo with room for `capacity` slots (a power of two; it doubles when half full). */
export function unitMemo(capacity = 4096): UnitMemo {
  return { keys: new Int32Array(capacity), values: new Float64Array(capacity), stamps: new Int32Array(capacity), generation: 1, size: 0 };
}

/** Forget every entry. */
export function clearMemo(memo: UnitMemo): void {
  memo.generation++;
  memo.size = 0;
}

/** Slot of `key`: where it is, or the empty slot where it would go. */
function slotOf(memo: UnitMemo, key: number): number {
  const mask = memo.keys.length - 1;
  let i = Math.imul(key, 0x9e3779b1) >>> 0;
  for (;;) {
    i &= mask;
    if (memo.stamps[i] !== memo.generation || memo.keys[i] === key) return i;
    i++;
  }
}

/** The number memoised for `key`, or `compute(key)` memoised. */
export function memoised(memo: UnitMemo, key: number, compute: (key: number) => number): number {
  const i = slotOf(memo, key);
  if (memo.stamps[i] === memo.generation) return memo.values[i]!;
  const value = compute(key);
  memo.stamps[i] = memo.generation;
  memo.keys[i] = key;
  memo.values[i] = value;
  if (++memo.size * 2 > memo.keys.length) grow(memo);
  return value;
}

/** Double the slots and re-insert the current entries. */
function grow(memo: UnitMemo): void {
  const { keys, values, stamps, generation } = memo;
  memo.keys = new Int32Array(keys.length * 2);
  memo.values = new Float64Array(keys.length * 2);
  memo.stamps = new Int32Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) {
    if (stamps[i] !== generation) continue;
    const j = slotOf(memo, keys[i]!);
    memo.stamps[j] = generation;
    memo.keys[j] = keys[i]!;
    memo.values[j] = values[i]!;
  }
}

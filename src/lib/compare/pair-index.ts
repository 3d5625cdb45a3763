// PairIndex: a map from a pair of non-negative integers to a non-negative integer, in typed arrays (open addressing,
// linear probing). The grouping looks up a remembered refusal for nearly every candidate link — tens of millions of
// lookups on a large corpus — and a Map of Maps spent more time in those lookups than in summing the links themselves
// (4.3 of 12.6 s of the grouping's own time at 4,000 synthetic regulations, by a CPU profile).

/** Empty slots hold this first key. */
const EMPTY = -1;

/** A map (x, y) → value for x, y, value ≥ 0; no removal. */
export class PairIndex {
  private xs: Int32Array;
  private ys: Int32Array;
  private values: Int32Array;
  private mask: number;
  /** Pairs stored. */
  size = 0;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.xs = new Int32Array(slots).fill(EMPTY);
    this.ys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.mask = slots - 1;
  }

  /** The slot of (x, y), or of the empty slot where it would go. */
  private slot(x: number, y: number): number {
    // a multiplicative hash of both numbers: root indices are dense and small, so the low bits alone would collide
    let i = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x632be5ab, 0x85ebca77)) >>> 0;
    i = (i ^ (i >>> 15)) & this.mask;
    while (this.xs[i] !== EMPTY && (this.xs[i] !== x || this.ys[i] !== y)) i = (i + 1) & this.mask;
    return i;
  }

  /** The value stored for (x, y), or undefined. */
  get(x: number, y: number): number | undefined {
    const i = this.slot(x, y);
    return this.xs[i] === EMPTY ? undefined : this.values[i];
  }

  /** Store a value for (x, y), replacing any there. */
  set(x: number, y: number, value: number): void {
    let i = this.slot(x, y);
    if (this.xs[i] === EMPTY) {
      // kept at most half full, so that probes stay short
      if ((this.size + 1) * 2 > this.xs.length) {
        this.grow();
        i = this.slot(x, y);
      }
      this.xs[i] = x;
      this.ys[i] = y;
      this.size++;
    }
    this.values[i] = value;
  }

  /** Double the slots and put every pair again. */
  private grow(): void {
    const { xs, ys, values } = this;
    this.xs = new Int32Array(xs.length * 2).fill(EMPTY);
    this.ys = new Int32Array(xs.length * 2);
    this.values = new Int32Array(xs.length * 2);
    this.mask = this.xs.length - 1;
    for (let k = 0; k < xs.length; k++) {
      if (xs[k] === EMPTY) continue;
      const i = this.slot(xs[k]!, ys[k]!);
      this.xs[i] = xs[k]!;
      this.ys[i] = ys[k]!;
      this.values[i] = values[k]!;
    }
  }
}

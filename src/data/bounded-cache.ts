// A cache that forgets the least recently used entries beyond a bound. The build renders pages regulation by
// regulation, so the recent pairwise comparisons serve nearly every page, while caching all of them grows with the
// pages built: a one-process build of 2,000 synthetic regulations ran out of Node's 4 GB heap after about 50,000
// pages holding every comparison it had computed. (Not for data that pages read in full scans, such as every
// regulation for a list page: a scan longer than the bound misses on every entry.)

/** A Map bounded to `max` entries, dropping the least recently used. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  /** The value for `key`, computing and keeping it when absent. */
  get(key: K, compute: (key: K) => V): V {
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) {
      // re-insert: a Map iterates in insertion order, so the first key is always the least recently used
      this.entries.delete(key);
      this.entries.set(key, hit as V);
      return hit as V;
    }
    const value = compute(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }
}

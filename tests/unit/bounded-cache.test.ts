// The build's data caches forget the least recently used entries beyond their bound.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/data/bounded-cache.ts';

describe('BoundedCache', () => {
  it('computes a value once while it is kept, and forgets the least recently used beyond the bound', () => {
    const computed: string[] = [];
    const cache = new BoundedCache<string, string>(2);
    const get = (k: string) =>
      cache.get(k, (x) => {
        computed.push(x);
        return x.toUpperCase();
      });
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    // a was used last, so c pushes out b
    get('c');
    get('a');
    get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps a computed undefined as a value, not as a miss', () => {
    let calls = 0;
    const cache = new BoundedCache<string, undefined>(4);
    cache.get('x', () => void calls++);
    cache.get('x', () => void calls++);
    expect(calls).toBe(1);
  });
});

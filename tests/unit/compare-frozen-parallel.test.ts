// alignFrozenParallel (scripts/lib/align-parallel.ts) builds on worker threads the state an addition starts from; the
// claim is that every array of it is the one-thread state's (alignFrozen), byte for byte: finds joined from ranges,
// bars written by the threads into shared arrays, lists, best articles, picks and links. Ranges of 37 units start and
// end inside articles and regulations. A search cut short by its budget and by the number of regulations is checked
// too: there the bars (how many regulations each unit chose, the bar a newcomer must beat) carry the most.
import { describe, expect, it } from 'vitest';
import { alignFrozenParallel } from '../../scripts/lib/align-parallel.ts';
import type { AlignOptions } from '../../src/lib/compare/align-corpus.ts';
import { alignAdded, alignFrozen, alignTables } from '../../src/lib/compare/align-increment.ts';
import { stateToFiles, updateAlignment, type StateFiles } from '../../src/lib/compare/align-state.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();
const keys = regulations.map((r) => r.meta.id);

/** The names of the arrays in which two stored states differ (by bytes), and whether their manifests are equal. */
function differences(x: StateFiles, y: StateFiles): { arrays: string[]; manifest: boolean } {
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const names = new Set([...x.arrays.keys(), ...y.arrays.keys()]);
  const arrays = [...names].filter((n) => {
    const a = x.arrays.get(n);
    const b = y.arrays.get(n);
    return !a || !b || a.constructor !== b.constructor || !bytes(a).equals(bytes(b));
  });
  return { arrays, manifest: JSON.stringify(x.manifest) === JSON.stringify(y.manifest) };
}

async function both(options: AlignOptions) {
  const five = regulations.slice(0, 5);
  const tables = alignTables(five);
  const serial = alignFrozen(five, tables, options);
  const parallel = await alignFrozenParallel(five, tables, { ...options, workers: 3, rangeSize: 37 });
  return { serial, parallel };
}

describe('the state of a full alignment built on worker threads', () => {
  it('holds every array of the one-thread state, byte for byte, and the sixth regulation adds to it alike', async () => {
    const { serial, parallel } = await both({});
    const x = stateToFiles(serial, keys.slice(0, 5));
    // the comparison is not of empty states: thousands of links, and arrays of every kind a state keeps
    expect(serial.links.a.length).toBeGreaterThan(1000);
    expect(x.arrays.size).toBeGreaterThan(30);
    expect(differences(x, stateToFiles(parallel, keys.slice(0, 5)))).toEqual({ arrays: [], manifest: true });
    const next = (s: typeof serial) => stateToFiles(alignAdded(s, regulations[5]!), keys);
    expect(differences(next(serial), next(parallel))).toEqual({ arrays: [], manifest: true });
  });

  it('is the same when the search is cut short by its budget and by the number of regulations', async () => {
    const options = { maxRegulations: 2, maxPostingsPerUnit: 40 };
    const { serial, parallel } = await both(options);
    expect(serial.links.complete).toBe(false);
    // some units chose fewer regulations than the cap allows, others reached it: the bars are not all alike
    expect(new Set(serial.para.bars.chosen).size).toBeGreaterThan(1);
    expect(differences(stateToFiles(serial, keys.slice(0, 5)), stateToFiles(parallel, keys.slice(0, 5)))).toEqual({ arrays: [], manifest: true });
  });

  it('is what updateAlignment stores when it is given as the full alignment (the data build does so from PARALLEL_FROM regulations), the tables counted with the indexes', async () => {
    const all = regulations.map((r) => r.meta.id);
    const update = await updateAlignment(null, regulations, all, {}, (regs, tables, options) => alignFrozenParallel(regs, tables, { ...options, workers: 2, rangeSize: 37 }));
    expect(update.fullBecause).toBe('没有保存的比对状态');
    // updateAlignment passes no tables: the corpus's own are counted with the indexes, in ranges on the threads
    const serial = stateToFiles(alignFrozen(regulations, alignTables(regulations)), all);
    expect(differences(stateToFiles(update.state, all), serial)).toEqual({ arrays: [], manifest: true });
    // and on one thread, from its one count
    expect(differences(stateToFiles(alignFrozen(regulations), all), serial)).toEqual({ arrays: [], manifest: true });
  });
});

// alignAdded (src/lib/compare/align-increment.ts) adds one regulation to an aligned corpus by searching and scoring
// again only what the new regulation can change; the claim (issue 18, goal 2) is that the result is exactly the full
// alignment of the corpus with the regulation appended, weighed with the same frozen table. With the real corpus's
// own caps the search is exhaustive (six regulations), so the cut-short settings (two regulations per unit, 40
// postings) are where the new regulation competes for a unit's places and where lists over the budget are sampled.
import { describe, expect, it } from 'vitest';
import { alignIndex, type AlignOptions, type ScoredLinks } from '../../src/lib/compare/align-corpus.ts';
import { alignAdded, alignFrozen, alignTables, type AlignState } from '../../src/lib/compare/align-increment.ts';
import { appendToIndex, buildFrozenIndex, dfTable } from '../../src/lib/compare/alignment-index.ts';
import { toArticleUnits } from '../../src/lib/compare/units.ts';
import { stateToFiles, updateAlignment } from '../../src/lib/compare/align-state.ts';
import { loadState, regulationKey, saveState } from '../../scripts/lib/align-state-fs.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from '../../scripts/lib/synthetic-alignment-corpus.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();

const plainLists = (s: AlignState) => ({
  lists: [s.para.lists, s.art.lists].map((l) => ({ start: [...l.start], other: [...l.other], score: [...l.score], complete: l.complete })),
  best: [s.search.best.start, s.search.best.best, s.search.best.ofStart, s.search.best.of].map((a) => [...a]),
});
const plain = (l: ScoredLinks) => ({ a: [...l.a], b: [...l.b], score: [...l.score], similarity: [...l.similarity], complete: l.complete });

/** Starting from the first `start` regulations, add the others one by one; after each, compare with a full alignment. */
function addOneByOne(start: number, options: AlignOptions): AlignState[] {
  const tables = alignTables(regulations.slice(0, start));
  let state = alignFrozen(regulations.slice(0, start), tables, options);
  const states: AlignState[] = [];
  for (let n = start + 1; n <= regulations.length; n++) {
    state = alignAdded(state, regulations[n - 1]!);
    const full = alignFrozen(regulations.slice(0, n), tables, options);
    expect(plain(state.links), `${regulations[n - 1]!.meta.id} added to ${n - 1}`).toEqual(plain(full.links));
    expect(plainLists(state)).toEqual(plainLists(full));
    states.push(state);
  }
  return states;
}

describe('adding a regulation to an aligned corpus', () => {
  it('appends its units to the index: the index one pass over the whole corpus builds with the same table', () => {
    const others = regulations.slice(0, 5);
    const table = dfTable(others, toArticleUnits);
    const { index, vocabulary } = buildFrozenIndex(others, toArticleUnits, table);
    const appended = appendToIndex(index, vocabulary, regulations[5]!, toArticleUnits);
    const whole = buildFrozenIndex(regulations, toArticleUnits, table).index;
    // the sixth has features the five lack (new ids) and shares others (longer posting lists)
    expect(whole.featureCount).toBeGreaterThan(index.featureCount);
    expect(appended).toEqual(whole);
  });

  it('with the corpus’s own table, the frozen alignment is today’s alignment', () => {
    const today = alignIndex(regulations).links;
    const frozen = alignFrozen(regulations, alignTables(regulations)).links;
    expect(today.a.length).toBeGreaterThan(1000);
    expect(plain(frozen)).toEqual(plain(today));
  });

  it('gives the links of a full alignment with the same table, for each of the six added last', () => {
    for (let r = 0; r < regulations.length; r++) {
      const others = regulations.filter((_, i) => i !== r);
      const tables = alignTables(others);
      const base = alignFrozen(others, tables);
      const added = alignAdded(base, regulations[r]!);
      // a state is used once (its vocabulary was extended): a second addition from it is refused
      expect(() => alignAdded(base, regulations[r]!)).toThrow(/a state is used once/);
      const full = alignFrozen([...others, regulations[r]!], tables);
      expect(plain(added.links), regulations[r]!.meta.id).toEqual(plain(full.links));
    }
  });

  it('gives the links of a full alignment when the search is cut short (the new regulation competes for places), added one by one', () => {
    const options = { maxRegulations: 2, maxPostingsPerUnit: 40 };
    const states = addOneByOne(2, options);
    expect(states.at(-1)!.links.complete).toBe(false);
    // the cap binds: some old units had to be searched again, but not all of them
    const searched = states.map((s) => s.redone.paragraphsSearched);

    expect(Math.max(...searched)).toBeGreaterThan(0);
    const last = states.at(-1)!;
    expect(last.redone.paragraphsScored).toBeLessThan(last.spaces.paragraphs.units.length - 1);
  });

  it('on a synthetic corpus of 40 + 1, searches and scores again only part of the old corpus and gives the full alignment', () => {
    const { regulations: synthetic } = syntheticCorpus(41);
    const old = synthetic.slice(0, 40);
    const options = { maxRegulations: 6, maxPostingsPerUnit: 300 };
    const tables = alignTables(old);
    const added = alignAdded(alignFrozen(old, tables, options), synthetic[40]!);
    const full = alignFrozen(synthetic, tables, options);
    expect(plain(added.links)).toEqual(plain(full.links));
    expect(plainLists(added)).toEqual(plainLists(full));
    // the new regulation took places in some old units' searches, and some old paragraphs kept every link untouched
    const oldParagraphs = full.spaces.paragraphs.units.length - full.spaces.paragraphs.regulations.at(-1)!.unitCount;
    expect(added.redone.paragraphsSearched).toBeGreaterThan(0);
    expect(added.redone.paragraphsSearched).toBeLessThan(oldParagraphs / 2);
    expect(added.redone.paragraphsScored).toBeLessThan(oldParagraphs);
  });

  it('is stored on disk keyed by source hashes, and a later build adds the new regulation to it; a changed text aligns in full', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'align-state-'));
    try {
      // the cap binds (two regulations per unit); the budget does not (the six regulations have fewer paragraphs than
      // twice the budget, so the table is not counted again however much the corpus grew)
      const options = { maxRegulations: 2, maxPostingsPerUnit: 1000 };
      const keys = regulations.map(regulationKey);
      const first = await updateAlignment(null, regulations.slice(0, 4), keys.slice(0, 4), options);
      expect(first.fullBecause).toBe('没有保存的比对状态');
      saveState(path.join(dir, 'state'), stateToFiles(first.state, keys.slice(0, 4)));
      const next = await updateAlignment(loadState(path.join(dir, 'state')), regulations, keys, options);
      expect(next.fullBecause).toBeNull();
      expect(next.added).toEqual([regulations[4]!.meta.id, regulations[5]!.meta.id]);
      const full = alignFrozen(regulations, alignTables(regulations.slice(0, 4)), options);
      expect(plain(next.state.links)).toEqual(plain(full.links));
      // the second regulation's text changed by one character: its stored results cannot be reused
      const changed = regulations.map((r, i) =>
        i !== 1 ? r : { ...r, parsed: { articles: r.parsed.articles.map((a, k) => (k ? a : { ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, text: `${p.text}。` })) })) } },
      );
      const again = await updateAlignment(loadState(path.join(dir, 'state')), changed, changed.map(regulationKey), options);
      expect(again.fullBecause).toContain(regulations[1]!.meta.id);
      expect(plain(again.state.links)).toEqual(plain(alignFrozen(changed, alignTables(changed), options).links));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts the table again once the corpus has grown by a tenth past twice the budget, and aligns many additions in full', async () => {
    const keys = regulations.map(regulationKey);
    const small = { maxPostingsPerUnit: 100 };
    const files = stateToFiles(alignFrozen(regulations.slice(0, 4), alignTables(regulations.slice(0, 4)), small), keys.slice(0, 4));
    // 4 → 6 regulations: the paragraphs grow by far more than a tenth, and there are more than 200 of them
    const grown = await updateAlignment(files, regulations, keys, small);
    expect(grown.fullBecause).toMatch(/^语料自频率表统计以来增长了 \d+%（超过 10%），重新统计频率表$/);
    expect(plain(grown.state.links)).toEqual(plain(alignIndex(regulations, small).links));
    const { regulations: synthetic } = syntheticCorpus(11);
    const synKeys = synthetic.map(regulationKey);
    const one = stateToFiles(alignFrozen(synthetic.slice(0, 1), alignTables(synthetic.slice(0, 1))), synKeys.slice(0, 1));
    expect((await updateAlignment(one, synthetic, synKeys)).fullBecause).toBe('新增 10 部法规，超过 8 部时完整比对更快');
  });
});

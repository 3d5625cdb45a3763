// The votes an article page shows under a counterpart (标注印证) must be the evidence its score was made from: the votes
// the scoring counted, from the same labels, never a pair's own labels, on every path the build aligns by. The example
// is the 网格化服务管理 (山西第三十五条 ↔ 新疆第三十条), where the two texts share little wording; reading the
// texts and content/alignment-labels, 广东第十条 and 苏州第十五条 are the grid-management articles of 广东 and 苏州, and
// readers paired each of them with both 山西第三十五条 and 新疆第三十条.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../scripts/lib/alignment-labels-fs.ts';
import { alignLinksParallel } from '../../scripts/lib/align-parallel.ts';
import { alignLinks, buildSpaces, mergeLinks, rangeLinks, searchLimits, withReference } from '../../src/lib/compare/align-corpus.ts';
import { alignAdded, alignFrozen, alignTables } from '../../src/lib/compare/align-increment.ts';
import { stateWitnesses } from '../../src/lib/compare/align-state.ts';
import { labelWitnesses, votesSeenFrom, witnessesByRegulation, witnessIndex, witnessInputsOf } from '../../src/lib/compare/label-witnesses.ts';
import { candidateSearch, matchCandidates } from '../../src/lib/compare/match-features.ts';
import { articleKey } from '../../src/lib/compare/reference-labels.ts';
import { articleNumberOf } from '../../src/lib/cite/node-id.ts';
import { BUILD_LABELS_DIR, GENERATED_DIR } from '../../src/data/paths-fs.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();
// the labels the build uses (content/alignment-labels, each file checked against its text's hash)
const reference = buildLabels(regulations, BUILD_LABELS_DIR).reference!;
const spaces = buildSpaces(regulations);
const search = withReference(spaces, candidateSearch(spaces, searchLimits({})), { reference });
const n = spaces.paragraphs.units.length;
const links = mergeLinks([rangeLinks(spaces, search, 0, n)], n, true);
const witnesses = labelWitnesses(witnessInputsOf(spaces, search)!, links);

describe('the labels’ votes behind each link', () => {
  it('are the votes the scoring counted, for every candidate of every linked pair', () => {
    const candidates = matchCandidates(spaces, search);
    const index = witnessIndex(witnesses);
    const { articles } = spaces;
    const refOf = (x: number): [string, string] => [articles.regulations[articles.unitReg[x]!]!.id, articles.units[x]!.id];
    let checked = 0;
    for (let i = 0; i < candidates.unit.length; i++) {
      const a = spaces.articleOf[candidates.unit[i]!]!;
      const seen = votesSeenFrom(index, refOf(a), refOf(candidates.article[i]!));
      if (!seen) continue;
      // every regulation is labelled, so the query is the paragraph's own article: its votes are those most like it
      const fromQuery = seen.votes.filter((v) => v.mostLike !== 'other').length;
      expect(fromQuery / seen.of).toBeCloseTo(candidates.evidence![i]!, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('lists every linked pair of articles, each vote from a third regulation and labelled with the other side', () => {
    const { articles } = spaces;
    const pairs = new Set(witnesses.pairs.map((p) => `${p.a.join('|')}>${p.b.join('|')}`));
    for (let i = 0; i < links.a.length; i++) {
      const [x, y] = [spaces.articleOf[links.a[i]!]!, spaces.articleOf[links.b[i]!]!].sort((p, q) => p - q);
      const ref = (z: number) => `${articles.regulations[articles.unitReg[z]!]!.id}|${articles.units[z]!.id}`;
      expect(pairs.has(`${ref(x!)}>${ref(y!)}`)).toBe(true);
    }
    const key = (r: readonly [string, string]) => articleKey(r[0], articleNumberOf(r[1]));
    for (const p of witnesses.pairs) {
      // six labelled regulations: four others can vote on any pair
      expect(p.of).toBe(4);
      for (const v of p.votes) {
        expect([p.a[0], p.b[0]]).not.toContain(v.regulation);
        const other = v.from === 'a' ? p.b : p.a;
        expect(reference.counterparts.get(key([v.regulation, v.article]))?.has(key(other))).toBe(true);
      }
    }
  });

  it('name 广东第十条 and 苏州第十五条 for 山西第三十五条 and 新疆第三十条 (网格化服务管理)', () => {
    const seen = votesSeenFrom(witnessIndex(witnesses), ['shanxi', 'art_35'], ['xinjiang', 'art_30'])!;
    expect(seen.of).toBe(4);
    expect(seen.votes.map((v) => [v.regulation, v.article]).sort()).toEqual([
      ['guangdong', 'art_10'],
      ['suzhou', 'art_15'],
    ]);
  });

  it('are the same from the worker threads, from a kept state, and in the file the data build wrote', async () => {
    const parallel = await alignLinksParallel(regulations, { reference, workers: 2, rangeSize: 37 });
    expect(labelWitnesses(parallel.witnesses!, parallel.links)).toEqual(witnesses);
    const state = alignFrozen(regulations, undefined, { reference });
    expect(labelWitnesses(stateWitnesses(state, { reference })!, state.links)).toEqual(witnesses);
    expect(labelWitnesses(alignLinks(regulations, { reference }).witnesses!, links)).toEqual(witnesses);
    // the data build writes them a file per regulation, each pair in the files of both of its regulations
    const ids = regulations.map((r) => r.meta.id);
    for (const [id, w] of witnessesByRegulation(witnesses, ids)) {
      expect(w.pairs.length).toBeGreaterThan(0);
      expect(w.pairs.every((p) => p.a[0] === id || p.b[0] === id)).toBe(true);
      expect(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'label-witnesses', `${id}.json`), 'utf8'))).toEqual(w);
    }
    expect(ids.reduce((n, id) => n + witnessesByRegulation(witnesses, ids).get(id)!.pairs.length, 0)).toBe(2 * witnesses.pairs.length);
  });

  it('count the regulations that voted, which can be fewer than the votes listed (one regulation, each way its own article)', () => {
    const index = witnessIndex(witnesses);
    let fewer = 0;
    for (const p of witnesses.pairs) {
      const seen = votesSeenFrom(index, p.a, p.b)!;
      expect(seen.regulations).toBe(new Set(p.votes.map((v) => v.regulation)).size);
      if (seen.votes.length > seen.regulations) fewer++;
    }
    expect(fewer).toBeGreaterThan(0);
  });

  it('are those of a full alignment after a regulation is added to a kept state (guangdong, unlabelled, added last)', () => {
    const five = regulations.filter((r) => r.meta.id !== 'guangdong');
    const guangdong = regulations.find((r) => r.meta.id === 'guangdong')!;
    // guangdong as a new regulation: no labels of its own, nor any pairing it
    const labels = {
      regulations: new Set([...reference.regulations].filter((r) => r !== 'guangdong')),
      counterparts: new Map(
        [...reference.counterparts].flatMap(([k, v]) => (k.startsWith('guangdong|') ? [] : [[k, new Set([...v].filter((c) => !c.startsWith('guangdong|')))] as const])),
      ),
    };
    const tables = alignTables(five);
    const added = alignAdded(alignFrozen(five, tables, { reference: labels }), guangdong);
    const full = alignFrozen([...five, guangdong], tables, { reference: labels });
    const fromState = labelWitnesses(stateWitnesses(added, { reference: labels })!, added.links);
    expect(fromState.pairs.some((p) => p.a[0] === 'guangdong' || p.b[0] === 'guangdong')).toBe(true);
    expect(fromState).toEqual(labelWitnesses(stateWitnesses(full, { reference: labels })!, full.links));
  });

  it('are absent without labels', () => {
    expect(alignLinks(regulations).witnesses).toBeUndefined();
  });
});

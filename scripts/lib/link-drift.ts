// How far two alignments of the same units differ in what a reader sees (`bench:increment -- --drift`): for every
// paragraph and every other regulation its links reach, the paragraph the pairwise comparison page shows beside it
// (compare-pair.ts: the linked paragraph of highest score, then the lower unit) and its level. (The article panel
// ranks whole articles by how much of the article they cover; that ranking is not measured here.) Exact link equality says too little:
// one regulation more moves every weight a little, so nearly every score moves by a point or two while the
// counterparts and levels shown stay the same.
import type { ScoredLinks } from '../../src/lib/compare/align-corpus.ts';
import { levelOf, type MatchLevel } from '../../src/lib/compare/levels.ts';

const LEVEL_CODE: Record<MatchLevel, number> = { possible: 1, related: 2, similar: 3, same: 4 };

/** Every unit's first counterpart per linked regulation: unit u's are rows `start[u] .. start[u+1]`, by regulation ascending. */
export interface FirstCounterparts {
  start: Int32Array;
  reg: Int32Array;
  unit: Int32Array;
  /** 0: not shown (below 可能相关); 1 可能相关, 2 相关, 3 高度相似, 4 基本相同. */
  level: Uint8Array;
}

/** The first counterpart of every unit in every regulation its links reach (links as alignCorpus gives them, each pair once). */
export function firstCounterparts(links: ScoredLinks, unitReg: Int32Array): FirstCounterparts {
  const n = unitReg.length;
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < links.a.length; i++) {
    degree[links.a[i]! + 1]!++;
    degree[links.b[i]! + 1]!++;
  }
  for (let u = 0; u < n; u++) degree[u + 1]! += degree[u]!;
  const fill = degree.slice(0, n);
  const ends = new Int32Array(degree[n]!);
  for (let i = 0; i < links.a.length; i++) {
    ends[fill[links.a[i]!]!++] = i;
    ends[fill[links.b[i]!]!++] = i;
  }
  const start = new Int32Array(n + 1);
  const reg: number[] = [];
  const unit: number[] = [];
  const level: number[] = [];
  const other = (i: number, u: number) => (links.a[i] === u ? links.b[i]! : links.a[i]!);
  const row: number[] = [];
  for (let u = 0; u < n; u++) {
    row.length = 0;
    for (let k = degree[u]!; k < degree[u + 1]!; k++) row.push(ends[k]!);
    // by regulation, then best first: highest score, then the lower unit
    row.sort((x, y) => unitReg[other(x, u)]! - unitReg[other(y, u)]! || links.score[y]! - links.score[x]! || other(x, u) - other(y, u));
    for (let k = 0; k < row.length; k++) {
      const v = other(row[k]!, u);
      if (k > 0 && unitReg[other(row[k - 1]!, u)] === unitReg[v]) continue;
      const shown = levelOf(links.score[row[k]!]!, links.similarity[row[k]!]!);
      reg.push(unitReg[v]!);
      unit.push(v);
      level.push(shown ? LEVEL_CODE[shown] : 0);
    }
    start[u + 1] = reg.length;
  }
  return { start, reg: Int32Array.from(reg), unit: Int32Array.from(unit), level: Uint8Array.from(level) };
}

/** Counts of a comparison of two alignments' first counterparts (shown ones only: level > 0). */
export interface CounterpartDrift {
  /** (paragraph, regulation) places where either alignment shows a counterpart. */
  places: number;
  /** Places where both show the same paragraph. */
  sameUnit: number;
  /** Places where both show the same paragraph at the same level. */
  sameUnitAndLevel: number;
}

/** Compare the shown first counterparts of two alignments of the same units. */
export function counterpartDrift(x: FirstCounterparts, y: FirstCounterparts): CounterpartDrift {
  const drift: CounterpartDrift = { places: 0, sameUnit: 0, sameUnitAndLevel: 0 };
  const n = x.start.length - 1;
  for (let u = 0; u < n; u++) {
    let i = x.start[u]!;
    let j = y.start[u]!;
    // both rows are sorted by regulation: merged in one pass
    while (i < x.start[u + 1]! || j < y.start[u + 1]!) {
      const cmp = i >= x.start[u + 1]! ? 1 : j >= y.start[u + 1]! ? -1 : x.reg[i]! - y.reg[j]!;
      const xShown = cmp <= 0 && x.level[i]! > 0;
      const yShown = cmp >= 0 && y.level[j]! > 0;
      if (xShown || yShown) {
        drift.places++;
        if (xShown && yShown && x.unit[i] === y.unit[j]) {
          drift.sameUnit++;
          if (x.level[i] === y.level[j]) drift.sameUnitAndLevel++;
        }
      }
      if (cmp <= 0) i++;
      if (cmp >= 0) j++;
    }
  }
  return drift;
}

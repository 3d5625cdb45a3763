// Phase 4: index → scored links between paragraphs of different regulations, without comparing every pair.
// For each unit, partial dot products are accumulated over the posting lists of its features, rarest
// first, until a budget of postings is spent: the budget bounds the work per unit, so the whole search is
// linear in the number of units. Common features (boilerplate) come last and are the ones cut; they carry
// little weight. When the budget was not reached the accumulated score is the exact cosine; otherwise the
// kept candidates are re-scored exactly. Per unit, the best `perRegulation` counterparts are kept in each of
// the `maxRegulations` regulations with the best candidates. Finally a link is kept if the caller's `accept`
// says so (the match phase keeps every candidate: its model decides).
import type { AlignmentIndex } from './alignment-index.ts';
import { directedPairs, endUnit, mergePairs, pushPair, type DirectedPairs, type PartRead } from './merge-pairs.ts';
import { keepReadAhead, warmVectors } from './read-ahead.ts';
import { BLOCK_BITS, regulationLookup, regulationOf, type RegulationLookup } from './unit-regulation.ts';

/** How far the candidate search goes. */
export interface NeighbourOptions {
  /** Counterparts kept per unit in each other regulation. */
  perRegulation: number;
  /** Other regulations in which a unit's counterparts are kept (those with the best candidates). */
  maxRegulations: number;
  /** Postings read per unit before the rarer features alone decide the candidates. */
  maxPostingsPerUnit: number;
  /** Lowest score (‰) worth considering (the reciprocal threshold). */
  minScore: number;
  /** Which found pairs to keep, given the score and whether each was the other's best in its regulation. */
  accept: (score: number, reciprocal: boolean) => boolean;
}

/** Undirected links `a < b` with their scores (‰), sorted by a then b. */
export interface LinkArrays {
  a: Int32Array;
  b: Int32Array;
  score: Int32Array;
  /** False when some unit's search was cut by the budget or by `maxRegulations`. */
  complete: boolean;
}

/**
 * Scratch space reused for every unit (allocated once: the search must not allocate per unit). The partial scores are
 * kept for the units touched only, in a small hash table (unit → its place in `touched`): an array of a score per unit
 * of the corpus, read at random once per posting, was far larger than the caches on a national corpus (13 MB at
 * 20,000 regulations), and the search cost per unit grew with the corpus (issue 18). The sums are the same: each
 * touched unit's products are added in the same order.
 */
interface Scratch {
  /** Open addressing, two numbers a slot: the unit (EMPTY: free) and its place in `touched`. */
  table: Int32Array;
  mask: number;
  /** 32 − log₂ of the slots: a unit's home slot is the high bits of a multiplicative hash. */
  shift: number;
  /** Touched units in the order first met, their partial scores and their slots in `table`. */
  touched: Int32Array;
  acc: Float64Array;
  slot: Int32Array;
  /** The unit's vector scattered (rescore): float32 weights held exactly, at half the memory of a Float64Array. */
  dense: Float32Array;
  topUnit: Int32Array;
  topScore: Float64Array;
  topCount: Int32Array;
  /** The regulations met among the best touched units (chooseRegulations), and their best scores by regulation. */
  regs: Int32Array;
  best: Float64Array;
  /** The partial scores copied for the selection of a cutoff (kthLargest reorders them). */
  sel: Float64Array;
  /** Per block of units of the regulation lookup: 1 where a chosen regulation has units, so that most touched units are passed over with one read. */
  chosenBlock: Uint8Array;
  /** The regulation of a touched unit (unitReg, read at random once per touched unit, is far larger than the caches). */
  regulation: RegulationLookup;
  /**
   * Pairs of (start, end) positions gathered before any of them is read (read-ahead.ts): the posting lists of the unit's
   * features (accumulate), the vectors of the kept candidates (rescore).
   */
  spans: Int32Array;
}

/** A free slot of the accumulator's table. */
const EMPTY = -1;

/** A table of `slots` free slots (a power of two). */
function emptyTable(slots: number): Int32Array {
  return new Int32Array(slots * 2).fill(EMPTY);
}

function makeScratch(index: AlignmentIndex, k: number, budget: number): Scratch {
  const u = index.units.length;
  const r = index.regulations.length;
  // at most `budget` postings are read per unit (accumulate), so at most that many units are touched, and never more
  // than the corpus has: the table is at most half full, and its probes stay short
  let slots = 1024;
  while (slots < 2 * Math.min(u, budget)) slots *= 2;
  return {
    table: emptyTable(slots),
    mask: slots - 1,
    shift: 32 - Math.log2(slots),
    touched: new Int32Array(slots / 2),
    acc: new Float64Array(slots / 2),
    slot: new Int32Array(slots / 2),
    dense: new Float32Array(index.featureCount),
    topUnit: new Int32Array(r * k),
    topScore: new Float64Array(r * k),
    topCount: new Int32Array(r).fill(-1),
    regs: new Int32Array(r),
    best: new Float64Array(r).fill(-1),
    sel: new Float64Array(slots / 2),
    chosenBlock: new Uint8Array((u >>> BLOCK_BITS) + 1),
    spans: new Int32Array(1024),
    regulation: regulationLookup(
      index.regulations.map((reg) => reg.firstUnit),
      u,
    ),
  };
}

/** Accumulate partial scores of `u` against units of other regulations; returns touched count and whether the budget cut it. */
function accumulate(index: AlignmentIndex, u: number, s: Scratch, budget: number): { touched: number; cut: boolean } {
  // locals: this loop runs once per posting read, hundreds of millions of times on a large corpus
  const { unitReg, vecFeat, vecWeight, postStart, postUnit, postWeight } = index;
  // a regulation's units are contiguous: its own units are skipped by a range test, not by reading unitReg (a random
  // read per posting, over an array of every unit)
  const reg = index.regulations[unitReg[u]!]!;
  const ownFrom = reg.firstUnit;
  const ownTo = ownFrom + reg.unitCount;
  let n = 0;
  const first = index.vecStart[u]!;
  const count = index.vecStart[u + 1]! - first;
  // every list's place first, then the first postings of the lists to be read: independent reads, fetched at once,
  // where reading list after list waited for each list's place and then for its first postings (read-ahead.ts)
  if (s.spans.length < 2 * count) s.spans = new Int32Array(4 * count);
  const lists = s.spans;
  for (let j = 0; j < count; j++) {
    const f = vecFeat[first + j]!;
    lists[2 * j] = postStart[f]!;
    lists[2 * j + 1] = postStart[f + 1]!;
  }
  // the lists read: rarest first while the budget lasts (the first one always, sampled below when longer than it); with
  // a frozen table the budget counts the table's frequencies, so postings added later do not move it (README, 增量更新)
  const rankDf = index.rankDf;
  const readable = readableLists(index, u, budget);
  let used = 0;
  let reads = 0;
  let warm = 0;
  for (let j = 0; j < readable; j++) {
    const from = lists[2 * j]!;
    const to = lists[2 * j + 1]!;
    used += rankDf ? rankDf[vecFeat[first + j]!]! : to - from;
    reads += Math.ceil((to - from) / sampleStride(index, vecFeat[first + j]!, from, to, budget));
    if (to > from) warm += postUnit[from]! + postWeight[from]!;
  }
  keepReadAhead(warm);
  // with a frozen table a list may be longer than the table says: the accumulator is made room for every posting read
  if (reads > s.touched.length) growTable(s, reads);
  const { table, mask, shift, acc, touched, slot } = s;
  for (let j = 0; j < readable; j++) {
    const k = first + j;
    const from = lists[2 * j]!;
    const to = lists[2 * j + 1]!;
    // a unit whose rarest feature is common anyway (本条例自…起施行) reads an even sample of that list
    const stride = sampleStride(index, vecFeat[k]!, from, to, budget);
    const w = vecWeight[k]!;
    for (let p = from; p < to; p += stride) {
      const v = postUnit[p]!;
      if (v >= ownFrom && v < ownTo) continue;
      let h = Math.imul(v, 0x9e3779b1) >>> shift;
      let key = table[h * 2]!;
      while (key !== v && key !== EMPTY) {
        h = (h + 1) & mask;
        key = table[h * 2]!;
      }
      if (key === v) {
        acc[table[h * 2 + 1]!]! += w * postWeight[p]!;
        continue;
      }
      // first met: the free slot found, and its place in the order
      table[h * 2] = v;
      table[h * 2 + 1] = n;
      slot[n] = h;
      touched[n] = v;
      acc[n] = w * postWeight[p]!;
      n++;
    }
  }
  return { touched: n, cut: readable < count || used > budget };
}

/** How many of unit u's features (rarest first) its search reads: while the budget lasts, and the first one always. */
export function readableLists(index: AlignmentIndex, u: number, budget: number): number {
  const { vecStart, vecFeat, postStart, rankDf } = index;
  const first = vecStart[u]!;
  const count = vecStart[u + 1]! - first;
  let used = 0;
  let readable = 0;
  for (; readable < count; readable++) {
    const f = vecFeat[first + readable]!;
    const length = rankDf ? rankDf[f]! : postStart[f + 1]! - postStart[f]!;
    if (used > 0 && used + length > budget) break;
    used += length;
  }
  return readable;
}

/** Every how many postings the list of feature f (`from .. to`) is read: 1, or an even sample of a list over the budget. */
export function sampleStride(index: AlignmentIndex, f: number, from: number, to: number, budget: number): number {
  return Math.max(1, Math.ceil((index.rankDf ? index.rankDf[f]! : to - from) / budget));
}

/** Make the accumulator's table room for `reads` touched units (its slots stay at least twice as many). */
function growTable(s: Scratch, reads: number): void {
  let slots = 2 * (s.table.length / 2);
  while (slots < 2 * reads) slots *= 2;
  s.table = emptyTable(slots);
  s.mask = slots - 1;
  s.shift = 32 - Math.log2(slots);
  s.touched = new Int32Array(slots / 2);
  s.acc = new Float64Array(slots / 2);
  s.slot = new Int32Array(slots / 2);
  s.sel = new Float64Array(slots / 2);
}

/** The rank in its sample of the cutoff chooseRegulations estimates, once `take` is at least twice this (below, every score is in the sample and the rank is `take`): a larger sample estimates closer, at more cost. */
const SAMPLED_RANK = 16;

/**
 * The `max` touched regulations with the best first candidate (score desc, then regulation asc), into `chosen`; returns
 * how many. A regulation's first candidate is its best touched unit, so the chosen ones are among the regulations of
 * the best touched units: those scoring at least a cutoff near the take-th best score, with `take` grown until they
 * span `max` regulations (or are all). A regulation left below the cutoff scores at most the cutoff, below every one
 * above it, so the choice is the one a ranking of every regulation makes. Only the units above the cutoff are looked
 * up by regulation: on a national corpus a search touches thousands of units, nearly each of another regulation (3,400
 * units of 3,100 regulations a paragraph at 20,000 regulations), and ranking all of them by regulation was half of the
 * search's time, and more per unit the larger the corpus (issue 18).
 */
function chooseRegulations(s: Scratch, touched: number, max: number, chosen: Int32Array): number {
  const { acc, regs, best } = s;
  let take = Math.min(touched, 4 * max);
  let regCount = 0;
  for (;;) {
    // about the take-th best score, estimated from a sample: any cutoff gives the same choice, as long as the units
    // above it span `max` regulations (checked below); a closer one only saves work
    const stride = Math.max(1, Math.floor(take / SAMPLED_RANK));
    const cutoff = take === touched ? -1 : kthLargest(s.sel, acc, touched, Math.max(1, Math.floor(take / stride)), stride);
    regCount = 0;
    for (let t = 0; t < touched; t++) {
      const score = acc[t]!;
      if (score < cutoff) continue;
      const r = regulationOf(s.regulation, s.touched[t]!);
      if (best[r]! < 0) regs[regCount++] = r;
      if (score > best[r]!) best[r] = score;
    }
    if (regCount >= max || take === touched) break;
    for (let i = 0; i < regCount; i++) best[regs[i]!] = -1;
    take = Math.min(touched, take * 4);
  }
  // the regulations met, best first (score desc, then regulation asc): at most `max` kept
  const before = (r: number, x: number) => best[r]! > best[x]! || (best[r]! === best[x]! && r < x);
  let n = 0;
  for (let i = 0; i < regCount; i++) {
    const r = regs[i]!;
    if (n === max && !before(r, chosen[n - 1]!)) continue;
    let x = n < max ? n++ : n - 1;
    while (x > 0 && before(r, chosen[x - 1]!)) {
      chosen[x] = chosen[x - 1]!;
      x--;
    }
    chosen[x] = r;
  }
  for (let i = 0; i < regCount; i++) best[regs[i]!] = -1;
  return n;
}

/**
 * The `take`-th largest (1-based) of every `stride`-th value of `values[0 .. count)`, found in `scratch` by Hoare's
 * selection (`values` is left as is). With a stride it estimates the (take · stride)-th largest of all the values.
 */
export function kthLargest(scratch: Float64Array, values: Float64Array, count: number, take: number, stride = 1): number {
  let m = 0;
  for (let i = 0; i < count; i += stride) scratch[m++] = values[i]!;
  const want = Math.min(take, m) - 1;
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i]! > pivot) i++;
      while (scratch[j]! < pivot) j--;
      if (i <= j) {
        const t = scratch[i]!;
        scratch[i] = scratch[j]!;
        scratch[j] = t;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else break;
  }
  return scratch[want]!;
}

/** Set (1) or clear (0) `chosenBlock` over the blocks of units of the chosen regulations. */
function markBlocks(s: Scratch, chosen: Int32Array, chosenCount: number, value: 0 | 1): void {
  const { firstUnit } = s.regulation;
  for (let i = 0; i < chosenCount; i++) {
    const r = chosen[i]!;
    for (let b = firstUnit[r]! >>> BLOCK_BITS; b <= (firstUnit[r + 1]! - 1) >>> BLOCK_BITS; b++) s.chosenBlock[b] = value;
  }
}

/**
 * Keep the best `k` touched units of each chosen regulation (score desc, then unit asc); `topCount` is −1 for a
 * regulation not chosen. Returns whether a touched unit's regulation was left out (the cap of regulations cut the search).
 */
function topOfChosen(s: Scratch, touched: number, k: number, chosen: Int32Array, chosenCount: number): boolean {
  const { acc, topUnit, topScore, topCount, chosenBlock } = s;
  let leftOut = false;
  for (let i = 0; i < chosenCount; i++) topCount[chosen[i]!] = 0;
  markBlocks(s, chosen, chosenCount, 1);
  for (let t = 0; t < touched; t++) {
    const v = s.touched[t]!;
    if (chosenBlock[v >>> BLOCK_BITS] === 0) {
      leftOut = true;
      continue;
    }
    const r = regulationOf(s.regulation, v);
    let n = topCount[r]!;
    if (n < 0) {
      leftOut = true;
      continue;
    }
    const score = acc[t]!;
    const base = r * k;
    const last = base + k - 1;
    if (n === k && !(score > topScore[last]! || (score === topScore[last]! && v < topUnit[last]!))) continue;
    if (n < k) n++;
    let i = n - 1;
    while (i > 0 && (score > topScore[base + i - 1]! || (score === topScore[base + i - 1]! && v < topUnit[base + i - 1]!))) {
      topScore[base + i] = topScore[base + i - 1]!;
      topUnit[base + i] = topUnit[base + i - 1]!;
      i--;
    }
    topScore[base + i] = score;
    topUnit[base + i] = v;
    topCount[r] = n;
  }
  markBlocks(s, chosen, chosenCount, 0);
  return leftOut;
}

/** Scatter unit u's vector into `dense` (or clear it with value 0): float32 weights, held exactly (scatteredDot). */
export function scatter(index: AlignmentIndex, u: number, dense: Float32Array, clear = false): void {
  for (let k = index.vecStart[u]!; k < index.vecStart[u + 1]!; k++) dense[index.vecFeat[k]!] = clear ? 0 : index.vecWeight[k]!;
}

/**
 * Dot product of unit v with a vector scattered over every feature (`dense`): the exact cosine when the scattered one
 * is a unit's. The weights are float32 values, so a Float32Array holds a scattered vector exactly at half the memory
 * (the products are still taken in double precision); the product reads it at random, and on a national corpus it has
 * hundreds of thousands of features (issue 18).
 */
export function scatteredDot(index: AlignmentIndex, dense: Float32Array, v: number): number {
  let sum = 0;
  for (let k = index.vecStart[v]!; k < index.vecStart[v + 1]!; k++) sum += dense[index.vecFeat[k]!]! * index.vecWeight[k]!;
  return sum;
}

/** Re-score the kept candidates of the chosen regulations exactly and re-order them (used when the budget cut the accumulation). */
function rescore(index: AlignmentIndex, u: number, s: Scratch, chosen: Int32Array, chosenCount: number, k: number): void {
  scatter(index, u, s.dense);
  // the kept candidates' vectors read ahead, all at once (read-ahead.ts): their places first, then their lines
  if (s.spans.length < 2 * chosenCount * k) s.spans = new Int32Array(4 * chosenCount * k);
  const spans = s.spans;
  let m = 0;
  for (let i = 0; i < chosenCount; i++) {
    const base = chosen[i]! * k;
    for (let j = 0; j < s.topCount[chosen[i]!]!; j++, m++) {
      spans[2 * m] = index.vecStart[s.topUnit[base + j]!]!;
      spans[2 * m + 1] = index.vecStart[s.topUnit[base + j]! + 1]!;
    }
  }
  let warm = 0;
  for (let t = 0; t < m; t++) warm += warmVectors(index, spans[2 * t]!, spans[2 * t + 1]!);
  keepReadAhead(warm);
  for (let i = 0; i < chosenCount; i++) {
    const base = chosen[i]! * k;
    const n = s.topCount[chosen[i]!]!;
    for (let j = 0; j < n; j++) s.topScore[base + j] = scatteredDot(index, s.dense, s.topUnit[base + j]!);
    // insertion sort of at most k entries: score desc, then unit asc
    for (let j = 1; j < n; j++) {
      const sc = s.topScore[base + j]!;
      const un = s.topUnit[base + j]!;
      let x = j;
      while (x > 0 && (sc > s.topScore[base + x - 1]! || (sc === s.topScore[base + x - 1]! && un < s.topUnit[base + x - 1]!))) {
        s.topScore[base + x] = s.topScore[base + x - 1]!;
        s.topUnit[base + x] = s.topUnit[base + x - 1]!;
        x--;
      }
      s.topScore[base + x] = sc;
      s.topUnit[base + x] = un;
    }
  }
  scatter(index, u, s.dense, true);
}

/** Options of the search itself: everything but `accept`, which is applied when the two ends of a pair are merged. */
export type SearchOptions = Omit<NeighbourOptions, 'accept'>;

/**
 * Links found from the units of one range, in the order met, before the two ends of a pair are merged: the pairs'
 * x is the score (‰), y is 1 when the link was the unit's best in that regulation.
 */
export interface DirectedNeighbours extends DirectedPairs {
  complete: boolean;
}

/**
 * What each unit's search decided about the cap of regulations, for a regulation added later (align-increment.ts): how
 * many regulations it chose, the partial score of the first candidate of the last one chosen (the score a new
 * regulation must beat to enter when all places are taken), and whether the search was cut (budget or cap).
 */
export interface SearchBars {
  chosen: Int32Array;
  bar: Float64Array;
  incomplete: Uint8Array;
}

/** Empty bars for `n` units. */
export function searchBars(n: number): SearchBars {
  return { chosen: new Int32Array(n), bar: new Float64Array(n), incomplete: new Uint8Array(n) };
}

/** One unit's search into `out` (its finds, then endUnit), and its bars when asked. */
function searchUnit(index: AlignmentIndex, options: SearchOptions, s: Scratch, chosen: Int32Array, u: number, out: DirectedNeighbours, bars?: SearchBars): void {
  const k = options.perRegulation;
  const { touched, cut } = accumulate(index, u, s, options.maxPostingsPerUnit);
  // with a cut, regulations are ranked on partial scores, and only the chosen ones are re-scored exactly
  const chosenCount = chooseRegulations(s, touched, chosen.length, chosen);
  const leftOut = topOfChosen(s, touched, k, chosen, chosenCount);
  if (bars) {
    bars.chosen[u] = chosenCount;
    bars.bar[u] = chosenCount > 0 ? s.topScore[chosen[chosenCount - 1]! * k]! : 0;
    bars.incomplete[u] = cut || leftOut ? 1 : 0;
  }
  if (cut) rescore(index, u, s, chosen, chosenCount, k);
  if (cut || leftOut) out.complete = false;
  for (let i = 0; i < chosenCount; i++) {
    const r = chosen[i]!;
    for (let j = 0; j < s.topCount[r]!; j++) {
      const score = Math.min(1000, Math.round(s.topScore[r * k + j]! * 1000));
      if (score < options.minScore) continue;
      pushPair(out, s.topUnit[r * k + j]!, score, j === 0 ? 1 : 0);
    }
  }
  endUnit(out);
  for (let t = 0; t < touched; t++) s.table[s.slot[t]! * 2] = EMPTY;
  for (let i = 0; i < chosenCount; i++) s.topCount[chosen[i]!] = -1;
}

/**
 * Search the units `from .. to` (see the phase comment at the top of this file). Each unit's search reads the index
 * only, so ranges can be searched apart (on worker threads) and their results concatenated in range order: the same
 * links, in the same order, as one search of everything.
 */
export function searchNeighbours(index: AlignmentIndex, options: SearchOptions, from = 0, to = index.units.length, bars?: SearchBars): DirectedNeighbours {
  const s = makeScratch(index, options.perRegulation, options.maxPostingsPerUnit);
  const chosen = new Int32Array(Math.min(options.maxRegulations, index.regulations.length));
  const out: DirectedNeighbours = { ...directedPairs(from), complete: true };
  for (let u = from; u < to; u++) searchUnit(index, options, s, chosen, u, out, bars);
  return out;
}

/** Search the listed units only: their finds in list order, one entry of `ends` per listed unit (`from` is not a unit). */
export function searchListed(index: AlignmentIndex, options: SearchOptions, units: Int32Array, bars?: SearchBars): DirectedNeighbours {
  const s = makeScratch(index, options.perRegulation, options.maxPostingsPerUnit);
  const chosen = new Int32Array(Math.min(options.maxRegulations, index.regulations.length));
  const out: DirectedNeighbours = { ...directedPairs(0), complete: true };
  for (const u of units) searchUnit(index, options, s, chosen, u, out, bars);
  return out;
}

/**
 * Undirected links from the links found from every unit: the parts found from consecutive ranges, in range order (one
 * part for a search in one piece). A pair found from both ends keeps the higher score (the two accumulations may round
 * differently) and is reciprocal when it was the best in its regulation from both ends. Consumes `parts` (mergePairs).
 */
export function mergeNeighbours(parts: DirectedNeighbours[], unitCount: number, accept: NeighbourOptions['accept'], partRead?: PartRead): LinkArrays {
  const complete = parts.every((p) => p.complete);
  const { a, b, x } = mergePairs(parts, unitCount, (score, bests) => accept(score, bests >= 2), partRead);
  return { a, b, score: x, complete };
}

/** Find scored links for every unit (see the phase comment at the top of this file). */
export function findNeighbours(index: AlignmentIndex, options: NeighbourOptions): LinkArrays {
  return mergeNeighbours([searchNeighbours(index, options)], index.units.length, options.accept);
}

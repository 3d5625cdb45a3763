// Adding one regulation to an aligned corpus without aligning it again (issue 18, goal 2; README, 增量更新).
// Three things make an alignment depend on the whole corpus: the term weights, the search's budget of postings and its
// cap of regulations per unit. With a frozen table of document frequencies (DfTable) the weights and the budget no
// longer move when a regulation is added; what remains is the cap, a competition the new regulation joins. So:
//   1. every old unit the new regulation's postings could reach is found from the new units' side (enteredUnits), and
//      searched again only where the new regulation may take a place among its regulations;
//   2. those units' new finds are spliced into the old ones, and the neighbour lists edited where their pairs are
//      (pair-edits.ts: each such pair merged again from both ends' finds, the rest copied);
//   3. only paragraphs whose evidence changed are scored again, and only in the regulations where it changed: their
//      own lists, their article's list, the best counterparts of the articles around theirs, or the articles whose
//      best counterpart is theirs;
//   4. their new picks are spliced into the old ones, and the links edited the same way.
// Every pair is merged as one pass over the units in order would merge it, so the result is the full alignment of the
// corpus with the new regulation last, weighed with the same table: a test compares the two.
import {
  listedLinks,
  mergeLinks,
  MAX_POSTINGS_PER_UNIT,
  MAX_REGULATIONS,
  rangeLinks,
  withReference,
  type AlignOptions,
  type DirectedLinks,
  type ScoredLinks,
} from './align-corpus.ts';
import { appendToIndex, buildFrozenIndex, dfTable, LOCAL_MEMORY, type AlignmentIndex, type DfTable, type FrozenVocabulary, type IndexMemory } from './alignment-index.ts';
import {
  bestArticlesEdited,
  candidateSearchOf,
  candidateSearchOptions,
  keepAll,
  matchSpaces,
  neighbourLists,
  searchComplete,
  type CandidateSearch,
  type MatchSpaces,
  type NeighbourLists,
  type RegulationFilter,
} from './match-features.ts';
import { copyRows, directedPairs, endUnit, pushPacked, splicePairs } from './merge-pairs.ts';
import { editLinks, editNeighbourLists } from './pair-edits.ts';
import {
  mergeNeighbours,
  readableLists,
  sampleStride,
  searchBars,
  searchListed,
  searchNeighbours,
  type DirectedNeighbours,
  type SearchBars,
  type SearchOptions,
} from './neighbours.ts';
import { toArticleUnits, toUnits, type AlignableRegulation } from './units.ts';

/** The frozen document frequencies of both indexes. */
export interface AlignTables {
  paragraphs: DfTable;
  articles: DfTable;
}

/** The tables of a corpus, to freeze (a full build counts them; later additions are weighed with them). */
export function alignTables(regulations: readonly AlignableRegulation[]): AlignTables {
  return { paragraphs: dfTable(regulations, toUnits), articles: dfTable(regulations, toArticleUnits) };
}

/** One index's search as kept for the next addition: every unit's finds and what it decided about the cap. */
export interface KeptSearch {
  finds: DirectedNeighbours;
  bars: SearchBars;
  lists: NeighbourLists;
}

/** What an alignment keeps so that a regulation can be added to it (alignAdded). */
export interface AlignState {
  regulations: readonly AlignableRegulation[];
  tables: AlignTables;
  options: AlignOptions;
  /** Both indexes (read from a stored state, without posting lists: appendToIndex builds them). */
  spaces: MatchSpaces;
  /** The two indexes' vocabularies (extended in place by the next addition: a state is used once). */
  vocabularies: { paragraphs: FrozenVocabulary; articles: FrozenVocabulary };
  para: KeptSearch;
  art: KeptSearch;
  search: CandidateSearch;
  /** Every paragraph's scored picks, in unit order (before the two ends of a link are merged). */
  picks: DirectedLinks;
  links: ScoredLinks;
  /** What the last addition redid (zero for a full alignment). */
  redone: Redone;
}

/** What an addition redid: old units searched and paragraphs scored again, and the milliseconds of each phase. */
export interface Redone {
  paragraphsSearched: number;
  articlesSearched: number;
  paragraphsScored: number;
  ms: { index: number; search: number; score: number; merge: number };
  /** Why every paragraph was searched and scored again (the addition was a full alignment with the same tables). */
  allBecause?: string;
}

/** The options of the two candidate searches. */
export function searchOptionsOf(options: AlignOptions): SearchOptions {
  return candidateSearchOptions({ maxRegulations: options.maxRegulations ?? MAX_REGULATIONS, maxPostingsPerUnit: options.maxPostingsPerUnit ?? MAX_POSTINGS_PER_UNIT });
}

/** Both indexes of a corpus weighed with the frozen tables (the corpus's own without `tables`), and their vocabularies. */
function frozenSpaces(regulations: readonly AlignableRegulation[], tables?: AlignTables): { spaces: MatchSpaces; vocabularies: AlignState['vocabularies'] } {
  const paragraphs = buildFrozenIndex(regulations, toUnits, tables?.paragraphs);
  const articles = buildFrozenIndex(regulations, toArticleUnits, tables?.articles);
  return { spaces: matchSpaces(paragraphs.index, articles.index), vocabularies: { paragraphs: paragraphs.vocabulary, articles: articles.vocabulary } };
}

/** A kept search from every unit's finds (its lists allocated in `memory`). */
export function keptSearch(finds: DirectedNeighbours, bars: SearchBars, n: number, memory: Pick<IndexMemory, 'int32' | 'int16'> = LOCAL_MEMORY): KeptSearch {
  // mergeNeighbours consumes the array it is given, not the finds: they are kept for the next addition
  return { finds, bars, lists: neighbourLists(mergeNeighbours([finds], n, keepAll), n, memory) };
}

/**
 * The full alignment of a corpus weighed with frozen tables (the same links as alignIndex when the tables are the
 * corpus's own); without `tables`, the corpus's own are frozen, from the count that builds the indexes.
 */
export function alignFrozen(regulations: readonly AlignableRegulation[], tables?: AlignTables, options: AlignOptions = {}): AlignState {
  const { spaces, vocabularies } = frozenSpaces(regulations, tables);
  const search = searchOptionsOf(options);
  const kept = (index: AlignmentIndex): KeptSearch => {
    const n = index.units.length;
    const bars = searchBars(n);
    return keptSearch(searchNeighbours(index, search, 0, n, bars), bars, n);
  };
  const para = kept(spaces.paragraphs);
  const art = kept(spaces.articles);
  const candidates = candidateSearchOf(spaces, para.lists, art.lists);
  // the state keeps the search without the labels: alignAdded adds them to each new search
  const picks = rangeLinks(spaces, withReference(spaces, candidates, options), 0, spaces.paragraphs.units.length, options);
  return frozenState({ regulations, tables: tablesOf(vocabularies), options, spaces, vocabularies, para, art, search: candidates, picks });
}

/** The tables two indexes were weighed with. */
export function tablesOf(vocabularies: AlignState['vocabularies']): AlignTables {
  return { paragraphs: vocabularies.paragraphs.table, articles: vocabularies.articles.table };
}

/** A full alignment's state from its parts (alignFrozen, or the same on worker threads): the links merged from the picks. */
export function frozenState(parts: Omit<AlignState, 'links' | 'redone'>): AlignState {
  const count = parts.spaces.paragraphs.units.length;
  const links = mergeLinks([parts.picks], count, searchComplete(parts.search));
  return { ...parts, links, redone: { paragraphsSearched: 0, articlesSearched: 0, paragraphsScored: 0, ms: { index: 0, search: 0, score: 0, merge: 0 } } };
}

/** The place of unit v in a posting list `from .. to` (units ascending; v is in it). */
function postingOf(postUnit: Int32Array, from: number, to: number, v: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postUnit[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Margin on the reverse partial scores. Both vectors are ordered by (table frequency, id), so the reverse pass adds the
 * same products in the same order as the forward search and the sums agree exactly; the margin only makes the test
 * err on the side of searching a unit again should that ever change.
 */
const REVERSE_MARGIN = 1e-9;

/**
 * The old units (`0 .. oldUnits`) whose search may change now that the units `oldUnits ..` exist: those the new units'
 * postings reach within the lists their search reads, where the new regulation either takes a free place among the
 * unit's regulations or may beat the last one chosen. Found from the new units' side, so the work is the length of the
 * lists of the new regulation's features, not a search of every unit. `incomplete` is set for units reached where the
 * new regulation cannot enter (one regulation more than the cap lets in).
 */
function enteredUnits(index: AlignmentIndex, oldUnits: number, bars: SearchBars, options: SearchOptions): Int32Array {
  const rankDf = index.rankDf;
  if (!rankDf) throw new Error('alignAdded: the index must be weighed with a frozen table');
  const budget = options.maxPostingsPerUnit;
  const { vecStart, vecFeat, vecWeight, postStart, postUnit, postWeight } = index;
  const readable = new Int32Array(oldUnits).fill(-1);
  const acc = new Float64Array(oldUnits);
  const best = new Float64Array(oldUnits).fill(-1);
  const touched: number[] = [];
  // whether u's search reads the list of f: f is among its first `readable` features (ordered by table frequency, then id)
  const reads = (u: number, f: number): boolean => {
    if (readable[u] === -1) readable[u] = readableLists(index, u, budget);
    const last = vecFeat[vecStart[u]! + readable[u]! - 1]!;
    return rankDf[f]! < rankDf[last]! || (rankDf[f] === rankDf[last] && f <= last);
  };
  // the old units by their first feature (the list every search reads, sampled when it is over the budget)
  const firstStart = new Int32Array(index.featureCount + 1);
  for (let u = 0; u < oldUnits; u++) if (vecStart[u + 1]! > vecStart[u]!) firstStart[vecFeat[vecStart[u]!]! + 1]!++;
  for (let f = 0; f < index.featureCount; f++) firstStart[f + 1]! += firstStart[f]!;
  const firstUnits = new Int32Array(firstStart[index.featureCount]!);
  const fill = firstStart.slice(0, index.featureCount);
  for (let u = 0; u < oldUnits; u++) if (vecStart[u + 1]! > vecStart[u]!) firstUnits[fill[vecFeat[vecStart[u]!]!]!++] = u;
  for (let v = oldUnits; v < index.units.length; v++) {
    for (let k = vecStart[v]!; k < vecStart[v + 1]!; k++) {
      const f = vecFeat[k]!;
      const from = postStart[f]!;
      const to = postStart[f + 1]!;
      const stride = sampleStride(index, f, from, to, budget);
      if (stride > 1) {
        // a list over the budget is read only as a unit's first, and only every stride-th posting: v is met there
        // only when its posting falls on that grid
        if ((postingOf(postUnit, from, to, v) - from) % stride !== 0) continue;
      }
      if (stride > 1) {
        // the units whose first (and only) list read is f, from the table below instead of a scan of the long list
        for (let x = firstStart[f]!; x < firstStart[f + 1]!; x++) {
          const u = firstUnits[x]!;
          if (acc[u] === 0) touched.push(u);
          acc[u]! += vecWeight[k]! * vecWeight[vecStart[u]!]!;
        }
        continue;
      }
      for (let p = from; p < to; p++) {
        const u = postUnit[p]!;
        if (u >= oldUnits) break;
        if (!reads(u, f)) continue;
        if (acc[u] === 0) touched.push(u);
        acc[u]! += vecWeight[k]! * postWeight[p]!;
      }
    }
    for (const u of touched) {
      if (acc[u]! > best[u]!) best[u] = acc[u]!;
      acc[u] = 0;
    }
    touched.length = 0;
  }
  const out: number[] = [];
  for (let u = 0; u < oldUnits; u++) {
    if (best[u]! < 0) continue;
    if (bars.chosen[u]! < options.maxRegulations || best[u]! >= bars.bar[u]! - REVERSE_MARGIN) out.push(u);
    else bars.incomplete[u] = 1;
  }
  return Int32Array.from(out);
}

/** The units `oldUnits .. n` after the listed ones (the new regulation's units are always searched and scored). */
function withNew(listed: Int32Array, oldUnits: number, n: number): Int32Array {
  const out = new Int32Array(listed.length + n - oldUnits);
  out.set(listed);
  for (let u = oldUnits; u < n; u++) out[listed.length + u - oldUnits] = u;
  return out;
}

/** One index's search after an addition: the entered units and the new ones searched, the rest kept. */
function searchAdded(index: AlignmentIndex, kept: KeptSearch, oldUnits: number, options: SearchOptions): { search: KeptSearch; searched: number; edited: Int32Array } {
  const n = index.units.length;
  const bars = searchBars(n);
  bars.chosen.set(kept.bars.chosen);
  bars.bar.set(kept.bars.bar);
  bars.incomplete.set(kept.bars.incomplete);
  const again = withNew(enteredUnits(index, oldUnits, bars, options), oldUnits, n);
  const part = searchListed(index, options, again, bars);
  const complete = !bars.incomplete.includes(1);
  const finds: DirectedNeighbours = { ...splicePairs(kept.finds, again, part, n), complete };
  const { lists, edited } = editNeighbourLists(kept.lists, finds, kept.finds, again, n, complete);
  return { search: { finds, bars, lists }, searched: again.length - (n - oldUnits), edited };
}

/**
 * The regulations (by `regOf` of the entries) where row x of two CSR lists differ: an entry in one only, or with
 * another score. Rows are ascending by entry. Pushes into `out` (duplicates removed by the caller).
 */
function rowDiffRegs(
  a: { start: Int32Array; other: Int32Array; score?: ArrayLike<number> },
  b: { start: Int32Array; other: Int32Array; score?: ArrayLike<number> },
  x: number,
  regOf: Int32Array,
  out: number[],
): void {
  let i = a.start[x]!;
  let j = b.start[x]!;
  const iEnd = a.start[x + 1]!;
  const jEnd = b.start[x + 1]!;
  while (i < iEnd || j < jEnd) {
    const va = i < iEnd ? a.other[i]! : Infinity;
    const vb = j < jEnd ? b.other[j]! : Infinity;
    if (va < vb) out.push(regOf[a.other[i++]!]!);
    else if (vb < va) out.push(regOf[b.other[j++]!]!);
    else {
      if (a.score && b.score && a.score[i] !== b.score[j]) out.push(regOf[va]!);
      i++;
      j++;
    }
  }
}

/** The old paragraphs to score again, each with the regulations whose candidates changed (RegulationFilter). */
interface Rescore {
  units: Int32Array;
  only: RegulationFilter;
}

/**
 * The old paragraphs whose evidence changed, and in which regulations (match-features.ts reads, for paragraph u of
 * article a and the candidates in regulation r: u's and a's list entries in r, the best counterparts in r of a − 1 and
 * a + 1, and the articles of r whose best counterpart is a). The new regulation's paragraphs are added by the caller.
 */
function changedParagraphs(before: CandidateSearch, after: CandidateSearch, spaces: MatchSpaces, oldParagraphs: number, oldArticles: number, labelled?: Uint8Array): Rescore {
  const articleReg = spaces.articles.unitReg;
  const paragraphReg = spaces.paragraphs.unitReg;
  const b0 = before.best;
  const b1 = after.best;
  const bestRows = (b: typeof b0) => ({ start: b.start, other: b.best });
  const ofRows = (b: typeof b0) => ({ start: b.ofStart, other: b.of });
  // per article, the regulations whose evidence changed for its paragraphs
  const articleRegs: number[][] = [];
  const scratch: number[] = [];
  // with labels as evidence: the old articles whose best counterpart changed in a labelled regulation (their votes)
  const votesMoved = labelled ? new Uint8Array(oldArticles) : undefined;
  for (let a = 0; a < oldArticles; a++) {
    scratch.length = 0;
    rowDiffRegs(before.art, after.art, a, articleReg, scratch);
    rowDiffRegs(ofRows(b0), ofRows(b1), a, articleReg, scratch);
    if (scratch.length > 0) (articleRegs[a] ??= []).push(...scratch);
    scratch.length = 0;
    rowDiffRegs(bestRows(b0), bestRows(b1), a, articleReg, scratch);
    if (votesMoved && scratch.some((r) => labelled![r])) votesMoved[a] = 1;
    if (scratch.length > 0) {
      // a's best counterparts are the sequence evidence of the articles before and after it
      if (a > 0 && articleReg[a - 1] === articleReg[a]) (articleRegs[a - 1] ??= []).push(...scratch);
      if (a + 1 < oldArticles && articleReg[a + 1] === articleReg[a]) (articleRegs[a + 1] ??= []).push(...scratch);
    }
  }
  const units: number[] = [];
  const start: number[] = [0];
  const regs: number[] = [];
  for (let u = 0; u < oldParagraphs; u++) {
    scratch.length = 0;
    rowDiffRegs(before.para, after.para, u, paragraphReg, scratch);
    const fromArticle = articleRegs[spaces.articleOf[u]!];
    if (fromArticle) scratch.push(...fromArticle);
    if (votesMoved) labelledVotesMoved(after, spaces, u, labelled!, votesMoved, scratch);
    if (scratch.length === 0) continue;
    units.push(u);
    regs.push(...[...new Set(scratch)].sort((x, y) => x - y));
    start.push(regs.length);
  }
  return { units: Int32Array.from(units), only: { start: Int32Array.from(start), regs: Int32Array.from(regs) } };
}

/**
 * The regulations in which paragraph u's labels' votes (reference-labels.ts, corroboration) moved, into `out`. A vote
 * asks where the query article's best counterparts in the labelled regulations are, the query being u's own article
 * when the candidate's regulation is labelled, else the candidate. So: u's article's best moved, every labelled
 * regulation (the extra ones are scored again to the same links); a candidate's best moved, in an unlabelled regulation,
 * while u's is labelled, that candidate's regulation. Candidates are read as candidateArticles reads them (u's
 * paragraph list, its article's article list), from the search after the addition.
 */
function labelledVotesMoved(after: CandidateSearch, spaces: MatchSpaces, u: number, labelled: Uint8Array, moved: Uint8Array, out: number[]): void {
  const articleReg = spaces.articles.unitReg;
  const x = spaces.paragraphs.unitReg[u]!;
  const a = spaces.articleOf[u]!;
  if (moved[a]) for (let r = 0; r < labelled.length; r++) if (labelled[r] && r !== x) out.push(r);
  if (!labelled[x]) return;
  const candidate = (b: number) => {
    if (b < moved.length && moved[b] && !labelled[articleReg[b]!]) out.push(articleReg[b]!);
  };
  for (let k = after.para.start[u]!; k < after.para.start[u + 1]!; k++) candidate(spaces.articleOf[after.para.other[k]!]!);
  for (let k = after.art.start[a]!; k < after.art.start[a + 1]!; k++) candidate(after.art.other[k]!);
}

/** The rescored paragraphs followed by the new regulation's, whose candidates are all kept (-1). */
function withNewRescore(r: Rescore, oldUnits: number, n: number): Rescore {
  const units = withNew(r.units, oldUnits, n);
  const start = new Int32Array(units.length + 1);
  start.set(r.only.start);
  const regs = new Int32Array(r.only.regs.length + n - oldUnits).fill(-1);
  regs.set(r.only.regs);
  for (let i = r.units.length; i < units.length; i++) start[i + 1] = start[i]! + 1;
  return { units, only: { start, regs } };
}

/**
 * Every paragraph's picks after an addition: a listed paragraph's picks in the regulations it was scored again in
 * (from `part`, one entry per listed paragraph) in place of its old picks there, its other picks kept; in the order
 * one pass gives (regulation by regulation, ascending).
 */
function splicePicks(old: DirectedLinks, r: Rescore, part: DirectedLinks, total: number, regOf: Int32Array): DirectedLinks {
  // room for every old pick and every new one (some old ones are replaced): one allocation, no growth
  const out = directedPairs(0, total, (old.ends.length > 0 ? old.ends.data[old.ends.length - 1]! : 0) + (part.ends.length > 0 ? part.ends.data[part.ends.length - 1]! : 0));
  const mark = new Uint8Array(total > 0 ? regOf[total - 1]! + 1 : 0);
  const oldEnd = (u: number) => old.ends.data[u]!;
  const oldStart = (u: number) => (u > 0 ? old.ends.data[u - 1]! : 0);
  let next = 0;
  for (let u = 0; u < total; u++) {
    const listed = next < r.units.length && r.units[next] === u;
    if (!listed) {
      // the run of units up to the next listed one, copied at once
      const to = next < r.units.length ? r.units[next]! : total;
      copyRows(out, old, oldStart(u), old.ends.data.subarray(u, to));
      u = to - 1;
      continue;
    }
    const rFrom = r.only.start[next]!;
    const rTo = r.only.start[next + 1]!;
    const all = rTo > rFrom && r.only.regs[rFrom] === -1;
    for (let k = rFrom; k < rTo && !all; k++) mark[r.only.regs[k]!] = 1;
    let i = all || u >= old.ends.length ? 0 : oldStart(u);
    const iEnd = all || u >= old.ends.length ? 0 : oldEnd(u);
    let j = next > 0 ? part.ends.data[next - 1]! : 0;
    const jEnd = part.ends.data[next]!;
    // both runs are grouped by regulation, ascending, and share no regulation once the redone ones are skipped
    while (i < iEnd || j < jEnd) {
      while (i < iEnd && mark[regOf[old.other.data[i]!]!]) i++;
      if (i >= iEnd && j >= jEnd) break;
      const takeOld = j >= jEnd || (i < iEnd && regOf[old.other.data[i]!]! < regOf[part.other.data[j]!]!);
      const src = takeOld ? old : part;
      const at = takeOld ? i++ : j++;
      pushPacked(out, src.other.data[at]!, src.packed.data[at]!);
    }
    endUnit(out);
    for (let k = rFrom; k < rTo && !all; k++) mark[r.only.regs[k]!] = 0;
    next++;
  }
  return out;
}

/**
 * The alignment of the corpus with `added` appended, from the alignment of the corpus without it: the same links as
 * alignFrozen of the whole corpus with the same tables (see the comment at the top of this file).
 */
export function alignAdded(state: AlignState, added: AlignableRegulation): AlignState {
  if (state.regulations.some((r) => r.meta.id === added.meta.id)) throw new Error(`alignAdded: ${added.meta.id} is aligned already`);
  // a labelled regulation added votes on every pair of the others (and changes how many vote): everything is scored
  // again, with the same tables (the same links as scoring only what changed would give, at the cost of a full pass)
  if (state.options.reference?.regulations.has(added.meta.id)) {
    const t = performance.now();
    const all = alignFrozen([...state.regulations, added], state.tables, state.options);
    const n = state.spaces.paragraphs.units.length;
    const ms = { index: 0, search: 0, score: performance.now() - t, merge: 0 };
    return {
      ...all,
      redone: {
        paragraphsSearched: n,
        articlesSearched: state.spaces.articles.units.length,
        paragraphsScored: n,
        ms,
        allBecause: `${added.meta.id} 有标注，作印证时影响所有法规之间的对应`,
      },
    };
  }
  const t0 = performance.now();
  const regulations = [...state.regulations, added];
  const { vocabularies } = state;
  const spaces = matchSpaces(
    appendToIndex(state.spaces.paragraphs, vocabularies.paragraphs, added, toUnits),
    appendToIndex(state.spaces.articles, vocabularies.articles, added, toArticleUnits),
  );
  const t1 = performance.now();
  const options = searchOptionsOf(state.options);
  const oldParagraphs = state.spaces.paragraphs.units.length;
  const oldArticles = state.spaces.articles.units.length;
  const para = searchAdded(spaces.paragraphs, state.para, oldParagraphs, options);
  const art = searchAdded(spaces.articles, state.art, oldArticles, options);
  // only the articles whose lists were edited can have other best counterparts
  const search: CandidateSearch = { para: para.search.lists, art: art.search.lists, best: bestArticlesEdited(state.search.best, art.search.lists, spaces, art.edited) };
  const t2 = performance.now();
  const reference = withReference(spaces, search, state.options).reference;
  const count = spaces.paragraphs.units.length;
  const again = withNewRescore(changedParagraphs(state.search, search, spaces, oldParagraphs, oldArticles, reference?.labelled), oldParagraphs, count);
  const part = listedLinks(spaces, reference ? { ...search, reference } : search, again.units, state.options, again.only);
  const t3 = performance.now();
  const picks = splicePicks(state.picks, again, part, count, spaces.paragraphs.unitReg);
  const links = editLinks(state.links, picks, state.picks, again.units, count, searchComplete(search));
  const t4 = performance.now();
  return {
    regulations,
    tables: state.tables,
    options: state.options,
    spaces,
    vocabularies,
    para: para.search,
    art: art.search,
    search,
    picks,
    links,
    redone: {
      paragraphsSearched: para.searched,
      articlesSearched: art.searched,
      paragraphsScored: again.units.length - (count - oldParagraphs),
      ms: { index: t1 - t0, search: t2 - t1, score: t3 - t2, merge: t4 - t3 },
    },
  };
}

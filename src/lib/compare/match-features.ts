// Phase 5 of comparison: evidence that a paragraph u of one regulation and an article b of another regulate the
// same subject. Word overlap alone misses one subject in different words and is fooled by shared formulae, so
// the evidence is combined from several views of the pair (METHOD.md, 比对方法):
//   para      the best cosine of u with a paragraph of b (a sentence reused inside a longer article counts);
//   article   the cosine of u's whole article with b (a subject worded differently still shares its context);
//   position  how far apart the two articles stand in their regulations (regulations follow one order:
//             总则 → 机制 → 具体事项 → 保障 → 责任 → 附则);
//   ranks     whether b is u's best article in that regulation by each cosine, and by how much;
//   sequence  whether the articles around u's article find their counterparts around b;
//   reverse   whether u's article is b's best article in u's regulation.
// (Containment of u's weight in b, tried as a further feature, did not change the out-of-fold figures: left out.)
// Candidates come from the inverted indexes (the best paragraphs and articles of each other regulation), so the
// work per paragraph is bounded and the whole phase is linear in the corpus.
import { LOCAL_MEMORY, withoutPostings, type AlignmentIndex, type IndexMemory } from './alignment-index.ts';
import { clearMemo, memoised, unitMemo } from './dot-memo.ts';
import { growable, push, pushAll, trimmed } from './growable.ts';
import { findNeighbours, scatter, scatteredDot, type LinkArrays, type SearchOptions } from './neighbours.ts';
import { keepReadAhead, warmVectors } from './read-ahead.ts';
import { corroboration, type ReferenceIndex } from './reference-labels.ts';

/** Names of the features, in the order of a feature vector (the model's weights follow it). */
export const FEATURE_NAMES = ['para', 'article', 'position', 'paraBest', 'articleBest', 'paraMargin', 'articleMargin', 'sequence', 'reverse'] as const;
/** Number of features per candidate. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Candidate pairs (paragraph u, article b) with their features and the best paragraph of b for u. */
export interface MatchCandidates {
  /** Paragraph (global unit index in the paragraph index). */
  unit: Int32Array;
  /** Article (global unit index in the article index). */
  article: Int32Array;
  /** The paragraph of `article` most like `unit` (global unit index in the paragraph index). */
  bestParagraph: Int32Array;
  /** Its cosine with `unit` (‰). */
  similarity: Int32Array;
  /** FEATURE_COUNT values per candidate. */
  features: Float64Array;
  /** With labels as evidence: each candidate's corroboration (NaN where it does not apply). */
  evidence?: Float64Array;
}

/** The two indexes and the maps between them. */
export interface MatchSpaces {
  paragraphs: AlignmentIndex;
  articles: AlignmentIndex;
  /** Article (article-index unit) of every paragraph. */
  articleOf: Int32Array;
  /** Paragraphs of article x are `firstParagraph[x] .. firstParagraph[x + 1]`. */
  firstParagraph: Int32Array;
  /** Relative position of every article in its regulation, 0 … 1. */
  position: Float64Array;
}

/**
 * How many candidates the searches keep per unit and regulation. Six, not four (2026-12-08): the margins and ranks the
 * model reads are then taken over more of each regulation, and out of fold it shows fewer links where readers found no
 * counterpart (METHOD.md, 候选数); at 1,000 synthetic regulations the alignment took about 5% longer, peak memory the same.
 */
export const CANDIDATES_PER_REGULATION = 6;

/** Link the paragraph index to the article index (both built from the same regulations in the same order). */
export function matchSpaces(paragraphs: AlignmentIndex, articles: AlignmentIndex): MatchSpaces {
  const articleOf = new Int32Array(paragraphs.units.length);
  const firstParagraph = new Int32Array(articles.units.length + 1);
  let x = -1;
  paragraphs.units.forEach((u, i) => {
    while (x < 0 || articles.units[x]!.id !== u.article || articles.unitReg[x] !== paragraphs.unitReg[i]) firstParagraph[++x] = i;
    articleOf[i] = x;
  });
  firstParagraph.fill(paragraphs.units.length, x + 1);
  const position = new Float64Array(articles.units.length);
  for (const r of articles.regulations) {
    for (let k = 0; k < r.unitCount; k++) position[r.firstUnit + k] = r.unitCount > 1 ? k / (r.unitCount - 1) : 0.5;
  }
  return { paragraphs, articles, articleOf, firstParagraph, position };
}

/** Both indexes without their posting lists (withoutPostings): what scoring needs after the candidate search. */
export function withoutSearch(spaces: MatchSpaces): MatchSpaces {
  return { ...spaces, paragraphs: withoutPostings(spaces.paragraphs), articles: withoutPostings(spaces.articles) };
}

/** The options of the candidate searches of matchCandidates; every link found is kept (`keepAll`): the model decides. */
export function candidateSearchOptions(options: { maxRegulations: number; maxPostingsPerUnit: number }): SearchOptions {
  return { perRegulation: CANDIDATES_PER_REGULATION, maxRegulations: options.maxRegulations, maxPostingsPerUnit: options.maxPostingsPerUnit, minScore: 1 };
}

/** The `accept` of the candidate searches: every link. */
export const keepAll = (): boolean => true;

/** Candidate links of an index as neighbour lists: unit x's are `other[start[x] .. start[x+1])`, with their scores (‰, 0..1000: two bytes each). */
export interface NeighbourLists {
  start: Int32Array;
  other: Int32Array;
  score: Int16Array;
  complete: boolean;
}

/** Undirected links (from findNeighbours or mergeNeighbours) as neighbour lists, in arrays allocated in `memory` (shared memory for worker threads). */
export function neighbourLists(links: LinkArrays, n: number, memory: Pick<IndexMemory, 'int32' | 'int16'> = LOCAL_MEMORY): NeighbourLists {
  const start = memory.int32(n + 1);
  for (let i = 0; i < links.a.length; i++) {
    start[links.a[i]! + 1]!++;
    start[links.b[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = memory.int32(links.a.length * 2);
  const score = memory.int16(links.a.length * 2);
  for (let i = 0; i < links.a.length; i++) {
    const a = links.a[i]!;
    const b = links.b[i]!;
    other[fill[a]!] = b;
    score[fill[a]!++] = links.score[i]!;
    other[fill[b]!] = a;
    score[fill[b]!++] = links.score[i]!;
  }
  return { start, other, score, complete: links.complete };
}

/**
 * Each article's best linked article in every regulation it links to (by article cosine, then lower id), and
 * the transpose: `bestStart/bestOf` lists the articles y whose best article in x's regulation is x. Built once
 * in one pass over the lists, so the sequence and reverse features are lookups, not a scan of a neighbour
 * list per candidate (which cost a fifth of the alignment at 1,000 regulations).
 */
export interface BestArticles {
  /** Article x's best articles (one per regulation) are `best[start[x] .. start[x+1])`. */
  start: Int32Array;
  best: Int32Array;
  /** Articles whose best article in x's regulation is x: `of[ofStart[x] .. ofStart[x+1])`. */
  ofStart: Int32Array;
  of: Int32Array;
}

/** Scratch of bestRow: the best article and its score per regulation, -1 where none yet, and the regulations met. */
interface BestScratch {
  bestIn: Int32Array;
  scoreIn: Int32Array;
  regs: number[];
}

/** Article x's best article in each regulation its list reaches (by article cosine, then lower id), pushed to `out`. */
function bestRow(lists: NeighbourLists, reg: Int32Array, x: number, s: BestScratch, out: ReturnType<typeof growable>): void {
  const { bestIn, scoreIn, regs } = s;
  regs.length = 0;
  for (let k = lists.start[x]!; k < lists.start[x + 1]!; k++) {
    const y = lists.other[k]!;
    const r = reg[y]!;
    const sc = lists.score[k]!;
    if (bestIn[r] === -1) {
      regs.push(r);
      [bestIn[r], scoreIn[r]] = [y, sc];
    } else if (sc > scoreIn[r]! || (sc === scoreIn[r]! && y < bestIn[r]!)) [bestIn[r], scoreIn[r]] = [y, sc];
  }
  for (const r of regs) {
    push(out, bestIn[r]!);
    bestIn[r] = -1;
  }
}

/** The transpose of the best articles: for every article x, the articles whose best article in x's regulation is x. */
function bestOf(start: Int32Array, best: Int32Array, n: number): Pick<BestArticles, 'ofStart' | 'of'> {
  const ofStart = new Int32Array(n + 1);
  for (const y of best) ofStart[y + 1]!++;
  for (let x = 0; x < n; x++) ofStart[x + 1]! += ofStart[x]!;
  const fill = ofStart.slice(0, n);
  const of = new Int32Array(best.length);
  for (let x = 0; x < n; x++) for (let k = start[x]!; k < start[x + 1]!; k++) of[fill[best[k]!]!++] = x;
  return { ofStart, of };
}

/** The best article per regulation of every article (see BestArticles). */
function bestArticles(lists: NeighbourLists, spaces: MatchSpaces): BestArticles {
  const reg = spaces.articles.unitReg;
  const n = spaces.articles.units.length;
  const scratch: BestScratch = { bestIn: new Int32Array(spaces.articles.regulations.length).fill(-1), scoreIn: new Int32Array(spaces.articles.regulations.length), regs: [] };
  const start = new Int32Array(n + 1);
  const out = growable(1 << 16);
  for (let x = 0; x < n; x++) {
    bestRow(lists, reg, x, scratch, out);
    start[x + 1] = out.length;
  }
  const best = trimmed(out);
  return { start, best, ...bestOf(start, best, n) };
}

/**
 * The best articles after the article lists changed in the rows `changed` only (ascending): those rows found again,
 * the others copied from `old` (a run at a time); the transpose built again (one linear pass).
 */
export function bestArticlesEdited(old: BestArticles, lists: NeighbourLists, spaces: MatchSpaces, changed: Int32Array): BestArticles {
  const reg = spaces.articles.unitReg;
  const n = spaces.articles.units.length;
  const oldRows = old.start.length - 1;
  const scratch: BestScratch = { bestIn: new Int32Array(spaces.articles.regulations.length).fill(-1), scoreIn: new Int32Array(spaces.articles.regulations.length), regs: [] };
  const start = new Int32Array(n + 1);
  const out = growable(old.best.length + 1024);
  let next = 0;
  for (let x = 0; x < n; ) {
    if ((next < changed.length && changed[next] === x) || x >= oldRows) {
      if (next < changed.length && changed[next] === x) next++;
      bestRow(lists, reg, x, scratch, out);
      start[x + 1] = out.length;
      x++;
      continue;
    }
    const to = Math.min(next < changed.length ? changed[next]! : n, oldRows);
    const shift = out.length - old.start[x]!;
    pushAll(out, old.best.subarray(old.start[x]!, old.start[to]!));
    for (let y = x; y < to; y++) start[y + 1] = old.start[y + 1]! + shift;
    x = to;
  }
  const best = trimmed(out);
  return { start, best, ...bestOf(start, best, n) };
}

/** The candidate articles of paragraph u, ascending, into `out`: from its paragraph neighbours and from its article's neighbours; returns how many. */
function candidateArticles(spaces: MatchSpaces, para: NeighbourLists, art: NeighbourLists, u: number, mark: Uint8Array, out: Int32Array): number {
  let n = 0;
  const add = (b: number) => {
    if (mark[b]) return;
    mark[b] = 1;
    out[n++] = b;
  };
  for (let k = para.start[u]!; k < para.start[u + 1]!; k++) add(spaces.articleOf[para.other[k]!]!);
  const a = spaces.articleOf[u]!;
  for (let k = art.start[a]!; k < art.start[a + 1]!; k++) add(art.other[k]!);
  const found = out.subarray(0, n).sort();
  for (const b of found) mark[b] = 0;
  return n;
}

/** Per-article lookups of the sequence and reverse features, refilled when the paragraphs move to the next article. */
interface ArticleContext {
  /** Best article in each regulation of the article before and after u's (-1: none or no such article). */
  before: Int32Array;
  after: Int32Array;
  hasBefore: boolean;
  hasAfter: boolean;
  /** 1 for the articles whose best article in u's regulation is u's article. */
  reverse: Uint8Array;
}

/** Fill (or, with `value` false, clear) the lookups of article a. */
function setArticleContext(spaces: MatchSpaces, best: BestArticles, ctx: ArticleContext, a: number, value: boolean): void {
  const ua = spaces.articles.unitReg[a]!;
  const fill = (n: number, into: Int32Array) => {
    for (let k = best.start[n]!; k < best.start[n + 1]!; k++) into[spaces.articles.unitReg[best.best[k]!]!] = value ? best.best[k]! : -1;
  };
  ctx.hasBefore = a - 1 >= 0 && spaces.articles.unitReg[a - 1] === ua;
  ctx.hasAfter = a + 1 < spaces.articles.units.length && spaces.articles.unitReg[a + 1] === ua;
  if (ctx.hasBefore) fill(a - 1, ctx.before);
  if (ctx.hasAfter) fill(a + 1, ctx.after);
  for (let k = best.ofStart[a]!; k < best.ofStart[a + 1]!; k++) ctx.reverse[best.of[k]!] = value ? 1 : 0;
}

/** Fill the rank, margin, sequence and reverse features of u's candidates `articles[from..to)`, regulation by regulation. */
function fillRelative(spaces: MatchSpaces, ctx: ArticleContext, features: Float64Array, articles: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; ) {
    const r = spaces.articles.unitReg[articles[i]!]!;
    let j = i;
    while (j < to && spaces.articles.unitReg[articles[j]!] === r) j++;
    for (let col = 0; col < 2; col++) {
      // columns: para → paraBest (3), paraMargin (5); article → articleBest (4), articleMargin (6)
      let top = -1;
      let second = 0;
      for (let k = i; k < j; k++) {
        const v = features[k * FEATURE_COUNT + col]!;
        if (v > top) [second, top] = [Math.max(second, top), v];
        else if (v > second) second = v;
      }
      for (let k = i; k < j; k++) {
        const v = features[k * FEATURE_COUNT + col]!;
        features[k * FEATURE_COUNT + 3 + col] = v === top ? 1 : 0;
        features[k * FEATURE_COUNT + 5 + col] = v === top ? v - second : v - top;
      }
    }
    // the neighbouring articles' best counterparts in r are the same for every candidate of this regulation
    const around = (ctx.hasBefore ? 1 : 0) + (ctx.hasAfter ? 1 : 0);
    const mBefore = ctx.hasBefore ? ctx.before[r]! : -1;
    const mAfter = ctx.hasAfter ? ctx.after[r]! : -1;
    for (let k = i; k < j; k++) {
      const b = articles[k]!;
      let agree = 0;
      if (mBefore >= 0 && Math.abs(mBefore - b + 1) <= 1) agree++;
      if (mAfter >= 0 && Math.abs(mAfter - b - 1) <= 1) agree++;
      features[k * FEATURE_COUNT + 7] = around ? agree / around : 0;
      features[k * FEATURE_COUNT + 8] = ctx.reverse[b]!;
    }
    i = j;
  }
}

/** One paragraph's candidates, as `visitCandidateRange` hands them over (scratch arrays: valid during the call only). */
export interface UnitCandidates {
  /** The paragraph. */
  unit: number;
  /** Number of candidates. */
  count: number;
  /** Candidate articles, ascending (so grouped by regulation). */
  article: Int32Array;
  bestParagraph: Int32Array;
  similarity: Int32Array;
  /** FEATURE_COUNT values per candidate. */
  features: Float64Array;
  /** With labels as evidence (search.reference): each candidate's corroboration, NaN where it does not apply. */
  evidence?: Float64Array;
}

/** What the candidates of every paragraph are drawn from: the neighbour lists of both indexes and each article's best articles. */
export interface CandidateSearch {
  para: NeighbourLists;
  art: NeighbourLists;
  best: BestArticles;
  /** Labels used as evidence (reference-labels.ts); absent, no candidate has that evidence. */
  reference?: ReferenceIndex;
}

/** The candidate search of a corpus from the neighbour lists of its two indexes (found in one piece or in ranges on worker threads). */
export function candidateSearchOf(spaces: MatchSpaces, para: NeighbourLists, art: NeighbourLists): CandidateSearch {
  return { para, art, best: bestArticles(art, spaces) };
}

/** The candidate search of a corpus, in this thread. */
export function candidateSearch(spaces: MatchSpaces, options: { maxRegulations: number; maxPostingsPerUnit: number }): CandidateSearch {
  const search = { ...candidateSearchOptions(options), accept: keepAll };
  // one index at a time: the links of the first are collected before the second is searched
  const para = neighbourLists(findNeighbours(spaces.paragraphs, search), spaces.paragraphs.units.length);
  return candidateSearchOf(spaces, para, neighbourLists(findNeighbours(spaces.articles, search), spaces.articles.units.length));
}

/** Whether a candidate search was exhaustive (no unit's search cut by its budget or by the number of regulations). */
export function searchComplete(search: CandidateSearch): boolean {
  return search.para.complete && search.art.complete;
}

/**
 * Candidates and features of the paragraphs `from .. to`, in index order. A paragraph's candidates depend on the
 * search only, so ranges can be visited apart (on worker threads): the same candidates as one visit of everything.
 */
export function visitCandidateRange(spaces: MatchSpaces, search: CandidateSearch, from: number, to: number, visit: (c: UnitCandidates) => void): void {
  visitUnits(spaces, search, from, to - from, null, visit);
}

/**
 * Only some regulations' candidates of each listed paragraph: those of `regs[start[i] .. start[i+1])` for the i-th
 * (ascending; a list holding -1 keeps them all). A regulation's candidates and their features depend on that
 * regulation's entries only (fillRelative works regulation by regulation), so they are those of an unrestricted visit.
 */
export interface RegulationFilter {
  start: Int32Array;
  regs: Int32Array;
}

/** Candidates and features of the listed paragraphs (ascending), as visitCandidateRange gives them; `only` keeps some regulations' candidates. */
export function visitCandidateUnits(spaces: MatchSpaces, search: CandidateSearch, units: Int32Array, visit: (c: UnitCandidates) => void, only?: RegulationFilter): void {
  visitUnits(spaces, search, 0, units.length, units, visit, only);
}

/** Keep the candidates `articles[0 .. n)` of the regulations filtered in for the i-th listed paragraph; returns how many are left. */
function keepFiltered(spaces: MatchSpaces, only: RegulationFilter, i: number, keep: Uint8Array, articles: Int32Array, n: number): number {
  const from = only.start[i]!;
  const to = only.start[i + 1]!;
  if (to > from && only.regs[from] === -1) return n;
  for (let k = from; k < to; k++) keep[only.regs[k]!] = 1;
  let w = 0;
  for (let k = 0; k < n; k++) if (keep[spaces.articles.unitReg[articles[k]!]!]) articles[w++] = articles[k]!;
  for (let k = from; k < to; k++) keep[only.regs[k]!] = 0;
  return w;
}

/** The paragraphs `units[0 .. count)`, or `from .. from + count` without a list. */
function visitUnits(
  spaces: MatchSpaces,
  search: CandidateSearch,
  from: number,
  count: number,
  units: Int32Array | null,
  visit: (c: UnitCandidates) => void,
  only?: RegulationFilter,
): void {
  const keep = new Uint8Array(only ? spaces.articles.regulations.length : 0);
  const { para, art, best } = search;
  const regCount = spaces.articles.regulations.length;
  const articleCount = spaces.articles.units.length;
  const ctx: ArticleContext = {
    before: new Int32Array(regCount).fill(-1),
    after: new Int32Array(regCount).fill(-1),
    hasBefore: false,
    hasAfter: false,
    reverse: new Uint8Array(articleCount),
  };
  let capacity = 1024;
  const grow = (need: number): UnitCandidates => ({
    unit: 0,
    count: 0,
    article: new Int32Array(need),
    bestParagraph: new Int32Array(need),
    similarity: new Int32Array(need),
    features: new Float64Array(need * FEATURE_COUNT),
    ...(search.reference ? { evidence: new Float64Array(need) } : {}),
  });
  let c = grow(capacity);
  const mark = new Uint8Array(articleCount);
  const pDense = new Float32Array(spaces.paragraphs.featureCount);
  const aDense = new Float32Array(spaces.articles.featureCount);
  // the cosine of u's article with a candidate article, once per article: its paragraphs share most candidates
  const articleCosines = unitMemo();
  const articleCosine = (b: number) => scatteredDot(spaces.articles, aDense, b);
  let scatteredArticle = -1;
  const { paragraphs, articles } = spaces;
  /** The paragraphs of candidate i are `span[2i] .. span[2i+1]`. */
  let span = new Int32Array(1024);
  for (let n = 0; n < count; n++) {
    const u = units ? units[n]! : from + n;
    const a = spaces.articleOf[u]!;
    if (a !== scatteredArticle) {
      if (scatteredArticle >= 0) {
        scatter(spaces.articles, scatteredArticle, aDense, true);
        setArticleContext(spaces, best, ctx, scatteredArticle, false);
      }
      scatter(spaces.articles, a, aDense);
      setArticleContext(spaces, best, ctx, a, true);
      clearMemo(articleCosines);
      scatteredArticle = a;
    }
    const most = para.start[u + 1]! - para.start[u]! + art.start[a + 1]! - art.start[a]!;
    if (most > capacity) c = grow((capacity = Math.max(most, capacity * 2)));
    const all = candidateArticles(spaces, para, art, u, mark, c.article);
    const found = only ? keepFiltered(spaces, only, n, keep, c.article, all) : all;
    scatter(spaces.paragraphs, u, pDense);
    // every candidate's paragraphs first, then all their vectors read ahead (read-ahead.ts), then the products
    if (span.length < 2 * found) span = new Int32Array(4 * found);
    for (let i = 0; i < found; i++) {
      span[2 * i] = spaces.firstParagraph[c.article[i]!]!;
      span[2 * i + 1] = spaces.firstParagraph[c.article[i]! + 1]!;
    }
    let ahead = 0;
    for (let i = 0; i < found; i++) {
      const b = c.article[i]!;
      // an article's paragraphs are consecutive units, so their vectors are one run of entries
      ahead += warmVectors(paragraphs, paragraphs.vecStart[span[2 * i]!]!, paragraphs.vecStart[span[2 * i + 1]!]!);
      ahead += warmVectors(articles, articles.vecStart[b]!, articles.vecStart[b + 1]!);
    }
    keepReadAhead(ahead);
    for (let i = 0; i < found; i++) {
      const b = c.article[i]!;
      let bestP = span[2 * i]!;
      let bestScore = -1;
      for (let v = span[2 * i]!; v < span[2 * i + 1]!; v++) {
        const s = scatteredDot(paragraphs, pDense, v);
        if (s > bestScore) [bestP, bestScore] = [v, s];
      }
      c.bestParagraph[i] = bestP;
      c.similarity[i] = Math.min(1000, Math.round(Math.max(0, bestScore) * 1000));
      const f = i * FEATURE_COUNT;
      c.features[f] = Math.max(0, bestScore);
      c.features[f + 1] = memoised(articleCosines, b, articleCosine);
      c.features[f + 2] = Math.abs(spaces.position[a]! - spaces.position[b]!);
      if (c.evidence) c.evidence[i] = corroboration(search.reference!, best, spaces.articles.unitReg, a, b);
    }
    scatter(spaces.paragraphs, u, pDense, true);
    fillRelative(spaces, ctx, c.features, c.article, 0, found);
    c.unit = u;
    c.count = found;
    visit(c);
  }
}

/** Candidates and features of a corpus, all held (the evaluation trains on them; see the phase comment at the top of this file). */
export function matchCandidates(spaces: MatchSpaces, search: CandidateSearch): MatchCandidates & { complete: boolean } {
  const unit = growable(1 << 16);
  const article = growable(1 << 16);
  const bestParagraph = growable(1 << 16);
  const similarity = growable(1 << 16);
  let features = new Float64Array(1 << 16);
  const evidence: number[] = [];
  visitCandidateRange(spaces, search, 0, spaces.paragraphs.units.length, (c) => {
    if (c.evidence) for (let i = 0; i < c.count; i++) evidence.push(c.evidence[i]!);
    const at = unit.length;
    if ((at + c.count) * FEATURE_COUNT > features.length) {
      const next = new Float64Array(Math.max(features.length * 2, (at + c.count) * FEATURE_COUNT));
      next.set(features);
      features = next;
    }
    features.set(c.features.subarray(0, c.count * FEATURE_COUNT), at * FEATURE_COUNT);
    for (let i = 0; i < c.count; i++) {
      push(unit, c.unit);
      push(article, c.article[i]!);
      push(bestParagraph, c.bestParagraph[i]!);
      push(similarity, c.similarity[i]!);
    }
  });
  return {
    unit: trimmed(unit),
    article: trimmed(article),
    bestParagraph: trimmed(bestParagraph),
    similarity: trimmed(similarity),
    features: features.slice(0, unit.length * FEATURE_COUNT),
    ...(search.reference ? { evidence: Float64Array.from(evidence) } : {}),
    complete: searchComplete(search),
  };
}

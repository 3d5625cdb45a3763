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
import type { AlignmentIndex } from './alignment-index.ts';
import { growable, push, trimmed } from './growable.ts';
import { findNeighbours } from './neighbours.ts';

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

/** How many candidates the searches keep per unit and regulation. */
export const CANDIDATES_PER_REGULATION = 4;

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

/** Undirected candidate links of an index, as neighbour lists (unit → [other, score‰] pairs). */
function neighbourLists(index: AlignmentIndex, maxRegulations: number, maxPostings: number): { start: Int32Array; other: Int32Array; score: Int32Array; complete: boolean } {
  const links = findNeighbours(index, { perRegulation: CANDIDATES_PER_REGULATION, maxRegulations, maxPostingsPerUnit: maxPostings, minScore: 1, accept: () => true });
  const n = index.units.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < links.a.length; i++) {
    start[links.a[i]! + 1]!++;
    start[links.b[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(links.a.length * 2);
  const score = new Int32Array(links.a.length * 2);
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

/** Best linked article of article x in regulation r by article cosine, or -1. */
function bestArticleIn(lists: ReturnType<typeof neighbourLists>, spaces: MatchSpaces, x: number, r: number): number {
  let best = -1;
  let bestScore = -1;
  for (let k = lists.start[x]!; k < lists.start[x + 1]!; k++) {
    const y = lists.other[k]!;
    if (spaces.articles.unitReg[y] !== r) continue;
    const s = lists.score[k]!;
    if (s > bestScore || (s === bestScore && y < best)) [best, bestScore] = [y, s];
  }
  return best;
}

/** Scatter unit u's vector into `dense` (or clear it with value 0). */
function scatter(index: AlignmentIndex, u: number, dense: Float64Array, clear = false): void {
  for (let k = index.vecStart[u]!; k < index.vecStart[u + 1]!; k++) dense[index.vecFeat[k]!] = clear ? 0 : index.vecWeight[k]!;
}

/** Dot product of unit v with the scattered vector. */
function dot(index: AlignmentIndex, dense: Float64Array, v: number): number {
  let sum = 0;
  for (let k = index.vecStart[v]!; k < index.vecStart[v + 1]!; k++) sum += dense[index.vecFeat[k]!]! * index.vecWeight[k]!;
  return sum;
}

/** The candidate articles of every paragraph: from its paragraph neighbours and from its article's neighbours. */
function candidatePairs(spaces: MatchSpaces, para: ReturnType<typeof neighbourLists>, art: ReturnType<typeof neighbourLists>): { start: Int32Array; article: Int32Array } {
  const n = spaces.paragraphs.units.length;
  const start = new Int32Array(n + 1);
  const out = growable(1 << 16);
  const seen = new Set<number>();
  for (let u = 0; u < n; u++) {
    seen.clear();
    for (let k = para.start[u]!; k < para.start[u + 1]!; k++) seen.add(spaces.articleOf[para.other[k]!]!);
    const a = spaces.articleOf[u]!;
    for (let k = art.start[a]!; k < art.start[a + 1]!; k++) seen.add(art.other[k]!);
    for (const b of [...seen].sort((x, y) => x - y)) push(out, b);
    start[u + 1] = out.length;
  }
  return { start, article: trimmed(out) };
}

/** Fill the rank, margin, sequence and reverse features of u's candidates, regulation by regulation. */
function fillRelative(
  spaces: MatchSpaces, art: ReturnType<typeof neighbourLists>, features: Float64Array, articles: Int32Array, from: number, to: number, u: number,
  reverseCache: Map<number, number>,
): void {
  const a = spaces.articleOf[u]!;
  const ua = spaces.articles.unitReg[a]!;
  for (let i = from; i < to; ) {
    const r = spaces.articles.unitReg[articles[i]!]!;
    let j = i;
    while (j < to && spaces.articles.unitReg[articles[j]!] === r) j++;
    for (const [col, best, margin] of [[0, 3, 5], [1, 4, 6]] as const) {
      let top = -1;
      let second = 0;
      for (let k = i; k < j; k++) {
        const v = features[k * FEATURE_COUNT + col]!;
        if (v > top) [second, top] = [Math.max(second, top), v];
        else if (v > second) second = v;
      }
      for (let k = i; k < j; k++) {
        const v = features[k * FEATURE_COUNT + col]!;
        features[k * FEATURE_COUNT + best] = v === top ? 1 : 0;
        features[k * FEATURE_COUNT + margin] = v === top ? v - second : v - top;
      }
    }
    // the neighbouring articles' best counterparts in r are the same for every candidate of this regulation
    const around: Array<[d: number, m: number]> = [];
    for (const d of [-1, 1]) {
      const n = a + d;
      if (n >= 0 && n < spaces.articles.units.length && spaces.articles.unitReg[n] === ua) around.push([d, bestArticleIn(art, spaces, n, r)]);
    }
    for (let k = i; k < j; k++) {
      const b = articles[k]!;
      let agree = 0;
      for (const [d, m] of around) if (m >= 0 && Math.abs(m - b - d) <= 1) agree++;
      features[k * FEATURE_COUNT + 7] = around.length ? agree / around.length : 0;
      let reverse = reverseCache.get(b);
      if (reverse === undefined) reverseCache.set(b, (reverse = bestArticleIn(art, spaces, b, ua)));
      features[k * FEATURE_COUNT + 8] = reverse === a ? 1 : 0;
    }
    i = j;
  }
}

/** Candidates and features of a corpus (see the phase comment at the top of this file). */
export function matchCandidates(spaces: MatchSpaces, options: { maxRegulations: number; maxPostingsPerUnit: number }): MatchCandidates & { complete: boolean } {
  const para = neighbourLists(spaces.paragraphs, options.maxRegulations, options.maxPostingsPerUnit);
  const art = neighbourLists(spaces.articles, options.maxRegulations, options.maxPostingsPerUnit);
  const { start, article } = candidatePairs(spaces, para, art);
  const count = article.length;
  const unit = new Int32Array(count);
  const bestParagraph = new Int32Array(count);
  const similarity = new Int32Array(count);
  const features = new Float64Array(count * FEATURE_COUNT);
  const pDense = new Float64Array(spaces.paragraphs.featureCount);
  const aDense = new Float64Array(spaces.articles.featureCount);
  let scatteredArticle = -1;
  // each candidate article's best article in u's regulation: the same for every paragraph of u's article
  const reverseCache = new Map<number, number>();
  for (let u = 0; u < spaces.paragraphs.units.length; u++) {
    const a = spaces.articleOf[u]!;
    if (a !== scatteredArticle) {
      reverseCache.clear();
      if (scatteredArticle >= 0) scatter(spaces.articles, scatteredArticle, aDense, true);
      scatter(spaces.articles, a, aDense);
      scatteredArticle = a;
    }
    scatter(spaces.paragraphs, u, pDense);
    for (let i = start[u]!; i < start[u + 1]!; i++) {
      const b = article[i]!;
      let best = spaces.firstParagraph[b]!;
      let bestScore = -1;
      for (let v = spaces.firstParagraph[b]!; v < spaces.firstParagraph[b + 1]!; v++) {
        const s = dot(spaces.paragraphs, pDense, v);
        if (s > bestScore) [best, bestScore] = [v, s];
      }
      unit[i] = u;
      bestParagraph[i] = best;
      similarity[i] = Math.min(1000, Math.round(Math.max(0, bestScore) * 1000));
      const f = i * FEATURE_COUNT;
      features[f] = Math.max(0, bestScore);
      features[f + 1] = dot(spaces.articles, aDense, b);
      features[f + 2] = Math.abs(spaces.position[a]! - spaces.position[b]!);
    }
    scatter(spaces.paragraphs, u, pDense, true);
    fillRelative(spaces, art, features, article, start[u]!, start[u + 1]!, u, reverseCache);
  }
  return { unit, article, bestParagraph, similarity, features, complete: para.complete && art.complete };
}

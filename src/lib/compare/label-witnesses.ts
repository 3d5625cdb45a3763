// The labels' votes behind each link (METHOD.md, 标注印证), written out so that a page can show them: a link between two
// articles with few shared words may rest on readers having paired a third regulation's article with one of them.
// The votes are the ones the scoring counted (visitVotes, the same function corroboration uses), read from the same
// best articles and labels, so what a page shows is the evidence the score was made from.
import type { LabelVote, LabelWitnesses } from '../schemas/label-witnesses.ts';
import type { AlignmentIndex } from './alignment-index.ts';
import type { BestArticles, CandidateSearch, MatchSpaces } from './match-features.ts';
import { visitVotes, type ReferenceIndex } from './reference-labels.ts';

/** What the votes are read from: the article index (ids and regulations), the paragraph → article map, the best articles and the labels in the index's numbers. */
export interface WitnessInputs {
  spaces: { articles: Pick<AlignmentIndex, 'regulations' | 'units' | 'unitReg'>; articleOf: Int32Array };
  best: BestArticles;
  reference: ReferenceIndex;
}

/** The witness inputs of a search with labels (none without): only ids and small arrays, so the indexes' vectors can still be let go. */
export function witnessInputsOf(spaces: MatchSpaces, search: CandidateSearch): WitnessInputs | undefined {
  const { regulations, units, unitReg } = spaces.articles;
  return search.reference ? { spaces: { articles: { regulations, units, unitReg }, articleOf: spaces.articleOf }, best: search.best, reference: search.reference } : undefined;
}

/** The votes of every linked pair of articles the labels apply to (`links` are paragraph pairs, as ScoredLinks gives them). */
export function labelWitnesses(inputs: WitnessInputs, links: { a: Int32Array; b: Int32Array }): LabelWitnesses {
  const { spaces, best, reference } = inputs;
  const { articles, articleOf } = spaces;
  const n = articles.units.length;
  const ref = (x: number): [string, string] => [articles.regulations[articles.unitReg[x]!]!.id, articles.units[x]!.id];
  const seen = new Set<number>();
  const found: Array<{ x: number; y: number; witness: LabelWitnesses['pairs'][number] }> = [];
  for (let i = 0; i < links.a.length; i++) {
    const [p, q] = [articleOf[links.a[i]!]!, articleOf[links.b[i]!]!];
    const [x, y] = p < q ? [p, q] : [q, p];
    // several paragraph links can join the same two articles: their votes are the articles', counted once
    if (seen.has(x * n + y)) continue;
    seen.add(x * n + y);
    const votes: LabelVote[] = [];
    const keys = new Set<string>();
    const add = (c: number, fromX: boolean) => {
      const [regulation, article] = ref(c);
      const from = fromX ? 'a' : 'b';
      // both directions of a pair between two labelled regulations can count the same vote
      if (keys.has(`${from}|${regulation}|${article}`)) return;
      keys.add(`${from}|${regulation}|${article}`);
      votes.push({ from, regulation, article });
    };
    // the link was scored from both of its ends (a paragraph of x with candidate y, and the reverse)
    const of = Math.max(
      visitVotes(reference, best, articles.unitReg, x, y, (c, queryIsX) => add(c, queryIsX)),
      visitVotes(reference, best, articles.unitReg, y, x, (c, queryIsY) => add(c, !queryIsY)),
    );
    if (of > 0) found.push({ x, y, witness: { a: ref(x), b: ref(y), of, votes } });
  }
  found.sort((s, t) => s.x - t.x || s.y - t.y);
  return { version: 1, pairs: found.map((f) => f.witness) };
}

/** The key of a pair of articles in witnessIndex. */
function pairKey(a: readonly [string, string], b: readonly [string, string]): string {
  return `${a[0]}|${a[1]}|${b[0]}|${b[1]}`;
}

/** The witnesses by pair of articles, either way round. */
export function witnessIndex(w: LabelWitnesses | null): Map<string, LabelWitnesses['pairs'][number]> {
  const map = new Map<string, LabelWitnesses['pairs'][number]>();
  for (const p of w?.pairs ?? []) {
    map.set(pairKey(p.a, p.b), p);
    map.set(pairKey(p.b, p.a), p);
  }
  return map;
}

/** One vote as a page shows it, seen from an article: the third regulation's article is most like `mostLike` (this article, the counterpart or both) and labelled a counterpart of the other. */
export interface VoteSeen {
  regulation: string;
  article: string;
  mostLike: 'self' | 'other' | 'both';
}

/** The votes for the pair (self, other), seen from `self`: a third article that voted both ways is one entry ('both'). */
export function votesSeenFrom(
  index: Map<string, LabelWitnesses['pairs'][number]>,
  self: readonly [string, string],
  other: readonly [string, string],
): { of: number; regulations: number; votes: VoteSeen[] } | undefined {
  const w = index.get(pairKey(self, other));
  if (!w) return undefined;
  const selfSide = w.a[0] === self[0] && w.a[1] === self[1] ? 'a' : 'b';
  const votes: VoteSeen[] = [];
  for (const v of w.votes) {
    const side = v.from === selfSide ? 'self' : 'other';
    const same = votes.find((s) => s.regulation === v.regulation && s.article === v.article);
    if (same) same.mostLike = same.mostLike === side ? side : 'both';
    else votes.push({ regulation: v.regulation, article: v.article, mostLike: side });
  }
  return { of: w.of, regulations: new Set(votes.map((v) => v.regulation)).size, votes };
}

/** How a page words one vote: what the third article is most like, and what readers paired it with (`selfName` is this article, e.g. 本条). */
export function votePhrase(mostLike: VoteSeen['mostLike'], selfName: string, otherName: string): { like: string; paired: string } {
  if (mostLike === 'self') return { like: selfName, paired: otherName };
  if (mostLike === 'other') return { like: otherName, paired: selfName };
  return { like: `${selfName}和${otherName}都`, paired: '两者都' };
}

/** The words before the list of votes (ending in ——), or the whole sentence when no third regulation voted. */
export function votesLead(seen: { of: number; regulations: number }): string {
  return seen.regulations
    ? `标注印证：其余 ${seen.of} 部已人工标注的条例中，${seen.regulations} 部印证这一对应——`
    : `标注印证：其余 ${seen.of} 部已人工标注的条例中，没有一部印证这一对应。`;
}

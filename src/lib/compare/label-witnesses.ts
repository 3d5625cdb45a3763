// The labels' votes behind each link (METHOD.md, 标注印证), written out so that a page can show them: a link between two
// articles with few shared words may rest on readers having paired a third regulation's article with one of them.
// The votes are the ones the scoring counted (visitVotes, the same function corroboration uses), read from the same
// best articles and labels. A link is scored from both of its ends and keeps the higher score; between two labelled
// regulations each end asks about its own article, so the votes of both directions are listed, each marked with the
// article it asked about (`from`), and the one not kept may not be in the score shown.
import type { LabelVote, LabelWitnesses } from '../schemas/label-witnesses.ts';
import type { AlignmentIndex } from './alignment-index.ts';
import type { BestArticles, CandidateSearch, MatchSpaces } from './match-features.ts';
import { growable, push, trimmed } from './growable.ts';
import { visitVotes, type ReferenceIndex } from './reference-labels.ts';

/** What the votes are read from: the article index (ids and regulations), the paragraph → article map, the best articles and the labels in the index's numbers. */
export interface WitnessInputs {
  spaces: { articles: Pick<AlignmentIndex, 'regulations' | 'units' | 'unitReg'>; articleOf: Int32Array };
  /** Each article's best articles in the labelled regulations only (the only ones that vote). */
  best: Pick<BestArticles, 'start' | 'best'>;
  reference: ReferenceIndex;
}

/**
 * The witness inputs of a search with labels (none without): ids and small arrays only, so the indexes' vectors can
 * still be let go while the links are merged; of the best articles, only those in labelled regulations are kept (on a
 * national corpus the whole table is about 93 entries per article, the labelled part a handful).
 */
export function witnessInputsOf(spaces: MatchSpaces, search: CandidateSearch): WitnessInputs | undefined {
  const { regulations, units, unitReg } = spaces.articles;
  const reference = search.reference;
  if (!reference) return undefined;
  const { start, best } = search.best;
  const keptStart = new Int32Array(start.length);
  const kept = growable(1 << 12);
  for (let x = 0; x + 1 < start.length; x++) {
    for (let k = start[x]!; k < start[x + 1]!; k++) if (reference.labelled[unitReg[best[k]!]!]) push(kept, best[k]!);
    keptStart[x + 1] = kept.length;
  }
  return { spaces: { articles: { regulations, units, unitReg }, articleOf: spaces.articleOf }, best: { start: keptStart, best: trimmed(kept) }, reference };
}

/** The votes of every linked pair of articles the labels apply to (`links` are paragraph pairs, as ScoredLinks gives them). */
export function labelWitnesses(inputs: WitnessInputs, links: { a: Int32Array; b: Int32Array }): LabelWitnesses {
  const { spaces, best, reference } = inputs;
  const { articles, articleOf } = spaces;
  const n = articles.units.length;
  const { labelled } = reference;
  const reg = articles.unitReg;
  const ref = (x: number): [string, string] => [articles.regulations[reg[x]!]!.id, articles.units[x]!.id];
  // the pairs of articles the labels apply to (one side labelled), each once: several paragraph links can join the
  // same two articles. Sorted numbers, not a Set: a national corpus has tens of millions of linked pairs
  const keys = linkedPairKeys(links, articleOf, (x, y) => labelled[reg[x]!] === 1 || labelled[reg[y]!] === 1, n);
  const pairs: LabelWitnesses['pairs'] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const x = Math.floor(keys[i]! / n);
    const y = keys[i]! - x * n;
    const votes: LabelVote[] = [];
    const counted = new Set<string>();
    const add = (c: number, fromX: boolean) => {
      const [regulation, article] = ref(c);
      const from = fromX ? 'a' : 'b';
      // with one side labelled, both directions ask about the same article and count the same votes
      if (counted.has(`${from}|${regulation}|${article}`)) return;
      counted.add(`${from}|${regulation}|${article}`);
      votes.push({ from, regulation, article });
    };
    // the link was scored from both of its ends (a paragraph of x with candidate y, and the reverse)
    const of = Math.max(
      visitVotes(reference, best, articles.unitReg, x, y, (c, queryIsX) => add(c, queryIsX)),
      visitVotes(reference, best, articles.unitReg, y, x, (c, queryIsY) => add(c, !queryIsY)),
    );
    if (of > 0) pairs.push({ a: ref(x), b: ref(y), of, votes });
  }
  return { version: 1, pairs };
}

/** The linked pairs of articles that `keep` accepts, as x · n + y (x < y), sorted (duplicates left in). */
function linkedPairKeys(links: { a: Int32Array; b: Int32Array }, articleOf: Int32Array, keep: (x: number, y: number) => boolean, n: number): Float64Array {
  const keys: number[] = [];
  for (let i = 0; i < links.a.length; i++) {
    const [p, q] = [articleOf[links.a[i]!]!, articleOf[links.b[i]!]!];
    const [x, y] = p < q ? [p, q] : [q, p];
    if (keep(x, y)) keys.push(x * n + y);
  }
  // a typed array sorts numerically, and holds 8 bytes a key
  return Float64Array.from(keys).sort();
}

/**
 * The witnesses split by regulation, each pair under both of its regulations (src/generated/label-witnesses/<id>.json):
 * a page reads only its own regulation's, and on a national corpus the whole would be over a hundred megabytes.
 * Every regulation of `ids` gets an entry, empty where no pair involves it.
 */
export function witnessesByRegulation(w: LabelWitnesses, ids: readonly string[]): Map<string, LabelWitnesses> {
  const by = new Map(ids.map((id): [string, LabelWitnesses] => [id, { version: 1, pairs: [] }]));
  for (const p of w.pairs) {
    by.get(p.a[0])?.pairs.push(p);
    if (p.b[0] !== p.a[0]) by.get(p.b[0])?.pairs.push(p);
  }
  return by;
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

/**
 * What a page says after naming the voting article (e.g. 广东第十条): that it is the article of its regulation most like
 * this article, the counterpart or both (one way: the most like within that regulation, not the other way round),
 * and what readers paired it with. `selfName` is this article (本条), `regName` the voting regulation's short name.
 */
export function voteClause(mostLike: VoteSeen['mostLike'], selfName: string, otherName: string, regName: string): string {
  const [like, paired] = mostLike === 'self' ? [selfName, otherName] : mostLike === 'other' ? [otherName, selfName] : [`${selfName}和${otherName}都`, '两者都'];
  return `是${regName}条例中与${like}最相似的一条，人工标注它与${paired}规定同一事项`;
}

/** The words before the list of votes (ending in ——), or the whole sentence when no third regulation voted. */
export function votesLead(seen: { of: number; regulations: number }): string {
  return seen.regulations
    ? `标注印证：其余 ${seen.of} 部已人工标注的条例中，${seen.regulations} 部印证这一对应——`
    : `标注印证：其余 ${seen.of} 部已人工标注的条例中，没有一部印证这一对应。`;
}

// Counterparts labelled by reading, used as evidence for other pairs (METHOD.md, 标注印证): whether the
// regulations already labelled against each other agree that a paragraph's article and a candidate article regulate
// the same subject. Each labelled regulation Z "votes": is the article of Z most like the query article (by article
// cosine, from the candidate search's best articles) one that the labels pair with the target article? The query is
// the side whose regulation is not labelled (a new regulation or a draft); between two labelled regulations, the
// paragraph's own article. A pair's own labels never count (Z is neither of its two regulations), and the evaluation
// builds the labels of each fold without the regulation it holds out, so a regulation is never scored with its own.
import type { AlignmentJudgement } from '../schemas/alignment-labels.ts';
import { articleNumberOf } from '../cite/node-id.ts';
import type { BestArticles, MatchSpaces } from './match-features.ts';

/** The labelled set as evidence: which regulations were labelled, and each labelled article's sure counterparts. */
export interface ReferenceLabels {
  regulations: ReadonlySet<string>;
  /** `articleKey(regulation, article)` → the keys of its sure counterparts (both directions of every judgement). */
  counterparts: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The key of an article in ReferenceLabels. */
export function articleKey(regulation: string, article: number): string {
  return `${regulation}|${article}`;
}

/** The evidence of a set of judgements (unsure ones mark their regulations as labelled but pair nothing). */
export function referenceLabels(judgements: readonly AlignmentJudgement[]): ReferenceLabels {
  const regulations = new Set<string>();
  const counterparts = new Map<string, Set<string>>();
  const pair = (x: string, y: string) => {
    let set = counterparts.get(x);
    if (!set) counterparts.set(x, (set = new Set()));
    set.add(y);
  };
  for (const j of judgements) {
    regulations.add(j.from);
    regulations.add(j.to);
    if (!j.sure) continue;
    for (const c of j.accept) {
      pair(articleKey(j.from, j.article), articleKey(j.to, c));
      pair(articleKey(j.to, c), articleKey(j.from, j.article));
    }
  }
  return { regulations, counterparts };
}

/** ReferenceLabels in the numbers of an article index: what the feature loop reads. */
export interface ReferenceIndex {
  /** 1 for each labelled regulation (index in the article index). */
  labelled: Uint8Array;
  labelledCount: number;
  /** Article x's labelled counterparts are `counterpart[start[x] .. start[x+1])`, ascending. */
  start: Int32Array;
  counterpart: Int32Array;
}

/** The labels in the article index's numbers (labels of regulations or articles the corpus lacks are left out). */
export function referenceIndex(spaces: MatchSpaces, labels: ReferenceLabels): ReferenceIndex {
  const { articles } = spaces;
  const labelled = new Uint8Array(articles.regulations.length);
  articles.regulations.forEach((r, i) => {
    labelled[i] = labels.regulations.has(r.id) ? 1 : 0;
  });
  const keyOf = (x: number) => articleKey(articles.regulations[articles.unitReg[x]!]!.id, articleNumberOf(articles.units[x]!.id));
  const unitOf = new Map<string, number>();
  for (let x = 0; x < articles.units.length; x++) if (labelled[articles.unitReg[x]!]) unitOf.set(keyOf(x), x);
  const start = new Int32Array(articles.units.length + 1);
  const counterpart: number[] = [];
  for (let x = 0; x < articles.units.length; x++) {
    const found = labelled[articles.unitReg[x]!] ? [...(labels.counterparts.get(keyOf(x)) ?? [])].flatMap((k) => (unitOf.has(k) ? [unitOf.get(k)!] : [])) : [];
    counterpart.push(...found.sort((p, q) => p - q));
    start[x + 1] = counterpart.length;
  }
  return { labelled, labelledCount: labelled.reduce((s, v) => s + v, 0), start, counterpart: Int32Array.from(counterpart) };
}

/** Whether article c is among article t's labelled counterparts. */
function isCounterpart(ref: ReferenceIndex, t: number, c: number): boolean {
  for (let k = ref.start[t]!; k < ref.start[t + 1]!; k++) if (ref.counterpart[k] === c) return true;
  return false;
}

/**
 * The share of third labelled regulations whose article most like the query is a labelled counterpart of the target
 * (see the comment at the top of this file), for paragraph article `a` and candidate article `b`; NaN when neither
 * regulation is labelled or no third labelled regulation is left to vote (the model without this evidence applies).
 */
export function corroboration(ref: ReferenceIndex, best: BestArticles, unitReg: Int32Array, a: number, b: number): number {
  votesCounted = 0;
  const third = visitVotes(ref, best, unitReg, a, b, countVote);
  return third > 0 ? votesCounted / third : Number.NaN;
}

// corroboration runs for every candidate of the alignment: one counter and one callback, not a closure per call
let votesCounted = 0;
const countVote = () => {
  votesCounted++;
};

/**
 * The votes behind `corroboration(…, a, b)`: calls `vote(c)` for each third labelled regulation's article c that is
 * most like the query and labelled a counterpart of the target (query and target as in corroboration: `queryIsA` says
 * which); returns how many third labelled regulations could vote (0 when the evidence does not apply).
 */
export function visitVotes(
  ref: ReferenceIndex,
  best: Pick<BestArticles, 'start' | 'best'>,
  unitReg: Int32Array,
  a: number,
  b: number,
  vote: (c: number, queryIsA: boolean) => void,
): number {
  const x = unitReg[a]!;
  const y = unitReg[b]!;
  const [query, target] = ref.labelled[y] ? [a, b] : ref.labelled[x] ? [b, a] : [-1, -1];
  if (query < 0) return 0;
  const third = ref.labelledCount - ref.labelled[x]! - (x === y ? 0 : ref.labelled[y]!);
  if (third <= 0) return 0;
  for (let k = best.start[query]!; k < best.start[query + 1]!; k++) {
    const c = best.best[k]!;
    const z = unitReg[c]!;
    if (ref.labelled[z] && z !== x && z !== y && isCounterpart(ref, target, c)) vote(c, query === a);
  }
  return third;
}

/**
 * The article numbers in regulation `other` that readers labelled as sure counterparts of article `article` of
 * `regulation` (ascending), or undefined when the two regulations were not both labelled (nothing is known then).
 */
export function labelledCounterparts(labels: ReferenceLabels, regulation: string, article: number, other: string): number[] | undefined {
  if (!labels.regulations.has(regulation) || !labels.regulations.has(other)) return undefined;
  const prefix = `${other}|`;
  return [...(labels.counterparts.get(articleKey(regulation, article)) ?? [])]
    .filter((k) => k.startsWith(prefix))
    .map((k) => Number(k.slice(prefix.length)))
    .sort((a, b) => a - b);
}

/** ReferenceLabels as JSON (src/generated/reference-labels.json, and the draft checker's corpus data). */
export interface ReferenceLabelsJson {
  regulations: string[];
  /** [article key, its counterparts' keys], sorted. */
  counterparts: Array<[string, string[]]>;
}

/** The labels in their JSON form, sorted so that the same labels give the same bytes. */
export function labelsToJson(labels: ReferenceLabels): ReferenceLabelsJson {
  return {
    regulations: [...labels.regulations].sort(),
    counterparts: [...labels.counterparts].map(([k, v]): [string, string[]] => [k, [...v].sort()]).sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0)),
  };
}

/** The labels back from their JSON form. */
export function labelsFromJson(json: ReferenceLabelsJson): ReferenceLabels {
  return { regulations: new Set(json.regulations), counterparts: new Map(json.counterparts.map(([k, v]) => [k, new Set(v)])) };
}

// Node-only loader for the generated data (the `-fs` suffix keeps it out of browser bundles).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusIndexSchema, RegulationSchema, type CorpusIndex, type Regulation } from '../lib/schemas/corpus.ts';
import { RegulationAnalysisSchema, type RegulationAnalysis } from '../lib/schemas/analysis.ts';
import { CorpusAlignmentSchema, type CorpusAlignment } from '../lib/schemas/alignment.ts';
import { comparePair, type PairComparison } from '../lib/compare/compare-pair.ts';
import { superiorView, type SuperiorView } from '../lib/compare/superior.ts';
import { paragraphText } from '../lib/compare/units.ts';
import { pairPages, readLinks } from '../lib/compare/link-table.ts';
import { indexActors } from '../lib/analyze/actor-index.ts';
import { BoundedCache } from './bounded-cache.ts';
import { LabelWitnessesSchema } from '../lib/schemas/label-witnesses.ts';
import { votesSeenFrom, witnessIndex } from '../lib/compare/label-witnesses.ts';
import { labelledCounterparts, labelsFromJson, type ReferenceLabels, type ReferenceLabelsJson } from '../lib/compare/reference-labels.ts';
import { articleNumberOf } from '../lib/cite/node-id.ts';
import type { Article } from '../lib/schemas/provision.ts';
import { GENERATED_DIR } from './paths-fs.ts';

let index: CorpusIndex | undefined;
// Not bounded: the lists, topic and actor pages read every regulation in turn (getAllRegulations), and a cache
// smaller than the corpus would miss on every one of those scans; a regulation is about 45 KB of data.
const cache = new Map<string, Regulation>();

/** The corpus index written by `npm run build:data`. */
export function getCorpusIndex(): CorpusIndex {
  index ??= CorpusIndexSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'corpus.json'), 'utf8')));
  return index;
}

let entries: Map<string, CorpusIndex['regulations'][number]> | undefined;
/** One regulation's index entry (meta and counts) by id, without loading its full data. */
export function getIndexEntry(id: string): CorpusIndex['regulations'][number] | undefined {
  entries ??= new Map(getCorpusIndex().regulations.map((r) => [r.meta.id, r]));
  return entries.get(id);
}

/** One regulation's full data, validated. */
export function getRegulation(id: string): Regulation {
  let r = cache.get(id);
  if (!r) {
    r = RegulationSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'regulations', `${id}.json`), 'utf8')));
    cache.set(id, r);
  }
  return r;
}

/** All regulations, in index order. */
export function getAllRegulations(): Regulation[] {
  return getCorpusIndex().regulations.map((r) => getRegulation(r.meta.id));
}

/** The id of the corpus regulation with this title (without 《》), if the corpus has it. */
export function regulationIdByTitle(title: string): string | undefined {
  return getCorpusIndex().regulations.find((r) => r.meta.title === title)?.meta.id;
}

const analysisCache = new Map<string, RegulationAnalysis>(); // not bounded, as `cache` above
/** The analytic layer's result for one regulation (clauses, actors, sanctions, topics). */
export function getAnalysis(id: string): RegulationAnalysis {
  let a = analysisCache.get(id);
  if (!a) {
    a = RegulationAnalysisSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'analysis', `${id}.json`), 'utf8')));
    analysisCache.set(id, a);
  }
  return a;
}

/** Topic names of each paragraph of a regulation, by paragraph id (for the many-way table's 事项). */
export function getParagraphTopics(id: string): Map<string, string[]> {
  return new Map(getAnalysis(id).paragraphs.map((p) => [p.id, [...new Set(p.topics.map((t) => t.name))]]));
}

let alignment: CorpusAlignment | undefined;
// Bounded: every comparison an article page computed used to stay until the end of the build. The pages of one
// regulation ask for its comparisons with the regulations its paragraphs link to (each paragraph links into at
// most 32), so the recent 1,024 serve them; older ones are recomputed if asked again.
const pairCache = new BoundedCache<string, PairComparison>(1024);
/** The comparison of regulation a with regulation b, computed once per build from alignment.json. */
export function getPairComparison(a: string, b: string): PairComparison {
  return pairCache.get(`${a}/${b}`, () => comparePair(a, b, getAlignment()));
}

/** The corpus alignment (src/generated/alignment.json), validated. */
export function getAlignment(): CorpusAlignment {
  alignment ??= CorpusAlignmentSchema.parse(JSON.parse(readFileSync(path.join(GENERATED_DIR, 'alignment.json'), 'utf8')));
  return alignment;
}

let labels: ReferenceLabels | null | undefined;
/**
 * The articles of regulation `other` that readers labelled as sure counterparts of article `articleId` of `regId`
 * (src/generated/reference-labels.json, the labels the build used); empty where nothing is labelled or known.
 */
export function getLabelledArticles(regId: string, articleId: string, other: string): Article[] {
  if (labels === undefined) {
    const json = JSON.parse(readFileSync(path.join(GENERATED_DIR, 'reference-labels.json'), 'utf8')) as ReferenceLabelsJson | null;
    labels = json ? labelsFromJson(json) : null;
  }
  const numbers = labels ? (labelledCounterparts(labels, regId, articleNumberOf(articleId), other) ?? []) : [];
  // labels name articles by number; an article 之一 is not the article it follows
  return numbers.flatMap((n) => getRegulation(other).parsed.articles.filter((a) => a.suffix === 0 && articleNumberOf(a.id) === n));
}

// Bounded, as the pair comparisons: a regulation's pages ask for its own file only
const witnessCache = new BoundedCache<string, ReturnType<typeof witnessIndex>>(64);
/**
 * The labels' votes for the linked pair of articles (self, other), seen from self (src/generated/label-witnesses/, the
 * file of self's regulation); undefined where the labels do not apply (no file at all without labels).
 */
export function getLabelVotes(self: readonly [string, string], other: readonly [string, string]): ReturnType<typeof votesSeenFrom> {
  const index = witnessCache.get(self[0], () => {
    const file = path.join(GENERATED_DIR, 'label-witnesses', `${self[0]}.json`);
    return witnessIndex(existsSync(file) ? LabelWitnessesSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null);
  });
  return votesSeenFrom(index, self, other);
}

const superiorCache = new BoundedCache<string, SuperiorView>(64);
/** A regulation against its superior one (only for regulations whose meta names a superior). */
export function getSuperiorView(id: string): SuperiorView {
  return superiorCache.get(id, () => {
    const lower = getRegulation(id);
    const upper = getRegulation(lower.meta.superior ?? id);
    // the paragraphs' full texts, for the containment check (a sentence of the superior law restated word for word)
    const textsOf = (reg: Regulation) => {
      const map = new Map(reg.parsed.articles.flatMap((a) => a.paragraphs).map((p) => [p.id, paragraphText(p)]));
      return { text: (pid: string) => map.get(pid), names: reg.meta };
    };
    const ownDates = new Set([lower.parsed.facts.effectiveSourceId, ...lower.parsed.facts.repeals.map((r) => r.sourceId)].filter((x): x is string => Boolean(x)));
    return superiorView(id, undefined, getAlignment(), { lower: textsOf(lower), upper: textsOf(upper), ownDates });
  });
}

let pairPageKeys: Set<string> | undefined;
/** The `a/b` keys of the pairwise pages the site builds (see pairPages). */
export function getPairPages(): Set<string> {
  pairPageKeys ??= new Set(pairPages(readLinks(getAlignment())).map(([a, b]) => `${a}/${b}`));
  return pairPageKeys;
}

/** Where to compare regulation a with b: its pairwise page when built, else the many-way table of the two. */
export function compareHref(a: string, b: string, anchor?: string): string {
  return getPairPages().has(`${a}/${b}`) ? `/compare/${a}/${b}/${anchor ? `#${anchor}` : ''}` : `/compare/?r=${a},${b}#group-heading`;
}

let actorIndex: ReturnType<typeof indexActors> | undefined;
/** Every normalised actor with its clauses by regulation, computed once per build. */
export function getActorIndex(): ReturnType<typeof indexActors> {
  actorIndex ??= indexActors(getAllRegulations().map((r) => getAnalysis(r.meta.id)));
  return actorIndex;
}

// The search engine of the search page: Pagefind's JS API for candidates, filters and page data, and the
// pure planner and ranker in src/lib/search for Chinese phrase matching. No DOM here.
import type { SearchDirectory } from '../lib/search/directory.ts';
import { hitFromFragment, type Hit, type PagefindFragment } from '../lib/search/fragment.ts';
import { toPagefindFilters, type FilterState } from '../lib/search/filters.ts';
import { pagefindQueries, type QueryPlan } from '../lib/search/query.ts';
import { rankHits, type RankedHit } from '../lib/search/rank.ts';

/** Filter value counts, per filter key. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
/** The part of Pagefind 1.6's browser API (pagefind.js) used here. */
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: { filters?: object }) => Promise<PagefindResponse | null>;
  /** Load the index chunks a search for `term` needs, without searching. */
  preload: (term: string) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

/** Pagefind's excerpt length in words; Chinese words are 1–3 characters, so this is roughly a clause. */
const EXCERPT_WORDS = 40;
/** Page data (fragments) loaded at a time to rank: ~1 KB each. */
const BATCH = 12;
/** Keep loading batches while fewer than this many hits contain every term as a phrase … */
const WANT_COMPLETE = 5;
/** … but never load more than this many fragments before the reader asks for more. */
const AUTO_LIMIT = 36;

/**
 * Load Pagefind's browser API from the built site. It runs on the main thread (`noWorker`): for an index
 * this size a search takes milliseconds, and the worker would cost a 43 KB script and a start-up round trip
 * before the first result (scripts/bench-search.ts measures both). `cacheTag`: see src/lib/search/preload.ts;
 * `started`: whether another script has already created the Pagefind instance.
 */
export async function loadPagefind(base = '/pagefind/', cacheTag: string | null = null, started: () => boolean = () => false): Promise<PagefindApi> {
  const url = `${base}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // Pagefind takes these only before its instance exists (after, noWorker draws a warning): skip them when the
  // page's boot script (search-boot.ts, same options) has created it. With the tag the page preloaded the entry
  // under, Pagefind's own fetch of it is served by the preload.
  if (!started()) await pagefind.options({ excerptLength: EXCERPT_WORDS, noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
  await pagefind.init();
  return pagefind;
}

interface Candidate {
  result: PagefindResult;
  /** Pagefind's score, scaled by how the candidate was found (a synonym scores a little lower). */
  score: number;
  /** Found by the search restricted to a regulation the query names. */
  scoped: boolean;
}

/** A running search: ranked hits so far, and a way to load more. */
export interface SearchSession {
  plan: QueryPlan;
  /** Hits loaded and ranked so far, best first. */
  ranked: RankedHit[];
  /** Articles Pagefind matched (before the phrase check). */
  candidates: number;
  /** Whether more candidates remain to be loaded. */
  hasMore: () => boolean;
  /** Load and rank another batch of candidates. */
  loadMore: () => Promise<RankedHit[]>;
  /** Filter counts for the query with the current filters, and without any: empty until the page counts them (getCounter). */
  counts: FilterCounts;
  totalCounts: FilterCounts;
}

/** Merge Pagefind responses by page id, keeping each page's best scaled score; scoped ones first. */
function mergeCandidates(responses: Array<{ response: PagefindResponse | null; weight: number; scoped: boolean }>): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const { response, weight, scoped } of responses) {
    for (const result of response?.results ?? []) {
      const prev = byId.get(result.id);
      const score = result.score * weight;
      if (!prev) byId.set(result.id, { result, score, scoped });
      else byId.set(result.id, { result, score: Math.max(prev.score, score), scoped: prev.scoped || scoped });
    }
  }
  return [...byId.values()].sort((a, b) => Number(b.scoped) - Number(a.scoped) || b.score - a.score);
}

/** The 地区 filter values (short names) of the regulations the query names. */
function scopeFilter(plan: QueryPlan, directory: SearchDirectory, filters: FilterState): FilterState | null {
  if (plan.scope.length === 0) return null;
  const names = directory.regulations.filter((r) => plan.scope.includes(r.id)).map((r) => r.shortName);
  return { ...filters, 地区: names };
}

/**
 * Start a search: ask Pagefind for the query and its synonym variants (and, when the query names a
 * regulation, for the same within it), then load page data batch by batch and rank by phrase matches.
 */
export async function startSearch(pagefind: PagefindApi, plan: QueryPlan, filters: FilterState, directory: SearchDirectory): Promise<SearchSession> {
  const queries = pagefindQueries(plan);
  const scoped = scopeFilter(plan, directory, filters);
  const asked = [
    ...queries.map((q, i) => ({ q, f: filters, weight: i === 0 ? 1 : 0.9, scoped: false })),
    ...(scoped && queries[0] ? [{ q: queries[0], f: scoped, weight: 1, scoped: true }] : []),
  ];
  const responses = await Promise.all(asked.map(async (a) => ({ response: await pagefind.search(a.q, { filters: toPagefindFilters(a.f) }), weight: a.weight, scoped: a.scoped })));
  const candidates = mergeCandidates(responses);
  const hits: Hit[] = [];
  let loaded = 0;
  const session: SearchSession = {
    plan,
    ranked: [],
    candidates: candidates.length,
    // this instance holds only the filters a search narrows by: its counts would leave the others out
    counts: {},
    totalCounts: {},
    hasMore: () => loaded < candidates.length,
    loadMore: async () => {
      const batch = candidates.slice(loaded, loaded + BATCH);
      loaded += batch.length;
      const fragments = await Promise.all(batch.map((c) => c.result.data()));
      fragments.forEach((f, i) => {
        const hit = hitFromFragment(f, batch[i]!.score);
        if (hit && !hits.some((h) => h.key === hit.key)) hits.push(hit);
      });
      session.ranked = rankHits(plan, hits, directory.averageArticleLength);
      return session.ranked;
    },
  };
  await session.loadMore();
  // Pagefind ranks scattered characters among real phrase matches: look further until enough phrase matches
  while (session.hasMore() && loaded < AUTO_LIMIT && session.ranked.filter((r) => r.complete).length < WANT_COMPLETE) {
    await session.loadMore();
  }
  return session;
}

/** A hit listed without words: no score; the excerpt is the article's first paragraph. */
const unranked = (hit: Hit): RankedHit => ({ hit, primary: 0, secondary: 0, complete: false, best: hit.nodes[0] ?? null, others: [], needles: [] });

/**
 * List the articles the filters alone select (no words: 主题=…, or 高级检索 with a 章): Pagefind's search without a
 * term, in its order, page data loaded a batch at a time as the reader pages on.
 */
export async function startListing(pagefind: PagefindApi, plan: QueryPlan, filters: FilterState): Promise<SearchSession> {
  const response = await pagefind.search(null, { filters: toPagefindFilters(filters) });
  const results = response?.results ?? [];
  let loaded = 0;
  const session: SearchSession = {
    plan,
    ranked: [],
    candidates: results.length,
    counts: {},
    totalCounts: {},
    hasMore: () => loaded < results.length,
    loadMore: async () => {
      const batch = results.slice(loaded, loaded + BATCH);
      loaded += batch.length;
      for (const f of await Promise.all(batch.map((r) => r.data()))) {
        const hit = hitFromFragment(f, 0);
        if (hit) session.ranked.push(unranked(hit));
      }
      // Pagefind's order without a term follows no rule a reader sees: by regulation, then article number
      session.ranked.sort((a, b) => a.hit.key.localeCompare(b.hit.key, 'en', { numeric: true }));
      return session.ranked;
    },
  };
  await session.loadMore();
  return session;
}

// alignLinksParallel: alignLinks on worker threads, for corpora of thousands of regulations. Counting the features of
// every unit, the two searches (of the paragraph index and of the article index) and the scoring of every paragraph's
// candidates are the costly phases, and each works one unit at a time: the units are cut into consecutive ranges, the
// ranges are done on as many threads as the machine has, and their results are joined in range order — the same
// index and links, in the same order, as one pass (tests/unit/compare-parallel.test.ts compares them). The indexes and
// the neighbour lists are in SharedArrayBuffers, so each thread reads the one copy. Weighting the vectors, the posting
// lists and the merges stay on the main thread. Node only: the browser never aligns a corpus.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { collectGarbage } from './collect-garbage.ts';
import { mergeLinks, searchLimits, withReference, type AlignedLinks, type AlignOptions, type DirectedLinks } from '../../src/lib/compare/align-corpus.ts';
import { witnessInputsOf } from '../../src/lib/compare/label-witnesses.ts';
import {
  FeatureCounter,
  frozenIndexCounted,
  indexCounted,
  unitsToIndex,
  withoutPostings,
  type AlignmentIndex,
  type DfTable,
  type IndexMemory,
  type RangeFeatures,
  type UnitText,
} from '../../src/lib/compare/alignment-index.ts';
import {
  candidateSearchOf,
  candidateSearchOptions,
  keepAll,
  matchSpaces,
  neighbourLists,
  searchComplete,
  withoutSearch,
  type CandidateSearch,
  type MatchSpaces,
  type NeighbourLists,
} from '../../src/lib/compare/match-features.ts';
import { mergeNeighbours, type DirectedNeighbours, type SearchBars, type SearchOptions } from '../../src/lib/compare/neighbours.ts';
import { joinPairs, type PartRead } from '../../src/lib/compare/merge-pairs.ts';
import { frozenState, keptSearch, searchOptionsOf, tablesOf, type AlignState, type AlignTables, type KeptSearch } from '../../src/lib/compare/align-increment.ts';
import { toArticleUnits, toUnits, type AlignableRegulation, type ProvisionUnit } from '../../src/lib/compare/units.ts';

/** Regulations from which the data build aligns on worker threads (bench:align: break-even at 30 synthetic regulations, 25% faster at 100). */
export const PARALLEL_FROM = 50;

/** Knobs of the parallel alignment: alignLinks's, and how the work is cut. */
export interface ParallelOptions extends AlignOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** Units per range (default: the units cut into eight ranges per thread, for an even spread of the load). */
  rangeSize?: number;
}

/** An index as a worker receives it: the typed arrays (shared) and the number of units, not the unit objects. */
export interface SharedIndex extends Omit<AlignmentIndex, 'units'> {
  unitCount: number;
}

/** The indexes a worker searches and scores, sent once they are built. */
export interface WorkerSetup {
  paragraphs: SharedIndex;
  articles: SharedIndex;
  articleOf: Int32Array;
  firstParagraph: Int32Array;
  position: Float64Array;
}

/** Messages to a worker. */
export type WorkerJob =
  | { job: 'features'; range: number; texts: UnitText[] }
  | { job: 'spaces'; setup: WorkerSetup }
  | { job: 'neighbours'; range: number; which: 'paragraphs' | 'articles'; from: number; to: number; options: SearchOptions; bars?: SearchBars }
  | { job: 'postings-done'; which: 'paragraphs' | 'articles' }
  | { job: 'search'; search: CandidateSearch }
  | { job: 'links'; range: number; from: number; to: number; options: Pick<AlignOptions, 'model' | 'perRegulation' | 'evidenceModel'> };

/** A worker's answers: the result of one range (its buffers transferred, not copied), that a broadcast was received, or an error. */
export type WorkerReply =
  | { range: number; features: RangeFeatures }
  | { range: number; neighbours: DirectedNeighbours }
  | { range: number; links: DirectedLinks }
  | { ready: true }
  | { error: string };

type Typed = Int32Array | Float32Array | Float64Array;

/** A copy of a typed array in a SharedArrayBuffer (threads read it without copying). */
function shared<T extends Typed>(a: T): T {
  const out = new (a.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/** The small per-unit arrays of matchSpaces copied into shared memory (the indexes were built there: spacesOnPool). */
function shareSpaces(spaces: MatchSpaces): MatchSpaces {
  return { ...spaces, articleOf: shared(spaces.articleOf), firstParagraph: shared(spaces.firstParagraph), position: shared(spaces.position) };
}

/** The index without its unit objects, for a worker. */
function forWorker(index: AlignmentIndex): SharedIndex {
  const { units, ...rest } = index;
  return { ...rest, unitCount: units.length };
}

/** What a worker needs of the indexes: their shared arrays, not the unit objects. */
function workerSetup(spaces: MatchSpaces): WorkerSetup {
  return {
    paragraphs: forWorker(spaces.paragraphs),
    articles: forWorker(spaces.articles),
    articleOf: spaces.articleOf,
    firstParagraph: spaces.firstParagraph,
    position: spaces.position,
  };
}

/** An Int32Array of `length` zeros in a SharedArrayBuffer. */
function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(length * 4));
}

/** The indexes and neighbour lists are built in shared memory: a copy made after building would hold them twice at once. */
const SHARED_MEMORY: IndexMemory = {
  int32: sharedInt32,
  int16: (length) => new Int16Array(new SharedArrayBuffer(length * 2)),
  float32: (length) => new Float32Array(new SharedArrayBuffer(length * 4)),
};

/** A candidate search whose neighbour lists are already shared, with its best articles moved into shared memory too. */
function shareBest(s: CandidateSearch): CandidateSearch {
  return { ...s, best: { start: shared(s.best.start), best: shared(s.best.best), ofStart: shared(s.best.ofStart), of: shared(s.best.of) } };
}

/** Consecutive ranges covering `0 .. count`. */
function ranges(count: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < count; from += size) out.push([from, Math.min(count, from + size)]);
  return out;
}

/** A pool of started workers that takes ranges one at a time and answers in range order. */
class Pool {
  private readonly workers: Worker[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker(new URL('./align-worker.ts', import.meta.url)));
  }

  /** Send one message to every worker and wait until each says it is ready. */
  async broadcast(job: WorkerJob): Promise<void> {
    await Promise.all(this.workers.map((w) => this.ask(w, job)));
  }

  /**
   * Run every job, a free worker taking the next; `take` gets the answers in job order, each as soon as those before it
   * are in (the caller counts features as they come, and keeps ranges' links in range order for the merge).
   */
  async each(jobs: Array<(range: number) => WorkerJob>, take: (reply: WorkerReply) => void): Promise<void> {
    const waiting = new Map<number, WorkerReply>();
    let next = 0;
    let taken = 0;
    await Promise.all(
      this.workers.map(async (w) => {
        while (next < jobs.length) {
          const i = next++;
          waiting.set(i, await this.ask(w, jobs[i]!(i)));
          for (let r = waiting.get(taken); r !== undefined; r = waiting.get(taken)) {
            waiting.delete(taken++);
            take(r);
          }
        }
      }),
    );
  }

  /** Post a job to one worker and wait for its answer (a worker does one job at a time). */
  private ask(w: Worker, job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const done = () => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
      };
      const onMessage = (reply: WorkerReply) => {
        done();
        if ('error' in reply) reject(new Error(`比对工作线程出错：${reply.error}`));
        else resolve(reply);
      };
      const onError = (e: Error) => {
        done();
        reject(e);
      };
      // a worker that stops without an error event (killed, or out of memory on some platforms) must not leave the alignment waiting
      const onExit = (code: number) => {
        done();
        reject(new Error(`比对工作线程意外退出（退出码 ${code}）`));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(job);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Index and scored links of a corpus, as alignLinks gives them, computed on worker threads. */
export async function alignLinksParallel(regulations: readonly AlignableRegulation[], options: ParallelOptions = {}): Promise<AlignedLinks> {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const pool = new Pool(threads);
  const rangesOf = (count: number) => ranges(count, options.rangeSize ?? Math.max(1, Math.ceil(count / (threads * 8))));
  const scored = async () => {
    // a holder: the search lets the paragraph index's posting lists go as soon as that index has been searched
    const state = { spaces: shareSpaces(await spacesOnPool(pool, regulations, rangesOf)) };
    // the counts the indexes were built from are garbage now
    collectGarbage();
    options.onPhase?.('indexed');
    await pool.broadcast({ job: 'spaces', setup: workerSetup(state.spaces) });
    const found = await searchOnPool(pool, state, rangesOf, options);
    // the labels as evidence go to the workers with the search, in the article index's numbers (as alignLinks adds them)
    const search = withReference(state.spaces, found, options);
    const witnesses = witnessInputsOf(state.spaces, search);
    // scoring reads the vectors only: here and in every worker (told with the search), the posting lists are let go
    const spaces = withoutSearch(state.spaces);
    state.spaces = spaces;
    await pool.broadcast({ job: 'search', search });
    collectGarbage();
    // each range's links, exactly sized (trimmed by the worker), kept in range order until mergeLinks reads them
    const directed = await scoreOnPool(pool, spaces.paragraphs.units.length, rangesOf, options);
    // only the regulations and units are kept: the vectors can be collected while the links are merged
    return { directed, complete: searchComplete(search), index: { regulations: spaces.paragraphs.regulations, units: spaces.paragraphs.units }, witnesses };
  };
  // the pool is closed before the merge: the workers' heaps and their hold on the shared neighbour lists are released
  // while the links of every range are joined
  const { directed, complete, index, witnesses } = await scored().finally(() => pool.close());
  // the indexes and neighbour lists go before the merge allocates its buckets
  collectGarbage();
  const links = mergeLinks(directed, index.units.length, complete, collectEvery());
  options.onPhase?.('searched');
  return { index, links, ...(witnesses ? { witnesses } : {}) };
}

/**
 * alignFrozen on worker threads: the state a later addition starts from (align-increment.ts), with the same arrays as
 * one thread gives (tests/unit/compare-frozen-parallel.test.ts compares every array of the two states). The features
 * are counted in ranges on the pool and the indexes weighed on the main thread, straight into shared memory, with the
 * tables given or else the corpus's own from that same count; the two searches, with each unit's bars written by the
 * thread that searches it into shared arrays, and the scoring run in ranges on the pool; the ranges' finds and picks
 * are joined in range order into the one part a state keeps.
 */
export async function alignFrozenParallel(regulations: readonly AlignableRegulation[], tables?: AlignTables, options: ParallelOptions = {}): Promise<AlignState> {
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const pool = new Pool(threads);
  const rangesOf = (count: number) => ranges(count, options.rangeSize ?? Math.max(1, Math.ceil(count / (threads * 8))));
  try {
    const built = await frozenSpacesOnPool(pool, regulations, tables, rangesOf);
    const spaces = shareSpaces(built.spaces);
    await pool.broadcast({ job: 'spaces', setup: workerSetup(spaces) });
    const search = searchOptionsOf(options);
    const kept = async (which: 'paragraphs' | 'articles'): Promise<KeptSearch> => {
      const n = spaces[which].units.length;
      const bars: SearchBars = {
        chosen: sharedInt32(n),
        bar: new Float64Array(new SharedArrayBuffer(n * 8)),
        incomplete: new Uint8Array(new SharedArrayBuffer(n)),
      };
      const parts: DirectedNeighbours[] = [];
      await pool.each(
        rangesOf(n).map(
          (range) =>
            (i: number): WorkerJob => ({ job: 'neighbours', range: i, which, from: range[0], to: range[1], options: search, bars }),
        ),
        (reply) => parts.push('neighbours' in reply ? reply.neighbours : unexpected(reply)),
      );
      return keptSearch({ ...joinPairs(parts), complete: parts.every((p) => p.complete) }, bars, n, SHARED_MEMORY);
    };
    const para = await kept('paragraphs');
    const art = await kept('articles');
    const candidates = shareBest(candidateSearchOf(spaces, para.lists, art.lists));
    // the labels as evidence go with the search to score with; the state keeps the search without them (alignFrozen)
    await pool.broadcast({ job: 'search', search: withReference(spaces, candidates, options) });
    const picked = await scoreOnPool(pool, spaces.paragraphs.units.length, rangesOf, options);
    const picks = joinPairs(picked);
    picked.length = 0;
    // the pool is closed (again in `finally`: harmless) and the ranges' parts collected before the links are merged, so
    // the merge's peak holds neither the workers' heaps nor the parts beside their joined copy
    await pool.close();
    collectGarbage();
    return frozenState({
      regulations,
      tables: tablesOf(built.vocabularies),
      options,
      spaces,
      vocabularies: built.vocabularies,
      para,
      art,
      search: candidates,
      picks,
    });
  } finally {
    await pool.close();
  }
}

/** Every paragraph's candidates scored on the pool (the search already sent to the workers): each range's links, in range order. */
async function scoreOnPool(pool: Pool, count: number, rangesOf: (count: number) => Array<[number, number]>, options: ParallelOptions): Promise<DirectedLinks[]> {
  const scoring = {
    ...(options.model ? { model: options.model } : {}),
    ...(options.evidenceModel ? { evidenceModel: options.evidenceModel } : {}),
    ...(options.perRegulation !== undefined ? { perRegulation: options.perRegulation } : {}),
  };
  const directed: DirectedLinks[] = [];
  await pool.each(
    rangesOf(count).map(
      (range) =>
        (i: number): WorkerJob => ({ job: 'links', range: i, from: range[0], to: range[1], options: scoring }),
    ),
    (reply) => directed.push('links' in reply ? reply.links : unexpected(reply)),
  );
  return directed;
}

/** Both indexes of a corpus, their features counted in ranges on the pool and joined in range order (the same ids as one pass). */
async function spacesOnPool(pool: Pool, regulations: readonly AlignableRegulation[], rangesOf: (count: number) => Array<[number, number]>): Promise<MatchSpaces> {
  const index = async (unitsOf: (r: AlignableRegulation) => ProvisionUnit[]): Promise<AlignmentIndex> => {
    const prepared = unitsToIndex(regulations, unitsOf);
    const counted = (await counterOnPool(pool, prepared.texts, rangesOf)).finish();
    // counted: the texts (the article index's are joined strings) and the counter's growing arrays are let go before
    // the index is built from the counts
    prepared.texts = [];
    collectGarbage();
    return indexCounted(prepared, counted, SHARED_MEMORY);
  };
  const paragraphs = await index(toUnits);
  return matchSpaces(paragraphs, await index(toArticleUnits));
}

/** The features of the unit texts, counted in ranges on the pool and joined in range order (the same ids as one pass). */
async function counterOnPool(pool: Pool, texts: readonly UnitText[], rangesOf: (count: number) => Array<[number, number]>): Promise<FeatureCounter> {
  const counter = new FeatureCounter();
  await pool.each(
    rangesOf(texts.length).map(
      (range) =>
        (i: number): WorkerJob => ({ job: 'features', range: i, texts: texts.slice(range[0], range[1]) }),
    ),
    (reply) => counter.add('features' in reply ? reply.features : unexpected(reply)),
  );
  return counter;
}

/**
 * Both indexes of a corpus weighed with frozen tables (the corpus's own without `tables`, from the same count), their
 * features counted in ranges on the pool, built in shared memory; with their vocabularies.
 */
async function frozenSpacesOnPool(
  pool: Pool,
  regulations: readonly AlignableRegulation[],
  tables: AlignTables | undefined,
  rangesOf: (count: number) => Array<[number, number]>,
): Promise<{ spaces: MatchSpaces; vocabularies: AlignState['vocabularies'] }> {
  const frozen = async (unitsOf: (r: AlignableRegulation) => ProvisionUnit[], table: DfTable | undefined) => {
    const prepared = unitsToIndex(regulations, unitsOf);
    const counter = await counterOnPool(pool, prepared.texts, rangesOf);
    // the texts (the article index's are joined strings) are let go before the index is built from the counts
    prepared.texts = [];
    collectGarbage();
    return frozenIndexCounted(prepared, counter, table, SHARED_MEMORY);
  };
  const paragraphs = await frozen(toUnits, tables?.paragraphs);
  const articles = await frozen(toArticleUnits, tables?.articles);
  return { spaces: matchSpaces(paragraphs.index, articles.index), vocabularies: { paragraphs: paragraphs.vocabulary, articles: articles.vocabulary } };
}

/** The candidate search on the pool: both indexes searched in ranges, their neighbour lists in shared memory. */
async function searchOnPool(pool: Pool, state: { spaces: MatchSpaces }, rangesOf: (count: number) => Array<[number, number]>, options: ParallelOptions): Promise<CandidateSearch> {
  const searchOptions: SearchOptions = candidateSearchOptions(searchLimits(options));
  // the two indexes one after the other, as alignLinks does: the first's links are lists before the second is searched
  const lists = async (which: 'paragraphs' | 'articles'): Promise<NeighbourLists> => {
    const count = state.spaces[which].units.length;
    const directed: DirectedNeighbours[] = [];
    await pool.each(
      rangesOf(count).map(
        (range) =>
          (i: number): WorkerJob => ({ job: 'neighbours', range: i, which, from: range[0], to: range[1], options: searchOptions }),
      ),
      (reply) => directed.push('neighbours' in reply ? reply.neighbours : unexpected(reply)),
    );
    // the lists go straight into shared memory: a copy afterwards would hold them twice at once
    return neighbourLists(mergeNeighbours(directed, count, keepAll, collectEvery()), count, SHARED_MEMORY);
  };
  const para = await lists('paragraphs');
  // the paragraph index's posting lists are not read again: let go here and in every worker before the article index
  // is searched (8 bytes a posting: 4.7 M postings per 1,000 synthetic regulations)
  state.spaces = { ...state.spaces, paragraphs: withoutPostings(state.spaces.paragraphs) };
  await pool.broadcast({ job: 'postings-done', which: 'paragraphs' });
  collectGarbage();
  return shareBest(candidateSearchOf(state.spaces, para, await lists('articles')));
}

/** Bytes of merged parts after which the merge collects garbage. */
const COLLECT_AFTER = 256 * 1024 * 1024;

/**
 * A merge's `partRead`: a full collection each time COLLECT_AFTER bytes of parts have been read. The merge allocates
 * nothing while it reads the parts, so no collection would otherwise run, and every part would stay in memory beside
 * the merged pairs until the end of the reading: the peak of the alignment.
 */
function collectEvery(): PartRead {
  let read = 0;
  return (bytes) => {
    read += bytes;
    if (read < COLLECT_AFTER) return;
    read = 0;
    collectGarbage();
  };
}

/** A reply of the wrong kind: a bug in the worker protocol. */
function unexpected(reply: WorkerReply): never {
  throw new Error(`比对工作线程的回答不合预期：${JSON.stringify(Object.keys(reply))}`);
}

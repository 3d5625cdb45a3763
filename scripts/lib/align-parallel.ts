// alignLinksParallel: alignLinks on worker threads, for corpora of thousands of regulations. The two searches (of the
// paragraph index and of the article index) and the scoring of every paragraph's candidates are the costly phases,
// and each works one unit at a time reading only the indexes: the units are cut into consecutive ranges, the ranges
// are done on as many threads as the machine has, and their results are joined in range order — the same links, in
// the same order, as one pass (tests/unit/compare-parallel.test.ts compares them). The indexes and the neighbour
// lists are in SharedArrayBuffers, so each thread reads the one copy. Node only: the browser never aligns a corpus.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { buildSpaces, mergeLinks, searchComplete, searchLimits, type AlignOptions, type DirectedLinks, type ScoredLinks } from '../../src/lib/compare/align-corpus.ts';
import type { AlignmentIndex } from '../../src/lib/compare/alignment-index.ts';
import {
  candidateSearchOf,
  candidateSearchOptions,
  keepAll,
  neighbourLists,
  type CandidateSearch,
  type MatchSpaces,
  type NeighbourLists,
} from '../../src/lib/compare/match-features.ts';
import { mergeNeighbours, type DirectedNeighbours, type SearchOptions } from '../../src/lib/compare/neighbours.ts';
import type { AlignableRegulation } from '../../src/lib/compare/units.ts';

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

/** What every worker is started with. */
export interface WorkerSetup {
  paragraphs: SharedIndex;
  articles: SharedIndex;
  articleOf: Int32Array;
  firstParagraph: Int32Array;
  position: Float64Array;
}

/** Messages to a worker. */
export type WorkerJob =
  | { job: 'neighbours'; range: number; which: 'paragraphs' | 'articles'; from: number; to: number; options: SearchOptions }
  | { job: 'search'; search: CandidateSearch }
  | { job: 'links'; range: number; from: number; to: number; options: Pick<AlignOptions, 'model' | 'perRegulation'> };

/** A worker's answers: the links of one range (their buffers transferred, not copied), or that the search was received. */
export type WorkerReply = { range: number; neighbours: DirectedNeighbours } | { range: number; links: DirectedLinks } | { ready: true } | { error: string };

type Typed = Int32Array | Float32Array | Float64Array;

/** A copy of a typed array in a SharedArrayBuffer (threads read it without copying). */
function shared<T extends Typed>(a: T): T {
  const out = new (a.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  out.set(a as never);
  return out;
}

/** The index's arrays moved into shared memory (the unshared ones can then be collected). */
function shareIndex(index: AlignmentIndex): AlignmentIndex {
  return {
    ...index,
    unitReg: shared(index.unitReg),
    vecStart: shared(index.vecStart),
    vecFeat: shared(index.vecFeat),
    vecWeight: shared(index.vecWeight),
    postStart: shared(index.postStart),
    postUnit: shared(index.postUnit),
    postWeight: shared(index.postWeight),
  };
}

/** Both indexes in shared memory; the unshared arrays are not referenced after this (nothing else holds them). */
function shareSpaces(spaces: MatchSpaces): MatchSpaces {
  return {
    ...spaces,
    paragraphs: shareIndex(spaces.paragraphs),
    articles: shareIndex(spaces.articles),
    articleOf: shared(spaces.articleOf),
    firstParagraph: shared(spaces.firstParagraph),
    position: shared(spaces.position),
  };
}

/** The index without its unit objects, for a worker. */
function forWorker(index: AlignmentIndex): SharedIndex {
  const { units, ...rest } = index;
  return { ...rest, unitCount: units.length };
}

/** Neighbour lists in shared memory. */
function shareLists(l: NeighbourLists): NeighbourLists {
  return { start: shared(l.start), other: shared(l.other), score: shared(l.score), complete: l.complete };
}

/** A candidate search in shared memory. */
function shareSearch(s: CandidateSearch): CandidateSearch {
  return {
    para: shareLists(s.para),
    art: shareLists(s.art),
    best: { start: shared(s.best.start), best: shared(s.best.best), ofStart: shared(s.best.ofStart), of: shared(s.best.of) },
  };
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

  constructor(count: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: count }, () => new Worker(new URL('./align-worker.ts', import.meta.url), { workerData: setup }));
  }

  /** Send one message to every worker and wait until each says it is ready. */
  async broadcast(job: WorkerJob): Promise<void> {
    await Promise.all(this.workers.map((w) => this.ask(w, job)));
  }

  /** Run `job(from, to)` for every range, a free worker taking the next range; the answers in range order. */
  async map<R>(jobs: Array<(range: number) => WorkerJob>, read: (reply: WorkerReply) => R): Promise<R[]> {
    const out: R[] = new Array(jobs.length);
    let next = 0;
    await Promise.all(
      this.workers.map(async (w) => {
        while (next < jobs.length) {
          const i = next++;
          out[i] = read(await this.ask(w, jobs[i]!(i)));
        }
      }),
    );
    return out;
  }

  /** Post a job to one worker and wait for its answer (a worker does one job at a time). */
  private ask(w: Worker, job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        w.off('error', onError);
        if ('error' in reply) reject(new Error(`比对工作线程出错：${reply.error}`));
        else resolve(reply);
      };
      const onError = (e: Error) => {
        w.off('message', onMessage);
        reject(e);
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(job);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Index and scored links of a corpus, as alignLinks gives them, computed on worker threads. */
export async function alignLinksParallel(
  regulations: readonly AlignableRegulation[],
  options: ParallelOptions = {},
): Promise<{ index: Pick<AlignmentIndex, 'regulations' | 'units'>; links: ScoredLinks }> {
  const spaces = shareSpaces(buildSpaces(regulations));
  options.onPhase?.('indexed');
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const pool = new Pool(threads, {
    paragraphs: forWorker(spaces.paragraphs),
    articles: forWorker(spaces.articles),
    articleOf: spaces.articleOf,
    firstParagraph: spaces.firstParagraph,
    position: spaces.position,
  });
  try {
    const searchOptions: SearchOptions = candidateSearchOptions(searchLimits(options));
    // the two indexes one after the other, as alignLinks does: the first's links are lists before the second is searched
    const lists = async (which: 'paragraphs' | 'articles'): Promise<NeighbourLists> => {
      const count = spaces[which].units.length;
      const size = options.rangeSize ?? Math.max(1, Math.ceil(count / (threads * 8)));
      const parts = await pool.map(
        ranges(count, size).map(
          ([from, to]) =>
            (range: number): WorkerJob => ({ job: 'neighbours', range, which, from, to, options: searchOptions }),
        ),
        (reply) => ('neighbours' in reply ? reply.neighbours : unexpected(reply)),
      );
      return neighbourLists(mergeNeighbours(parts, count, keepAll), count);
    };
    const para = await lists('paragraphs');
    const search = shareSearch(candidateSearchOf(spaces, para, await lists('articles')));
    await pool.broadcast({ job: 'search', search });
    const count = spaces.paragraphs.units.length;
    const size = options.rangeSize ?? Math.max(1, Math.ceil(count / (threads * 8)));
    const scoring = { ...(options.model ? { model: options.model } : {}), ...(options.perRegulation !== undefined ? { perRegulation: options.perRegulation } : {}) };
    const parts = await pool.map(
      ranges(count, size).map(
        ([from, to]) =>
          (range: number): WorkerJob => ({ job: 'links', range, from, to, options: scoring }),
      ),
      (reply) => ('links' in reply ? reply.links : unexpected(reply)),
    );
    const links = mergeLinks(parts, count, searchComplete(search));
    options.onPhase?.('searched');
    return { index: { regulations: spaces.paragraphs.regulations, units: spaces.paragraphs.units }, links };
  } finally {
    await pool.close();
  }
}

/** A reply of the wrong kind: a bug in the worker protocol. */
function unexpected(reply: WorkerReply): never {
  throw new Error(`比对工作线程的回答不合预期：${JSON.stringify(Object.keys(reply))}`);
}

// A worker thread of alignLinksParallel (align-parallel.ts): searches and scores the ranges of units it is sent,
// reading the shared indexes, and sends back the links of each range (their buffers transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { rangeLinks } from '../../src/lib/compare/align-corpus.ts';
import type { AlignmentIndex, IndexedUnit } from '../../src/lib/compare/alignment-index.ts';
import { withoutSearch, type CandidateSearch, type MatchSpaces } from '../../src/lib/compare/match-features.ts';
import { searchNeighbours } from '../../src/lib/compare/neighbours.ts';
import type { SharedIndex, WorkerJob, WorkerReply, WorkerSetup } from './align-parallel.ts';

/** The shared index as the searches read it: they use the number of units, never a unit object, so none is sent. */
function asIndex(s: SharedIndex): AlignmentIndex {
  const { unitCount, ...rest } = s;
  return { ...rest, units: new Array<IndexedUnit>(unitCount) };
}

const setup = workerData as WorkerSetup;
let spaces: MatchSpaces = {
  paragraphs: asIndex(setup.paragraphs),
  articles: asIndex(setup.articles),
  articleOf: setup.articleOf,
  firstParagraph: setup.firstParagraph,
  position: setup.position,
};
let search: CandidateSearch | undefined;

/** Do one job. */
function run(job: WorkerJob): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (job.job === 'search') {
    search = job.search;
    // the searches are done and scoring reads the vectors only: the shared posting lists are freed once no thread holds
    // them (workerData, which the module keeps, holds them too)
    spaces = withoutSearch(spaces);
    for (const index of [setup.paragraphs, setup.articles]) Object.assign(index, { postStart: new Int32Array(0), postUnit: new Int32Array(0), postWeight: new Float32Array(0) });
    return { reply: { ready: true }, transfer: [] };
  }
  if (job.job === 'neighbours') {
    const neighbours = searchNeighbours(spaces[job.which], job.options, job.from, job.to);
    return { reply: { range: job.range, neighbours }, transfer: [neighbours.a, neighbours.b, neighbours.score, neighbours.best].map((g) => g.data.buffer as ArrayBuffer) };
  }
  if (!search) throw new Error('scoring a range before the candidate search was sent');
  const links = rangeLinks(spaces, search, job.from, job.to, job.options);
  return { reply: { range: job.range, links }, transfer: [links.a, links.b, links.score, links.similarity].map((g) => g.data.buffer as ArrayBuffer) };
}

parentPort!.on('message', (job: WorkerJob) => {
  try {
    const { reply, transfer } = run(job);
    parentPort!.postMessage(reply, transfer);
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
});

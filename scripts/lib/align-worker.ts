// A worker thread of alignLinksParallel (align-parallel.ts): counts the features of the ranges of unit texts it is
// sent, then searches and scores ranges of units reading the shared indexes, and sends back each range's result (its
// buffers transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from './collect-garbage.ts';
import { rangeLinks } from '../../src/lib/compare/align-corpus.ts';
import { rangeFeatures, withoutPostings, type AlignmentIndex, type IndexedUnit } from '../../src/lib/compare/alignment-index.ts';
import { withoutSearch, type CandidateSearch, type MatchSpaces } from '../../src/lib/compare/match-features.ts';
import { exactPairs, type DirectedPairs } from '../../src/lib/compare/merge-pairs.ts';
import { searchNeighbours } from '../../src/lib/compare/neighbours.ts';
import type { SharedIndex, WorkerJob, WorkerReply } from './align-parallel.ts';

/** The shared index as the searches read it: they use the number of units, never a unit object, so none is sent. */
function asIndex(s: SharedIndex): AlignmentIndex {
  const { unitCount, ...rest } = s;
  return { ...rest, units: new Array<IndexedUnit>(unitCount) };
}

/** The buffers of a range's pairs, transferred to the main thread instead of copied. */
function buffers(d: DirectedPairs): ArrayBuffer[] {
  return [d.ends, d.other, d.packed].map((g) => g.data.buffer as ArrayBuffer);
}

let spaces: MatchSpaces | undefined;
let search: CandidateSearch | undefined;

/** Do one job. */
function run(job: WorkerJob): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (job.job === 'features') {
    const features = rangeFeatures(job.texts);
    return { reply: { range: job.range, features }, transfer: [features.size, features.start, features.feat, features.tf].map((a) => a.buffer as ArrayBuffer) };
  }
  if (job.job === 'spaces') {
    const { setup } = job;
    spaces = {
      paragraphs: asIndex(setup.paragraphs),
      articles: asIndex(setup.articles),
      articleOf: setup.articleOf,
      firstParagraph: setup.firstParagraph,
      position: setup.position,
    };
    // the texts of the counting jobs are garbage now
    collectGarbage();
    return { reply: { ready: true }, transfer: [] };
  }
  if (!spaces) throw new Error(`job ${job.job} before the indexes were sent`);
  if (job.job === 'postings-done') {
    // one index has been searched: its shared posting lists are freed once no thread holds them
    spaces = { ...spaces, [job.which]: withoutPostings(spaces[job.which]) };
    collectGarbage();
    return { reply: { ready: true }, transfer: [] };
  }
  if (job.job === 'search') {
    search = job.search;
    // the searches are done and scoring reads the vectors only: the shared posting lists are freed once no thread holds them
    spaces = withoutSearch(spaces);
    collectGarbage();
    return { reply: { ready: true }, transfer: [] };
  }
  if (job.job === 'neighbours') {
    // with bars (alignFrozenParallel): each unit's, written into the shared arrays by the thread that searches it
    const found = searchNeighbours(spaces[job.which], job.options, job.from, job.to, job.bars);
    // trimmed: the main thread holds every range's part until the merge, so no part may bring the spare room of its growth
    const neighbours = { ...exactPairs(found), complete: found.complete };
    return { reply: { range: job.range, neighbours }, transfer: buffers(neighbours) };
  }
  if (!search) throw new Error('scoring a range before the candidate search was sent');
  const found = rangeLinks(spaces, search, job.from, job.to, job.options);
  const links = exactPairs(found);
  return { reply: { range: job.range, links }, transfer: buffers(links) };
}

parentPort!.on('message', (job: WorkerJob) => {
  try {
    const { reply, transfer } = run(job);
    parentPort!.postMessage(reply, transfer);
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
});

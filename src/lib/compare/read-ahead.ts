// Reading ahead: on a national corpus the vectors, posting lists and per-unit arrays are far larger than the processor's
// caches, and a loop that reads one unit's data after another's waits for each read in turn. Reading the first numbers
// of everything a step is about to use, in a loop of independent reads, lets the processor fetch them all at once; the
// step itself then finds them in the cache. The numbers read are summed and the sum kept where the compiler cannot prove
// it unused, so the reads are not optimised away. Results are unchanged: nothing read ahead is used.
import type { AlignmentIndex } from './alignment-index.ts';

/** Sum of the numbers read ahead, never read (hence the underscore): a module variable, so the reads are done. */
let _readAhead = 0;

/** Keep the sum of numbers read ahead. */
export function keepReadAhead(sum: number): void {
  _readAhead += sum;
}

/**
 * Read one number from every cache line of the vector entries `from .. to` (vecStart positions) and return their sum,
 * which the caller keeps (keepReadAhead): the lines of all the vectors a unit is about to be compared with are then
 * fetched at once, not one dot product after another (the candidate scoring and the search's re-scoring).
 */
export function warmVectors(index: AlignmentIndex, from: number, to: number): number {
  if (to <= from) return 0;
  let sum = index.vecFeat[to - 1]! + index.vecWeight[to - 1]!;
  // 16 four-byte numbers to a 64-byte line
  for (let k = from; k < to; k += 16) sum += index.vecFeat[k]! + index.vecWeight[k]!;
  return sum;
}

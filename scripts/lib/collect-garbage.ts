// A full garbage collection, asked for at the few points where the alignment lets go of hundreds of megabytes at once.
// Typed arrays in shared memory are freed only when every thread that held them has collected its references, and a
// worker thread that only computes allocates too little on its own heap to collect soon: without this, posting lists
// and neighbour lists that no thread reads any more stayed alive into the next phase and set the peak memory.
// `gc` is exposed at run time, as jest's leak detector does (node:v8 flag, then the function from a fresh context).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collect garbage now, on this thread's heap. */
export function collectGarbage(): void {
  gc();
}

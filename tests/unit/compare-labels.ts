// The corpus as the build loads it, for the comparison tests.
import path from 'node:path';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { ROOT } from '../helpers/corpus.ts';

/** The corpus regulations as the build loads them. */
export function loadRegulations(): Regulation[] {
  return loadCorpus(path.join(ROOT, 'content/regulations'), ROOT).map((l) => l.regulation!);
}

// The corpus as the build loads it, for the comparison tests.
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

/** The corpus regulations as the build loads them. */
export function loadRegulations(): Regulation[] {
  return loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
}

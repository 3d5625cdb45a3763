import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegulation } from '../../src/lib/parse/parse-regulation.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

// the tests import the root from here; it is resolved, like every path, in src/data/paths-fs.ts
export { ROOT } from '../../src/data/paths-fs.ts';
/** Ids of the six corpus regulations (the first five, then 广东, the only text that came as markdown). */
export const CORPUS_IDS = ['xinjiang', 'changji', 'haidong', 'suzhou', 'shanxi', 'guangdong'] as const;
/** Ids of the five starting regulations, for facts stated about them alone. */
export const FIRST_FIVE_IDS = ['xinjiang', 'changji', 'haidong', 'suzhou', 'shanxi'] as const;

/** The source file name of a corpus regulation (`text.md` for a markdown source, else `text.txt`). */
export function corpusFile(id: string): string {
  return id === 'guangdong' ? 'text.md' : 'text.txt';
}

/** Read a corpus text's bytes from content/regulations. */
export function corpusBytes(id: string): Buffer {
  return readFileSync(path.join(CONTENT_DIR, id, corpusFile(id)));
}

/** Parse a corpus text as the build does. */
export function parseCorpus(id: string) {
  return parseRegulation(corpusBytes(id), `content/regulations/${id}/${corpusFile(id)}`);
}

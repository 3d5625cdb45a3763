import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRegulation } from '../../src/lib/parse/parse-regulation.ts';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Ids of the five starting regulations. */
export const CORPUS_IDS = ['xinjiang', 'changji', 'haidong', 'suzhou', 'shanxi'] as const;

/** Read a corpus text's bytes from content/regulations. */
export function corpusBytes(id: string): Buffer {
  return readFileSync(path.join(ROOT, 'content/regulations', id, 'text.txt'));
}

/** Parse a corpus text as the build does. */
export function parseCorpus(id: string) {
  return parseRegulation(corpusBytes(id), `content/regulations/${id}/text.txt`);
}

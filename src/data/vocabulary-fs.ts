// Node-only: the reviewed vocabularies as the data build wrote them (src/generated/vocabulary.json).
import { readGeneratedJson } from './generated-fs.ts';
import type { Vocabulary } from '../lib/schemas/taxonomy.ts';

let vocab: Vocabulary | undefined;
/** The parsed vocabularies (validated by the data build). */
export function getVocabulary(): Vocabulary {
  vocab ??= readGeneratedJson('vocabulary.json') as Vocabulary;
  return vocab;
}

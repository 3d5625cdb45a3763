// Node-only: the reviewed vocabularies as the data build wrote them (src/generated/vocabulary.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Vocabulary } from '../lib/schemas/taxonomy.ts';

let vocab: Vocabulary | undefined;
/** The parsed vocabularies (validated by the data build). */
export function getVocabulary(): Vocabulary {
  vocab ??= JSON.parse(readFileSync(path.resolve(process.env['DUIZHAO_GENERATED'] ?? 'src/generated', 'vocabulary.json'), 'utf8')) as Vocabulary;
  return vocab;
}

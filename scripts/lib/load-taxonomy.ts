// Node-only: read content/taxonomy/*.yaml from disk. The pure library (src/lib/analyze) receives the parsed data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseMatrixQuestions, parseVocabulary, VOCABULARY_FILES, type RawVocabulary } from '../../src/lib/analyze/vocabulary.ts';
import type { MatrixQuestions, Vocabulary } from '../../src/lib/schemas/taxonomy.ts';
import { TAXONOMY_DIR } from '../../src/data/paths-fs.ts';

/** Read one taxonomy YAML file as plain data. */
export function readTaxonomyFile(name: string, dir = TAXONOMY_DIR): unknown {
  return parse(readFileSync(path.join(dir, `${name}.yaml`), 'utf8'), { uniqueKeys: true });
}

/** Read every vocabulary file unvalidated (tests validate each against its schema). */
export function readRawVocabulary(dir = TAXONOMY_DIR): RawVocabulary {
  const entries = Object.entries(VOCABULARY_FILES).map(([key, file]) => [key, readTaxonomyFile(file, dir)]);
  return Object.fromEntries(entries) as unknown as RawVocabulary;
}

/** Read and validate content/taxonomy/*.yaml. */
export function loadVocabulary(dir = TAXONOMY_DIR): Vocabulary {
  return parseVocabulary(readRawVocabulary(dir));
}

/** Read and validate content/taxonomy/matrix.yaml. */
export function loadMatrixQuestions(dir = TAXONOMY_DIR): MatrixQuestions {
  return parseMatrixQuestions(readTaxonomyFile('matrix', dir));
}

// Node-only: the files the data build writes (GENERATED_DIR: src/generated, or DUIZHAO_GENERATED), read in one place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from './paths-fs.ts';

/** A generated file's text, by its path inside the generated-data directory. */
export function readGenerated(file: string): string {
  return readFileSync(path.join(GENERATED_DIR, file), 'utf8');
}

/** A generated JSON file, parsed (validate it with its schema where one exists). */
export function readGeneratedJson(file: string): unknown {
  return JSON.parse(readGenerated(file));
}

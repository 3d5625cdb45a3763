// Where the data build writes (src/generated, or DUIZHAO_GENERATED for another corpus), read in one place.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The generated-data directory. */
export const GENERATED = path.resolve(process.env['DUIZHAO_GENERATED'] ?? 'src/generated');

/** A generated file's text, by its path inside the generated-data directory. */
export function readGenerated(file: string): string {
  return readFileSync(path.join(GENERATED, file), 'utf8');
}

/** A generated JSON file, parsed (validate it with its schema where one exists). */
export function readGeneratedJson(file: string): unknown {
  return JSON.parse(readGenerated(file));
}

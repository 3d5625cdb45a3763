import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where regulation folders live (`<id>/text.txt` + `<id>/meta.yaml`); DUIZHAO_CONTENT overrides it for test corpora. */
export const CONTENT_DIR = path.resolve(ROOT, process.env['DUIZHAO_CONTENT'] ?? 'content/regulations');
/** Where the data build writes the JSON the site reads; DUIZHAO_GENERATED overrides it. */
export const GENERATED_DIR = path.resolve(ROOT, process.env['DUIZHAO_GENERATED'] ?? 'src/generated');

// Node-only: read content/taxonomy/*.yaml from disk. The pure library (src/lib/analyze) receives the parsed data.
// The data build reads them through loadTaxonomy, which reports every mistake as `file:line:col` (YAML syntax,
// schema, duplicates, references to ids that do not exist) instead of throwing a zod stack trace.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parse, parseDocument, type Document } from 'yaml';
import { checkVocabulary, parseMatrixQuestions, parseVocabulary, VOCABULARY_FILES, VOCABULARY_SCHEMAS, type RawVocabulary } from '../../src/lib/analyze/vocabulary.ts';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import { MatrixQuestionsSchema, type MatrixQuestions, type Vocabulary } from '../../src/lib/schemas/taxonomy.ts';
import { ROOT, TAXONOMY_DIR } from '../../src/data/paths-fs.ts';
import { locator, schemaIssueDiagnostics, type Locator } from './yaml-issues.ts';

/** Read one taxonomy YAML file as plain data. */
export function readTaxonomyFile(name: string, dir = TAXONOMY_DIR): unknown {
  return parse(readFileSync(path.join(dir, `${name}.yaml`), 'utf8'), { uniqueKeys: true });
}

/** Read every vocabulary file unvalidated (tests validate each against its schema). */
export function readRawVocabulary(dir = TAXONOMY_DIR): RawVocabulary {
  const entries = Object.entries(VOCABULARY_FILES).map(([key, file]) => [key, readTaxonomyFile(file, dir)]);
  return Object.fromEntries(entries) as unknown as RawVocabulary;
}

/** Read and validate content/taxonomy/*.yaml (throws on bad data: for tests and tools; the data build uses loadTaxonomy). */
export function loadVocabulary(dir = TAXONOMY_DIR): Vocabulary {
  return parseVocabulary(readRawVocabulary(dir));
}

/** Read and validate content/taxonomy/matrix.yaml (throws on bad data, as loadVocabulary). */
export function loadMatrixQuestions(dir = TAXONOMY_DIR): MatrixQuestions {
  return parseMatrixQuestions(readTaxonomyFile('matrix', dir));
}

/** One file read, parsed and validated: its data when valid, and where to place a message about it. */
interface ReadFile {
  data: unknown;
  at: Locator;
}

/** Read one file: YAML syntax errors and schema errors as diagnostics at their line. */
function readChecked(
  name: string,
  schema: { safeParse(x: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly unknown[] } } },
  dir: string,
  root: string,
  out: Diagnostic[],
): ReadFile | null {
  const full = path.join(dir, `${name}.yaml`);
  const file = path.relative(root, full);
  if (!existsSync(full)) {
    const expected = [...Object.values(VOCABULARY_FILES), 'matrix'].map((n) => `${n}.yaml`).join('、');
    out.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'taxonomy-missing', reason: `缺少词表文件 ${name}.yaml：词表目录中应有 ${expected}` });
    return null;
  }
  const source = readFileSync(full, 'utf8');
  // the line counter gives each syntax error its line and column (without it the yaml library leaves them out)
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const at = locator(doc, source, file);
  if (doc.errors.length) {
    const lines = source.split(/\r?\n/);
    for (const e of doc.errors) {
      const { line, col } = lineCounter.linePos(e.pos[0]);
      out.push({
        file,
        line,
        column: col,
        severity: 'error',
        ruleId: 'taxonomy-yaml',
        reason: `YAML 语法错误：${e.message}`,
        ...(lines[line - 1] === undefined ? {} : { source: lines[line - 1]! }),
      });
    }
    return null;
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    out.push(...schemaIssueDiagnostics(parsed.error.issues as Parameters<typeof schemaIssueDiagnostics>[0], doc, at, 'taxonomy-schema', '词表格式错误：'));
    return null;
  }
  return { data: parsed.data, at };
}

/**
 * Read, validate and cross-check every taxonomy file. Returns the vocabularies and the matrix questions when all is
 * well, else null and the diagnostics (each at its file, line and column, in Chinese).
 */
export function loadTaxonomy(
  dir = TAXONOMY_DIR,
  root = ROOT,
): { vocab: Vocabulary; questions: MatrixQuestions; diagnostics: [] } | { vocab: null; questions: null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, ReadFile | null>();
  for (const [key, name] of Object.entries(VOCABULARY_FILES)) files.set(key, readChecked(name, VOCABULARY_SCHEMAS[key as keyof RawVocabulary], dir, root, diagnostics));
  const matrix = readChecked('matrix', MatrixQuestionsSchema, dir, root, diagnostics);
  if (diagnostics.length) return { vocab: null, questions: null, diagnostics };
  const vocab = Object.fromEntries([...files].map(([key, f]) => [key, f!.data])) as unknown as Vocabulary;
  const questions = matrix!.data as MatrixQuestions;
  const fileKey = new Map<string, string>([...Object.entries(VOCABULARY_FILES).map(([key, name]): [string, string] => [`${name}.yaml`, key]), ['matrix.yaml', 'matrix']]);
  for (const p of checkVocabulary(vocab, questions)) {
    const key = fileKey.get(p.file)!;
    const f = key === 'matrix' ? matrix! : files.get(key)!;
    diagnostics.push(f.at(p.path, p.reason, p.ruleId));
  }
  return diagnostics.length ? { vocab: null, questions: null, diagnostics } : { vocab, questions, diagnostics: [] };
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { checkMetadataAgainstText } from '../../src/lib/corpus/check-metadata.ts';
import { countRegulation } from '../../src/lib/corpus/stats.ts';
import { parseRegulation } from '../../src/lib/parse/parse-regulation.ts';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import { RegulationMetaSchema } from '../../src/lib/schemas/metadata.ts';
import { metaIssueDiagnostics } from './meta-issues.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { readSource, type Extraction } from './read-source.ts';

/** Everything read from one regulation folder, with every diagnostic about it. */
export interface LoadedRegulation {
  dir: string;
  regulation: Regulation | null;
  diagnostics: Diagnostic[];
}

/** Read and validate `meta.yaml`: YAML syntax errors and schema errors come back with file:line:col, in Chinese, at the key's line. */
export function loadMeta(metaPath: string, rel: string): { meta: Regulation['meta'] | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const source = readFileSync(metaPath, 'utf8');
  // the line counter gives each syntax error its line and column (without it the yaml library leaves them out)
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const lines = source.split(/\r?\n/);
  for (const e of doc.errors) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    diagnostics.push({
      file: rel,
      line,
      column: col,
      severity: 'error',
      ruleId: 'meta-yaml',
      reason: `YAML 语法错误：${e.message}`,
      ...(lines[line - 1] === undefined ? {} : { source: lines[line - 1]! }),
    });
  }
  if (diagnostics.length) return { meta: null, diagnostics };
  // dates stay strings: the schema, not YAML, decides what a valid date is
  const data: unknown = doc.toJS();
  const parsed = RegulationMetaSchema.safeParse(data);
  if (parsed.success) return { meta: parsed.data, diagnostics };
  diagnostics.push(...metaIssueDiagnostics(parsed.error.issues, doc, source, rel));
  return { meta: null, diagnostics };
}

/**
 * When the text was extracted from a Word document or a web page (`extraction.json`, written by `npm run add`),
 * check that the original is still there and that extracting it again gives exactly the text.
 */
export function checkExtraction(dir: string, root: string, textBytes: Buffer): Diagnostic[] {
  const recordPath = path.join(dir, 'extraction.json');
  if (!existsSync(recordPath)) return [];
  const file = path.relative(root, recordPath);
  const error = (reason: string): Diagnostic[] => [{ file, line: 1, column: 1, severity: 'error', ruleId: 'extraction', reason }];
  const record = JSON.parse(readFileSync(recordPath, 'utf8')) as Extraction;
  const sourcePath = path.join(dir, record.source);
  if (!existsSync(sourcePath)) return error(`缺少原件：extraction.json 说正文提取自 ${record.source}，但该文件不存在。请放回原件，或删除本目录后重新运行 npm run add`);
  const source = readFileSync(sourcePath);
  const read = readSource(sourcePath, source);
  const again = read.kind === 'extracted' ? read.text : null;
  if (again === null || again !== textBytes.toString('utf8')) {
    return error(`${record.text} 与从 ${record.source} 提取出的文字不一致：正文不可手工修改。请删除本目录后对原件重新运行 npm run add`);
  }
  const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  if (sha(source) !== record.sourceSha256 || sha(textBytes) !== record.textSha256)
    return error('extraction.json 中的 SHA-256 与文件不符：请删除本目录后对原件重新运行 npm run add');
  return [];
}

/** Parse one regulation folder: the text, its metadata, and the checks between them. */
export function loadRegulation(dir: string, root: string): LoadedRegulation {
  const id = path.basename(dir);
  // markdown from open law collections may be kept as text.md
  const textPath = ['text.txt', 'text.md'].map((f) => path.join(dir, f)).find((f) => existsSync(f)) ?? path.join(dir, 'text.txt');
  const metaPath = path.join(dir, 'meta.yaml');
  const relText = path.relative(root, textPath);
  const relMeta = path.relative(root, metaPath);
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(textPath)) {
    return {
      dir,
      regulation: null,
      diagnostics: [{ file: relText, line: 1, column: 1, severity: 'error', ruleId: 'missing-text', reason: `缺少正文文件：应有 ${relText}（或 text.md）` }],
    };
  }
  if (!existsSync(metaPath)) {
    return {
      dir,
      regulation: null,
      diagnostics: [
        { file: relMeta, line: 1, column: 1, severity: 'error', ruleId: 'missing-meta', reason: `缺少元数据文件：应有 ${relMeta}（可用 npm run add -- ${relText} 生成）` },
      ],
    };
  }
  const bytes = readFileSync(textPath);
  const { regulation: parsed, diagnostics: parseDiags } = parseRegulation(bytes, relText);
  diagnostics.push(...parseDiags);
  diagnostics.push(...checkExtraction(dir, root, bytes));
  const { meta, diagnostics: metaDiags } = loadMeta(metaPath, relMeta);
  diagnostics.push(...metaDiags);
  if (!meta) return { dir, regulation: null, diagnostics };
  if (meta.id !== id)
    diagnostics.push({ file: relMeta, line: 1, column: 1, severity: 'error', ruleId: 'meta-id', reason: `元数据 id 与目录名不符：目录为 ${id}，id 为 ${meta.id}` });
  diagnostics.push(...checkMetadataAgainstText(meta, parsed, relText));
  const sourceSha256 = createHash('sha256').update(bytes).digest('hex');
  return { dir, regulation: { meta, parsed, sourceSha256, stats: countRegulation(parsed) }, diagnostics };
}

/** Load every regulation folder under the content directory, sorted by id; checks superior ids across the corpus. */
export function loadCorpus(contentDir: string, root: string): LoadedRegulation[] {
  const dirs = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(contentDir, d.name))
    .sort();
  const loaded = dirs.map((d) => loadRegulation(d, root));
  const ids = new Set(loaded.map((l) => l.regulation?.meta.id).filter(Boolean));
  for (const l of loaded) {
    const sup = l.regulation?.meta.superior;
    if (sup && !ids.has(sup)) {
      l.diagnostics.push({
        file: path.relative(root, path.join(l.dir, 'meta.yaml')),
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'meta-superior',
        reason: `上位法 id 不存在：superior 为 ${sup}，语料中没有该法规`,
      });
    }
  }
  return loaded;
}

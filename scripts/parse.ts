// `npm run parse -- <file>`: print one file's parsed regulation as JSON on stdout, diagnostics on stderr. A Word
// document or a saved web page is parsed from the text extracted from it; PDF, .doc and .wps are refused (exit 2).
import { readFileSync } from 'node:fs';
import { hasErrors } from '../src/lib/parse/diagnostics.ts';
import { parseRegulation } from '../src/lib/parse/parse-regulation.ts';
import { readSource } from './lib/read-source.ts';
import { printDiagnostics, printOmitted } from './lib/report.ts';

const file = process.argv[2];
if (!file) {
  console.error('用法：npm run parse -- <法规文本文件>');
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`${file}: error 无法读取文件：${(e as Error).message} [read]`);
  process.exit(2);
}
const source = readSource(file, bytes);
if (source.kind === 'refused') {
  console.error(`${file}: error ${source.reason} [unsupported-format]`);
  process.exit(2);
}
if (source.kind === 'extracted') printOmitted(file, source.extraction.omitted);
const { regulation, diagnostics } = parseRegulation(source.kind === 'text' ? bytes : Buffer.from(source.text, 'utf8'), file);
printDiagnostics(diagnostics);
process.stdout.write(JSON.stringify(regulation, null, 2) + '\n');
// exitCode, not process.exit(): into a pipe stdout is written asynchronously, and exiting at once cut the JSON
// at the pipe's 64 KB buffer
process.exitCode = hasErrors(diagnostics) ? 1 : 0;

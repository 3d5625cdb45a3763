// `npm run parse -- <file>`: print one file's parsed regulation as JSON on stdout, diagnostics on stderr. A Word
// document or a saved web page is parsed from the text extracted from it; PDF, .doc and .wps are refused (exit 2).
import { readFileSync } from 'node:fs';
import { hasErrors } from '../src/lib/parse/diagnostics.ts';
import { escapeForTerminal } from '../src/lib/parse/diagnostics.ts';
import { parseRegulation } from '../src/lib/parse/parse-regulation.ts';
import { describeFsError, EXIT, runMain, writeJsonStream } from './lib/cli.ts';
import { readSource } from './lib/read-source.ts';
import { printDiagnostics, printOmitted } from './lib/report.ts';

await runMain(async () => {
  const file = process.argv[2];
  if (!file) {
    console.error('用法：npm run parse -- <法规文本文件>');
    return EXIT.usage;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`${escapeForTerminal(file)}: error 无法读取文件：${describeFsError(e, file)} [read]`);
    return EXIT.usage;
  }
  const source = readSource(file, bytes);
  if (source.kind === 'refused') {
    console.error(`${escapeForTerminal(file)}: error ${escapeForTerminal(source.reason)} [unsupported-format]`);
    return EXIT.usage;
  }
  if (source.kind === 'extracted') printOmitted(file, source.extraction.omitted);
  const { regulation, diagnostics } = parseRegulation(source.kind === 'text' ? bytes : Buffer.from(source.text, 'utf8'), file);
  printDiagnostics(diagnostics);
  // streamed: one JSON.stringify of 900,000 articles is longer than a string may be (RangeError: Invalid string length)
  await writeJsonStream(regulation);
  return hasErrors(diagnostics) ? EXIT.inputErrors : EXIT.ok;
});

import { escapeForTerminal, formatDiagnostic } from '../../src/lib/parse/diagnostics.ts';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import type { OmittedLines } from './read-source.ts';

/** How many errors of one rule in one file are printed in full. */
const ERRORS_SHOWN = 50;

/** Print diagnostics to stderr: errors (the first 50 per file and rule), and warnings grouped per file and rule (first three shown). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], out: (s: string) => void = (s) => process.stderr.write(s + '\n')): void {
  // one pass, arrays grown in place: copying a group on every warning made 100,000 warnings take minutes
  const groups = new Map<string, Diagnostic[]>();
  const byRule = new Map<string, { count: number; files: Set<string> }>();
  // errors: the first ERRORS_SHOWN of each file and rule, then how many more (215,000 at three lines each is no report)
  const errors = new Map<string, { file: string; ruleId: string; count: number }>();
  for (const d of diagnostics) {
    if (d.severity === 'error') {
      const key = `${d.file}\u0000${d.ruleId}`;
      const seen = errors.get(key) ?? { file: d.file, ruleId: d.ruleId, count: 0 };
      errors.set(key, seen);
      if (++seen.count <= ERRORS_SHOWN) out(formatDiagnostic(d));
      continue;
    }
    const key = `${d.file}\u0000${d.ruleId}`;
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
    const rule = byRule.get(d.ruleId) ?? { count: 0, files: new Set<string>() };
    rule.count++;
    rule.files.add(d.file);
    byRule.set(d.ruleId, rule);
  }
  for (const e of errors.values()) {
    if (e.count > ERRORS_SHOWN) out(`${escapeForTerminal(e.file)}: 另有 ${e.count - ERRORS_SHOWN} 条同类错误 [${e.ruleId}]`);
  }
  if (groups.size > 20) {
    // a large corpus: one line per rule instead of a screenful per file
    for (const [rule, { count, files }] of byRule) out(`${count} 条警告 [${rule}]（涉及 ${files.size} 个文件）`);
    return;
  }
  for (const list of groups.values()) {
    for (const d of list.slice(0, 3)) out(formatDiagnostic(d));
    if (list.length > 3) out(`${escapeForTerminal(list[0]!.file)}: 另有 ${list.length - 3} 条同类警告 [${list[0]!.ruleId}]`);
  }
}

/** Say on stderr which lines of a web page's text were left out as not being the regulation (first 60 characters). */
export function printOmitted(file: string, omitted: readonly OmittedLines[], out: (s: string) => void = (s) => process.stderr.write(s + '\n')): void {
  for (const o of omitted) {
    const shown = escapeForTerminal(o.text.replace(/\s+/g, ' ').trim());
    out(`${escapeForTerminal(file)}: 已略去${o.why}：提取文字的第 ${o.from}–${o.to} 行“${shown.length > 60 ? shown.slice(0, 60) + '…' : shown}”（全文记在 extraction.json）`);
  }
}

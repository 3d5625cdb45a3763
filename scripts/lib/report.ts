import { formatDiagnostic } from '../../src/lib/parse/diagnostics.ts';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import type { OmittedLines } from './read-source.ts';

/** Print diagnostics to stderr: every error, and warnings grouped per file and rule (first three shown). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], out: (s: string) => void = (s) => process.stderr.write(s + '\n')): void {
  for (const d of diagnostics.filter((x) => x.severity === 'error')) out(formatDiagnostic(d));
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics.filter((x) => x.severity !== 'error')) {
    const key = `${d.file}\u0000${d.ruleId}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size > 20) {
    // a large corpus: one line per rule instead of a screenful per file
    const byRule = new Map<string, number>();
    for (const d of diagnostics.filter((x) => x.severity !== 'error')) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    for (const [rule, n] of byRule) out(`${n} 条警告 [${rule}]（涉及 ${new Set(diagnostics.filter((d) => d.ruleId === rule).map((d) => d.file)).size} 个文件）`);
    return;
  }
  for (const list of groups.values()) {
    for (const d of list.slice(0, 3)) out(formatDiagnostic(d));
    if (list.length > 3) out(`${list[0]!.file}: 另有 ${list.length - 3} 条同类警告 [${list[0]!.ruleId}]`);
  }
}

/** Say on stderr which lines of a web page's text were left out as not being the regulation (first 60 characters). */
export function printOmitted(file: string, omitted: readonly OmittedLines[], out: (s: string) => void = (s) => process.stderr.write(s + '\n')): void {
  for (const o of omitted) {
    const shown = o.text.replace(/\s+/g, ' ').trim();
    out(`${file}: 已略去${o.why}：提取文字的第 ${o.from}–${o.to} 行“${shown.length > 60 ? shown.slice(0, 60) + '…' : shown}”（全文记在 extraction.json）`);
  }
}

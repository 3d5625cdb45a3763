import { formatDiagnostic } from '../../src/lib/parse/diagnostics.ts';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';

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

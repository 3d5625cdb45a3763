import type { Diagnostic, Severity } from '../schemas/diagnostic.ts';

/** Collects diagnostics for one file while it is parsed. */
export class DiagnosticBag {
  readonly list: Diagnostic[] = [];
  readonly file: string;
  private readonly lines: readonly string[];

  constructor(file: string, lines: readonly string[] = []) {
    this.file = file;
    // columns on line 1 are counted after a BOM, so the printed line must not contain it either
    this.lines = lines.length > 0 && lines[0]!.startsWith('\ufeff') ? [lines[0]!.slice(1), ...lines.slice(1)] : lines;
  }

  /** Add a message at a 1-based line and column. */
  add(severity: Severity, ruleId: string, reason: string, line: number, column: number): void {
    const source = this.lines[line - 1];
    this.list.push({ file: this.file, line, column, severity, ruleId, reason, ...(source === undefined ? {} : { source }) });
  }
  error(ruleId: string, reason: string, line: number, column = 1): void {
    this.add('error', ruleId, reason, line, column);
  }
  warn(ruleId: string, reason: string, line: number, column = 1): void {
    this.add('warning', ruleId, reason, line, column);
  }
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Format a diagnostic the way compilers do, with the offending line and a caret.
 * @example formatDiagnostic(d) // 'suzhou/text.txt:48:1 error 条号不连续… [article-sequence]\n    48 | 第十八条…\n       ^'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity} ${d.reason} [${d.ruleId}]`;
  if (d.source === undefined) return head;
  const gutter = `    ${d.line} | `;
  const shown = d.source.length > 120 ? d.source.slice(0, 120) + '…' : d.source;
  // The caret sits under the column; CJK characters are two cells wide in a terminal.
  const before = d.source.slice(0, d.column - 1);
  const width = [...before].reduce((w, ch) => w + (/[\u1100-\uffef]/.test(ch) ? 2 : 1), 0);
  return `${head}\n${gutter}${shown}\n${' '.repeat(gutter.length + Math.min(width, 240))}^`;
}

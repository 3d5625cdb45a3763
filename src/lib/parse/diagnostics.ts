import type { Diagnostic, RuleId, Severity } from '../schemas/diagnostic.ts';

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
  add(severity: Severity, ruleId: RuleId, reason: string, line: number, column: number): void {
    const source = this.lines[line - 1];
    this.list.push({ file: this.file, line, column, severity, ruleId, reason, ...(source === undefined ? {} : { source }) });
  }
  error(ruleId: RuleId, reason: string, line: number, column = 1): void {
    this.add('error', ruleId, reason, line, column);
  }
  warn(ruleId: RuleId, reason: string, line: number, column = 1): void {
    this.add('warning', ruleId, reason, line, column);
  }
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Characters that must not reach a terminal as they are: C0/C1 controls, DEL, bidi controls, zero-width marks. */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Show control and invisible characters as `\u{…}` so a message cannot move the cursor, ring the bell or reorder
 * the line on screen (a tab is shown as a space).
 * @example escapeForTerminal('第一条\u001b[2J') // → '第一条\\u{1b}[2J'
 */
export function escapeForTerminal(s: string): string {
  return s.replace(/\t/g, ' ').replace(UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** East Asian wide and fullwidth characters (Hangul, CJK, kana, fullwidth forms): two cells in a terminal. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many terminal cells a string takes, counting East Asian wide characters as two (for carets under a column).
 * @example terminalWidth('第1条') // → 5
 */
export function terminalWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** How many source characters a printed line shows before and after the column. */
const WINDOW = 60;

/**
 * Format a diagnostic the way compilers do, with the offending line and a caret. A long line is shown as a window
 * around the column, so the cost of one message never depends on the length of its line.
 * @example formatDiagnostic(d) // 'suzhou/text.txt:48:1 error 条号不连续… [article-sequence]\n    48 | 第十八条…\n       ^'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${escapeForTerminal(d.file)}:${d.line}:${d.column} ${d.severity} ${escapeForTerminal(d.reason)} [${d.ruleId}]`;
  if (d.source === undefined) return head;
  const gutter = `    ${d.line} | `;
  const col = Math.min(d.column - 1, d.source.length);
  const from = col > 2 * WINDOW ? col - WINDOW : 0;
  const to = Math.min(d.source.length, Math.max(from + 2 * WINDOW, col + WINDOW));
  const lead = from > 0 ? '…' : '';
  const shown = lead + escapeForTerminal(d.source.slice(from, to)) + (to < d.source.length ? '…' : '');
  // The caret sits under the column; escapes are as wide as written.
  const width = lead.length + terminalWidth(escapeForTerminal(d.source.slice(from, col)));
  return `${head}\n${gutter}${shown}\n${' '.repeat(gutter.length + width)}^`;
}

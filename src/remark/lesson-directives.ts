// The lesson directives, independent of any Markdown pipeline: a directive as written in, mdast out,
// or a problem saying what the author got wrong. The remark and Sätteri plugins are thin shells
// around `expandDirective`.
import type { RuleId } from '../lib/schemas/diagnostic.ts';
import type { Link, Paragraph, Text } from 'mdast';
import { COMPARE_EXAMPLES, expandCompare } from './lesson-compare.ts';
import { citeNode, quoteNode } from './lesson-mdast.ts';
import { editDistance, isProblem, resolveProvision, type LessonCorpus, type LessonProblem } from './lesson-refs.ts';
import { formatDiagnostic } from '../lib/parse/diagnostics.ts';

/** The three mdast directive node types (remark-directive and Sätteri share them). */
export type DirectiveKind = 'textDirective' | 'leafDirective' | 'containerDirective';

/** A directive as the author wrote it. */
export interface DirectiveCall {
  kind: DirectiveKind;
  name: string;
  attributes: Record<string, string | null | undefined>;
  /** The text of the `[…]` label. */
  label: string;
  /** The directive exactly as written in the source, when the shell knows it. */
  source?: string;
}

/** What each directive is and how it is written, for messages and the authoring guide. */
export const LESSON_DIRECTIVES = {
  cite: { kind: 'textDirective', example: ':cite[suzhou/24/2]', attributes: ['short'] },
  quote: { kind: 'leafDirective', example: '::quote[suzhou/24/2]', attributes: [] },
  compare: { kind: 'leafDirective', example: COMPARE_EXAMPLES, attributes: [] },
} as const;
type DirectiveName = keyof typeof LESSON_DIRECTIVES;

const MARKS: Record<DirectiveKind, string> = { textDirective: ':', leafDirective: '::', containerDirective: ':::' };

/** Expand one directive into mdast, or report what is wrong with it. */
export function expandDirective(corpus: LessonCorpus, call: DirectiveCall): Link | Paragraph | Text | LessonProblem {
  const spec = LESSON_DIRECTIVES[call.name as DirectiveName];
  const written = `${MARKS[call.kind]}${call.name}`;
  // a bare `:30` or `a:b` in prose (Sätteri reads `10:30` as a directive named 30) stays the text it was
  if (!spec && call.kind === 'textDirective' && call.source === written) return { type: 'text', value: written };
  if (!spec) return unknownDirective(written, call.name);
  if (call.kind !== spec.kind) return wrongKind(written, call.name as DirectiveName);
  if (call.name === 'compare') return expandCompare(corpus, call.label, call.attributes);
  const extra = Object.keys(call.attributes).filter((k) => !(spec.attributes as readonly string[]).includes(k));
  if (extra.length) {
    const allowed = spec.attributes.length ? `可用的属性：${spec.attributes.join('、')}` : '它没有属性';
    return { reason: `${written} 不认识属性“${extra.join('”“')}”，${allowed}`, ruleId: 'lesson-unknown-attribute' };
  }
  if (!call.label.trim()) return { reason: `${written} 需要写明引用的条文，如 ${spec.example}`, ruleId: 'lesson-missing-ref' };
  const p = resolveProvision(corpus, call.label);
  if (isProblem(p)) return p;
  return call.name === 'cite' ? citeNode(p, call.attributes['short'] !== undefined) : quoteNode(p);
}

function unknownDirective(written: string, name: string): LessonProblem {
  const names = Object.keys(LESSON_DIRECTIVES) as DirectiveName[];
  const nearest = names.reduce((a, b) => (editDistance(name, a) <= editDistance(name, b) ? a : b));
  const close = editDistance(name, nearest) <= 2 ? `你是不是要写 ${LESSON_DIRECTIVES[nearest].example}？` : '';
  return {
    reason: `未知的指令“${written}”。${close}可用的指令：:cite、::quote、::compare；正文里要写英文冒号本身，请写作 \\:`,
    ruleId: 'lesson-unknown-directive',
  };
}

function wrongKind(written: string, name: DirectiveName): LessonProblem {
  const spec = LESSON_DIRECTIVES[name];
  const how = spec.kind === 'textDirective' ? '是句中的行内引用，只用一个冒号' : '是独占一行的块，用两个冒号';
  return { reason: `“${written}”写法不对：${name} ${how}，如 ${spec.example}`, ruleId: 'lesson-directive-kind' };
}

/** Where a problem is: the lesson file and the 1-based line and column of the directive. */
export interface LessonPlace {
  file: string;
  line: number;
  column: number;
}

/** A lesson that cannot be built: the problem, where it is, and the offending source line. */
export class LessonDirectiveError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  readonly ruleId: RuleId;

  constructor(problem: LessonProblem, place: LessonPlace, source?: string) {
    super(formatLessonProblem(problem, place, source));
    this.name = 'LessonDirectiveError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.reason = problem.reason;
    this.ruleId = problem.ruleId;
  }
}

/**
 * The problem the way the data build prints diagnostics: `file:line:col error reason [rule]`, then
 * the source line with a caret under the directive.
 * @example formatLessonProblem(p, { file: 'content/lessons/a.mdx', line: 12, column: 5 }) // → 'content/lessons/a.mdx:12:5 error … [lesson-unknown-article]'
 */
export function formatLessonProblem(problem: LessonProblem, place: LessonPlace, source?: string): string {
  const line = source?.split(/\r?\n/)[place.line - 1];
  return formatDiagnostic({ ...place, severity: 'error', reason: problem.reason, ruleId: problem.ruleId, ...(line === undefined ? {} : { source: line }) });
}

/** A lesson file's path as messages show it: relative to the project root when inside it. */
export function displayPath(path: string, root?: string): string {
  const base = root?.replace(/\/?$/, '/');
  return base && path.startsWith(base) ? path.slice(base.length) : path;
}

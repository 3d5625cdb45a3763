// Schema failures of a YAML file as Chinese diagnostics at the offending key's line (not zod's English at 1:1):
// the shared part of meta.yaml's and the taxonomy files' checks.
import { isMap, isScalar, isSeq, LineCounter, type Document } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, RuleId } from '../../src/lib/schemas/diagnostic.ts';

/** One zod issue. */
export type Issue = z.core.$ZodIssue;
/** One step of a path into the data: a key or a list index. */
export type Segment = PropertyKey;

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '键值表', null: '空值', undefined: '空值' };

/** Where a key or list item sits in the YAML source: offset of the deepest node of the path that exists. */
export function offsetOf(doc: Document, path: readonly Segment[]): number | null {
  let node: unknown = doc.contents;
  let offset: number | null = null;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      const item = node.items[seg] as { range?: [number, number, number] };
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/** The value at a path of the parsed data. */
export const valueAt = (data: unknown, path: readonly Segment[]): unknown =>
  path.reduce<unknown>((v, seg) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined), data);

/**
 * A path the way a person reads it: keys joined by dots, list items counted from one.
 * @example pathName(['topics', 3, 'group']) // → 'topics 第 4 项.group'
 */
export function pathName(path: readonly Segment[]): string {
  if (!path.length) return '（整个文件）';
  const [head, ...rest] = path;
  return `${String(head)}${rest.map((s) => (typeof s === 'number' ? ` 第 ${s + 1} 项` : `.${String(s)}`)).join('')}`;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shown = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v));

/** The Chinese reason for one zod issue, given the value the file holds at its path and the path's name. */
export function reasonOf(issue: Issue, value: unknown, name: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `缺少必填字段 ${name}`;
      if (value === null) return `${name} 为空：应填写${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      return `${name} 应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实为${TYPE_NAMES[typeOf(value)] ?? typeOf(value)} ${shown(value)}`;
    case 'invalid_value':
      return `${name} 的值 ${shown(value)} 不在允许范围内：应为 ${issue.values.map(String).join('、')} 之一`;
    case 'too_small':
      return issue.origin === 'array' ? `${name} 至少应有 ${issue.minimum} 项` : `${name} 太短：至少 ${issue.minimum} 个字，实为 ${shown(value)}`;
    case 'invalid_format':
      return `${name} 的值 ${shown(value)} 格式不对：${issue.message}`;
    case 'unrecognized_keys':
      return `${name} 中有未知字段 ${issue.keys.join('、')}`;
    default:
      return `${name}：${issue.message}`;
  }
}

/** A function that places a message at a path of one YAML file: its line and column, and the source line. */
export type Locator = (path: readonly Segment[], reason: string, ruleId: RuleId) => Diagnostic;

/** Build the locator of one file (line 1 for an empty path or a path that does not exist in the file). */
export function locator(doc: Document, source: string, file: string): Locator {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  const lines = source.split(/\r?\n/);
  return (path, reason, ruleId) => {
    const offset = offsetOf(doc, path);
    const { line, col } = offset === null || !path.length ? { line: 1, col: 1 } : lc.linePos(offset);
    return { file, line, column: col, severity: 'error', ruleId, reason, ...(offset !== null && path.length ? { source: lines[line - 1]! } : {}) };
  };
}

/** Every issue of a schema failure as a diagnostic at its key (an unknown key at that key's own line), sorted by line. */
export function schemaIssueDiagnostics(issues: readonly Issue[], doc: Document, at: Locator, ruleId: RuleId, prefix: string): Diagnostic[] {
  const data: unknown = doc.toJS();
  const out = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => at([...issue.path, k], `${prefix}${pathName(issue.path)} 中有未知字段 ${k}`, ruleId))
      : [at(issue.path, prefix + reasonOf(issue, valueAt(data, issue.path), pathName(issue.path)), ruleId)],
  );
  return out.sort((a, b) => a.line - b.line);
}

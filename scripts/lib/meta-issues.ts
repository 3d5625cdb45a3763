// Schema failures of a meta.yaml as Chinese diagnostics at the offending key's line (not zod's English at 1:1).
import { isMap, isScalar, isSeq, LineCounter, type Document } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import { META_FIELD_LABELS, RegulationMetaSchema } from '../../src/lib/schemas/metadata.ts';

type Issue = z.core.$ZodIssue;
type Segment = PropertyKey;

const FIELDS = Object.keys(RegulationMetaSchema.shape) as (keyof typeof META_FIELD_LABELS)[];
const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', boolean: '是/否', array: '列表', object: '键值表', null: '空值', undefined: '空值' };

/** Where a key or list item sits in the YAML source: offset of the deepest node of the path that exists. */
function offsetOf(doc: Document, path: readonly Segment[]): number | null {
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
const valueAt = (data: unknown, path: readonly Segment[]): unknown =>
  path.reduce<unknown>((v, seg) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined), data);

/**
 * A field path the way a person reads it: the key, list items counted from one, the field's Chinese name.
 * @example fieldName(['repeals', 0]) // → 'repeals 第 1 项（废止）'
 */
export function fieldName(path: readonly Segment[]): string {
  if (!path.length) return '（整个文件）';
  const [head, ...rest] = path;
  const label = META_FIELD_LABELS[head as keyof typeof META_FIELD_LABELS];
  const tail = rest.map((s) => (typeof s === 'number' ? ` 第 ${s + 1} 项` : `.${String(s)}`)).join('');
  return `${String(head)}${tail}${label ? `（${label}）` : ''}`;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shown = (v: unknown) => (typeof v === 'string' ? `“${v}”` : JSON.stringify(v));

/** The Chinese reason for one zod issue, given the value the file holds at its path. */
function reasonOf(issue: Issue, value: unknown): string {
  const name = fieldName(issue.path);
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
    default:
      return `${name}：${issue.message}`;
  }
}

/** Edit distance up to a small bound, to tell a misspelt field from an unknown one. */
function isNearMiss(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]! <= 2;
}

/** One diagnostic per unknown key, at its line, naming the field it was probably meant to be. */
function unknownKeyReasons(keys: readonly string[], missing: ReadonlySet<string>): [string, string][] {
  return keys.map((k) => {
    const meant = FIELDS.find((f) => missing.has(f) && isNearMiss(k, f)) ?? FIELDS.find((f) => isNearMiss(k, f));
    const hint = meant ? `是否应为 ${fieldName([meant])}？` : `元数据只允许这些字段：${FIELDS.join('、')}`;
    return [k, `未知字段 ${k}：${hint}`];
  });
}

/**
 * Turn the schema's issues into diagnostics at the line of the offending key (line 1 for a key that is missing and
 * has no misspelt stand-in), sorted by line. A missing field whose misspelling is in the file is reported once, there.
 */
export function metaIssueDiagnostics(issues: readonly Issue[], doc: Document, source: string, file: string): Diagnostic[] {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  const lines = source.split(/\r?\n/);
  const data: unknown = doc.toJS();
  const missing = new Set(issues.filter((i) => i.code === 'invalid_type' && i.path.length === 1 && valueAt(data, i.path) === undefined).map((i) => String(i.path[0])));
  const at = (path: readonly Segment[], reason: string, ruleId = 'meta-schema'): Diagnostic => {
    const offset = offsetOf(doc, path);
    const { line, col } = offset === null || !path.length ? { line: 1, col: 1 } : lc.linePos(offset);
    return { file, line, column: col, severity: 'error', ruleId, reason: `元数据格式错误：${reason}`, ...(offset !== null && path.length ? { source: lines[line - 1]! } : {}) };
  };
  const out: Diagnostic[] = [];
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const [k, reason] of unknownKeyReasons(issue.keys, missing)) {
      const meant = FIELDS.find((f) => missing.has(f) && isNearMiss(k, f));
      if (meant) explained.add(meant);
      out.push(at([...issue.path, k], meant ? `${reason}（缺少必填字段 ${meant}）` : reason));
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || (issue.path.length === 1 && explained.has(String(issue.path[0])))) continue;
    out.push(at(issue.path, reasonOf(issue, valueAt(data, issue.path))));
  }
  return out.sort((a, b) => a.line - b.line);
}

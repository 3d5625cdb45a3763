// Schema failures of a meta.yaml as Chinese diagnostics at the offending key's line (not zod's English at 1:1).
import type { Document } from 'yaml';
import type { Diagnostic } from '../../src/lib/schemas/diagnostic.ts';
import { META_FIELD_LABELS, RegulationMetaSchema } from '../../src/lib/schemas/metadata.ts';
import { locator, pathName, reasonOf, valueAt, type Issue, type Segment } from './yaml-issues.ts';

const FIELDS = Object.keys(RegulationMetaSchema.shape) as (keyof typeof META_FIELD_LABELS)[];

/**
 * A field path the way a person reads it: the key, list items counted from one, the field's Chinese name.
 * @example fieldName(['repeals', 0]) // → 'repeals 第 1 项（废止）'
 */
export function fieldName(path: readonly Segment[]): string {
  const label = path.length ? META_FIELD_LABELS[path[0] as keyof typeof META_FIELD_LABELS] : undefined;
  return `${pathName(path)}${label ? `（${label}）` : ''}`;
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
  const locate = locator(doc, source, file);
  const data: unknown = doc.toJS();
  const missing = new Set(issues.filter((i) => i.code === 'invalid_type' && i.path.length === 1 && valueAt(data, i.path) === undefined).map((i) => String(i.path[0])));
  const at = (path: readonly Segment[], reason: string): Diagnostic => locate(path, `元数据格式错误：${reason}`, 'meta-schema');
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
    out.push(at(issue.path, reasonOf(issue, valueAt(data, issue.path), fieldName(issue.path))));
  }
  return out.sort((a, b) => a.line - b.line);
}

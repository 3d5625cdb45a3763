// The metadata draft `npm run add` writes beside a new text: the facts the text states filled in (the build checks
// them against the text again), everything else left as a commented TODO for a person to fill and source.
import { articleLabel } from '../cite/citation.ts';
import { articleIdOf } from '../cite/node-id.ts';
import { LevelSchema } from '../schemas/metadata.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';

/** A metadata fact read from the text, and where the text states it. */
export interface StatedFact {
  field: 'title' | 'adoptedBy' | 'adoptedOn' | 'effective' | 'repeals';
  value: string;
  /** Where in the text, e.g. `第 5 行（标题行）`, `第六条`. */
  where: string;
}

/** The draft: the YAML to write, the facts filled in, and the fields left for a person. */
export interface MetaDraft {
  yaml: string;
  stated: StatedFact[];
  /** Required fields the text does not state (the build fails until they are filled). */
  todo: string[];
  /** Fields whose source must be named in `sources`. */
  needSource: string[];
}

/**
 * Quote a YAML scalar only when it needs it (JSON strings are valid YAML double-quoted scalars).
 * @example yamlScalar('苏州市平安建设条例') // → '苏州市平安建设条例'
 * @example yamlScalar('a: b') // → '"a: b"'
 */
export function yamlScalar(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value; // an ISO date stays a string in YAML 1.2, as in the other meta.yaml files
  const plain = /^[\p{L}\p{N}（(《“][^:#\n'"]*$/u.test(value) && !/\s$/.test(value) && !/^(?:[\d.+-]+|true|false|null|yes|no|on|off|~)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * A guess at the enacting jurisdiction from the title, offered in a comment only.
 * @example jurisdictionHint('昌吉回族自治州平安建设促进条例') // → '昌吉回族自治州'
 */
export function jurisdictionHint(title: string): string | null {
  return /^(.+?(?:自治区|自治州|自治县|省|市|县|盟|旗|区))/u.exec(title)?.[1] ?? null;
}

/** Where the text states a fact whose source node is `nodeId`: the article's label. */
function articleWhere(reg: ParsedRegulation, nodeId: string): string {
  const a = reg.articles.find((x) => x.id === articleIdOf(nodeId));
  return a ? articleLabel(a) : nodeId;
}

/** The facts the text states about itself, with where it states them. */
export function statedFacts(reg: ParsedRegulation): StatedFact[] {
  const out: StatedFact[] = [];
  if (reg.title) out.push({ field: 'title', value: reg.title.text, where: `第 ${reg.title.pos.line} 行（标题行）` });
  const note = reg.history.find((h) => h.events.some((e) => e.action === '通过'));
  const adoption = note?.events.find((e) => e.action === '通过');
  if (note && adoption) {
    out.push({ field: 'adoptedBy', value: adoption.body, where: `第 ${note.pos.line} 行（题注）` });
    out.push({ field: 'adoptedOn', value: adoption.date, where: `第 ${note.pos.line} 行（题注）` });
  }
  const { effectiveDate, effectiveSourceId } = reg.facts;
  if (effectiveDate) out.push({ field: 'effective', value: effectiveDate, where: effectiveSourceId ? articleWhere(reg, effectiveSourceId) : '正文' });
  for (const r of reg.facts.repeals) out.push({ field: 'repeals', value: r.title, where: articleWhere(reg, r.sourceId) });
  return out;
}

/** Build the metadata draft for a parsed text that will live in `content/regulations/<id>/`. */
export function draftMeta(reg: ParsedRegulation, id: string, sourceName: string): MetaDraft {
  const stated = statedFacts(reg);
  const get = (field: StatedFact['field']) => stated.find((f) => f.field === field);
  const lines: string[] = [
    `# 元数据草稿：由 npm run add 根据 ${sourceName} 生成。字段含义见 src/lib/schemas/metadata.ts。`,
    '# 已填写的字段取自正文（构建时会再与正文核对）。标 TODO 的字段正文没有写明：填写后去掉行首的“# ”，',
    '# 并在 sources 中写明每个这类字段的出处（例如公告、官方网站的名称和日期）。',
    `id: ${id}`,
  ];
  const todo: string[] = [];
  const needSource: string[] = ['level', 'province'];
  const fact = (field: StatedFact['field'], ifMissing: string, required: boolean) => {
    const f = get(field);
    if (f) lines.push(`${field}: ${yamlScalar(f.value)}  # 正文${f.where}`);
    else {
      lines.push(`# ${field}:  # ${ifMissing}`);
      if (required) {
        todo.push(field);
        needSource.push(field);
      }
    }
  };
  fact('title', 'TODO 正文没有标题行：填写法规全称，并在 sources.title 写明出处', true);
  const title = get('title')?.value;
  const hint = title ? jurisdictionHint(title) : null;
  lines.push('# shortName:  # TODO 简称，用于表格和列标题，如“苏州”');
  lines.push(`# jurisdiction:  # TODO 制定地区全称，如“苏州市”${hint ? `（由标题推测为“${hint}”，请核对）` : ''}`);
  lines.push(`# level:  # TODO 层级，只能是：${LevelSchema.options.join('、')}`);
  const approval = reg.history.flatMap((h) => h.events).find((e) => e.action === '批准');
  lines.push(`# province:  # TODO 所属省级行政区（省级法规即其本身），如“江苏省”${approval ? `；正文的批准机关为“${approval.body}”` : ''}`);
  lines.push('# superior:  # （可选）上位法在语料中的 id，如 xinjiang');
  todo.push('shortName', 'jurisdiction', 'level', 'province');
  fact('adoptedBy', '（可选）正文没有通过说明：确知时填写通过机关，并在 sources.adoptedBy 写明出处', false);
  fact('adoptedOn', '（可选）同上，日期写作 YYYY-MM-DD，并在 sources.adoptedOn 写明出处', false);
  fact('effective', 'TODO 正文没有写明施行日期：填写 YYYY-MM-DD，并在 sources.effective 写明出处', true);
  const repeals = stated.filter((f) => f.field === 'repeals');
  if (repeals.length) lines.push('repeals:', ...repeals.map((r) => `  - ${yamlScalar(r.value)}  # 正文${r.where}`));
  else lines.push('repeals: []  # 正文没有写明废止其他法规');
  lines.push('sources:', ...needSource.map((f) => `  # ${f}:  # TODO ${f} 的出处`));
  return { yaml: lines.join('\n') + '\n', stated, todo, needSource };
}

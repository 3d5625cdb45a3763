import type { MatrixCondition, MatrixQuestions, SanctionVocabulary, TopicVocabulary, ProcedureVocabulary } from '../schemas/taxonomy.ts';

/** The vocabularies whose names the codebook shows instead of ids. */
export interface CodebookNames {
  topics: TopicVocabulary;
  sanctions: SanctionVocabulary;
  procedures: ProcedureVocabulary;
}

const TIMING_NAMES: Record<string, string> = { deadline: '期限', rhythm: '节奏', date: '日期', period: '期间', immediate: '立即' };

/** Say in Chinese what one condition tests, e.g. `同一分句中出现“寄递”或“快递”，且出现“实名”；情态为义务`. */
export function describeCondition(c: MatrixCondition, names: CodebookNames): string {
  const parts: string[] = [];
  const where = c.scope === 'article' ? '同一条中' : '同一分句中';
  if (c.all.length) parts.push(`${where}出现${c.all.map((g) => g.map((w) => `“${w}”`).join('或')).join('，且出现')}`);
  if (c.none.length) parts.push(`不出现${c.none.map((w) => `“${w}”`).join('、')}`);
  const label = (ids: string[] | undefined, list: ReadonlyArray<{ id: string; name: string }>) => ids?.map((id) => list.find((x) => x.id === id)?.name ?? id).join('、');
  if (c.modality) parts.push(`情态为${c.modality.join('、')}`);
  if (c.sanctions) parts.push(`后果包括${label(c.sanctions, names.sanctions.sanctions)}`);
  if (c.topics) parts.push(`主题包括${label(c.topics, names.topics.topics)}`);
  if (c.timing) parts.push(`含时限（${c.timing.map((k) => TIMING_NAMES[k] ?? k).join('、')}）`);
  if (c.procedures) parts.push(`该条含程序${label(c.procedures, names.procedures.procedures)}`);
  return parts.join('；') || '（任何分句）';
}

function describeAll(conditions: MatrixCondition[], names: CodebookNames): string {
  if (conditions.length === 0) return '—';
  if (conditions.length === 1) return describeCondition(conditions[0]!, names);
  return conditions.map((c, i) => `${i + 1}. ${describeCondition(c, names)}`).join('<br>');
}

const cellText = (s: string) => s.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/** The codebook (编码手册) as Markdown: for every question, how 是 / 部分 / 否 are derived from the analysis. */
export function matrixCodebook(questions: MatrixQuestions, names: CodebookNames): string {
  const groups = new Map(names.topics.groups.map((g) => [g.id, g.name]));
  const lines = [
    '# 平安建设条例比较矩阵 判定规则说明',
    '',
    '每个单元格的答案由本站公开的判定规则，根据条文分析的结果（分句的情态、后果、时限、主题，条中的程序）自动得出，',
    '并列出满足规则的款、项。判定顺序：满足任一“是”的规则 → **是（yes）**；否则满足任一“部分”的规则 → **部分（partly）**；否则 **否（no）**。',
    '“同一分句中出现”指规则列出的每组词各至少有一个出现在同一个分句里；“同一条中”则放宽到同一条的所有分句。',
    '',
    '| 编号 | 问题 | 分组 | 判定为“是” | 判定为“部分” | 说明 |',
    '|---|---|---|---|---|---|',
  ];
  for (const q of questions.questions) {
    const partly = describeAll(q.partly, names) + (q.partlyMeans ? `（${q.partlyMeans}）` : '');
    lines.push(
      `| ${q.id} | ${cellText(q.question)} | ${groups.get(q.group) ?? q.group} | ${cellText(describeAll(q.yes, names))} | ${cellText(partly)} | ${cellText(q.note ?? '')} |`,
    );
  }
  return lines.join('\n') + '\n';
}

import {
  ActorVocabularySchema,
  MatrixQuestionsSchema,
  ModalityVocabularySchema,
  ProcedureVocabularySchema,
  SanctionVocabularySchema,
  TimingVocabularySchema,
  TopicOverridesSchema,
  TopicVocabularySchema,
  type MatrixQuestions,
  type Vocabulary,
} from '../schemas/taxonomy.ts';

/** The vocabulary files by name, as parsed YAML (unknown until validated). */
export interface RawVocabulary {
  modalities: unknown;
  actors: unknown;
  sanctions: unknown;
  timing: unknown;
  procedures: unknown;
  topics: unknown;
  overrides: unknown;
}

/** The file names (without `.yaml`) under content/taxonomy/, by vocabulary key. */
export const VOCABULARY_FILES = {
  modalities: 'modalities',
  actors: 'actors',
  sanctions: 'sanctions',
  timing: 'timing',
  procedures: 'procedures',
  topics: 'topics',
  overrides: 'topic-overrides',
} as const satisfies Record<keyof RawVocabulary, string>;

/** Validate parsed YAML into a Vocabulary; throws a zod error naming the file and field on bad data. */
export function parseVocabulary(raw: RawVocabulary): Vocabulary {
  return {
    modalities: ModalityVocabularySchema.parse(raw.modalities),
    actors: ActorVocabularySchema.parse(raw.actors),
    sanctions: SanctionVocabularySchema.parse(raw.sanctions),
    timing: TimingVocabularySchema.parse(raw.timing),
    procedures: ProcedureVocabularySchema.parse(raw.procedures),
    topics: TopicVocabularySchema.parse(raw.topics),
    overrides: TopicOverridesSchema.parse(raw.overrides),
  };
}

/** Validate parsed `matrix.yaml`. */
export function parseMatrixQuestions(raw: unknown): MatrixQuestions {
  return MatrixQuestionsSchema.parse(raw);
}

/** Cross-file checks zod cannot make alone: unique ids and aliases, and references to ids that exist. Returns problems in Chinese. */
export function checkVocabulary(vocab: Vocabulary, matrix?: MatrixQuestions): string[] {
  const problems: string[] = [];
  const dupes = (label: string, values: string[]) => {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) problems.push(`${label}重复：${v}`);
      seen.add(v);
    }
  };
  dupes('actors.yaml 主体 id ', vocab.actors.actors.map((a) => a.id));
  dupes('actors.yaml 写法（alias）', vocab.actors.actors.flatMap((a) => a.aliases));
  dupes('sanctions.yaml id ', vocab.sanctions.sanctions.map((s) => s.id));
  dupes('topics.yaml 主题 id ', vocab.topics.topics.map((t) => t.id));
  dupes('matrix.yaml 问题 id ', matrix?.questions.map((q) => q.id) ?? []);
  const actorIds = new Set(vocab.actors.actors.map((a) => a.id));
  for (const rule of vocab.actors.implicit) if (!actorIds.has(rule.actor)) problems.push(`actors.yaml implicit 引用了不存在的主体：${rule.actor}`);
  const groupIds = new Set(vocab.topics.groups.map((g) => g.id));
  const topicIds = new Set(vocab.topics.topics.map((t) => t.id));
  for (const t of vocab.topics.topics) if (!groupIds.has(t.group)) problems.push(`topics.yaml ${t.id} 的分组不存在：${t.group}`);
  for (const o of vocab.overrides.overrides) {
    for (const id of [...o.add, ...o.remove]) if (!topicIds.has(id)) problems.push(`topic-overrides.yaml ${o.regulation} ${o.provision} 引用了不存在的主题：${id}`);
  }
  if (matrix) problems.push(...checkMatrixRefs(vocab, matrix, groupIds, topicIds));
  return problems;
}

function checkMatrixRefs(vocab: Vocabulary, matrix: MatrixQuestions, groupIds: Set<string>, topicIds: Set<string>): string[] {
  const problems: string[] = [];
  const sanctionIds = new Set(vocab.sanctions.sanctions.map((s) => s.id));
  const procedureIds = new Set(vocab.procedures.procedures.map((p) => p.id));
  for (const q of matrix.questions) {
    if (!groupIds.has(q.group)) problems.push(`matrix.yaml ${q.id} 的分组不存在：${q.group}`);
    for (const c of [...q.yes, ...q.partly]) {
      for (const id of c.sanctions ?? []) if (!sanctionIds.has(id)) problems.push(`matrix.yaml ${q.id} 引用了不存在的后果：${id}`);
      for (const id of c.topics ?? []) if (!topicIds.has(id)) problems.push(`matrix.yaml ${q.id} 引用了不存在的主题：${id}`);
      for (const id of c.procedures ?? []) if (!procedureIds.has(id)) problems.push(`matrix.yaml ${q.id} 引用了不存在的程序：${id}`);
    }
  }
  return problems;
}

import {
  ActorVocabularySchema,
  MatrixQuestionsSchema,
  ModalityVocabularySchema,
  ProcedureVocabularySchema,
  SanctionVocabularySchema,
  SynonymListSchema,
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
  synonyms: unknown;
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
  synonyms: 'synonyms',
} as const satisfies Record<keyof RawVocabulary, string>;

/** The schema of each vocabulary file, by vocabulary key. */
export const VOCABULARY_SCHEMAS = {
  modalities: ModalityVocabularySchema,
  actors: ActorVocabularySchema,
  sanctions: SanctionVocabularySchema,
  timing: TimingVocabularySchema,
  procedures: ProcedureVocabularySchema,
  topics: TopicVocabularySchema,
  overrides: TopicOverridesSchema,
  synonyms: SynonymListSchema,
} as const satisfies Record<keyof RawVocabulary, unknown>;

/** Validate parsed YAML into a Vocabulary; throws a zod error on bad data (the data build reports file:line instead: scripts/lib/load-taxonomy.ts). */
export function parseVocabulary(raw: RawVocabulary): Vocabulary {
  return {
    modalities: ModalityVocabularySchema.parse(raw.modalities),
    actors: ActorVocabularySchema.parse(raw.actors),
    sanctions: SanctionVocabularySchema.parse(raw.sanctions),
    timing: TimingVocabularySchema.parse(raw.timing),
    procedures: ProcedureVocabularySchema.parse(raw.procedures),
    topics: TopicVocabularySchema.parse(raw.topics),
    overrides: TopicOverridesSchema.parse(raw.overrides),
    synonyms: SynonymListSchema.parse(raw.synonyms),
  };
}

/** Validate parsed `matrix.yaml`. */
export function parseMatrixQuestions(raw: unknown): MatrixQuestions {
  return MatrixQuestionsSchema.parse(raw);
}

/** A mistake across entries or files, at a path of one file (so the loader can print its line). */
export interface VocabularyProblem {
  /** File name under content/taxonomy/, e.g. `actors.yaml`. */
  file: string;
  /** Path of the offending value in that file's data, e.g. `['actors', 3, 'aliases', 0]`. */
  path: Array<string | number>;
  ruleId: 'taxonomy-duplicate' | 'taxonomy-reference';
  /** In Chinese. */
  reason: string;
}

/** Cross-file checks zod cannot make alone: unique ids and aliases, and references to ids that exist. */
export function checkVocabulary(vocab: Vocabulary, matrix?: MatrixQuestions): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const ref = (file: string, path: Array<string | number>, reason: string) => problems.push({ file, path, ruleId: 'taxonomy-reference', reason });
  const dupes = (file: string, label: string, values: Array<[string, Array<string | number>]>) => {
    const seen = new Set<string>();
    for (const [v, path] of values) {
      if (seen.has(v)) problems.push({ file, path, ruleId: 'taxonomy-duplicate', reason: `${label}重复：${v}` });
      seen.add(v);
    }
  };
  dupes(
    'actors.yaml',
    '主体 id ',
    vocab.actors.actors.map((a, i) => [a.id, ['actors', i, 'id']]),
  );
  dupes(
    'actors.yaml',
    '写法（alias）',
    vocab.actors.actors.flatMap((a, i) => a.aliases.map((x, k): [string, Array<string | number>] => [x, ['actors', i, 'aliases', k]])),
  );
  dupes(
    'sanctions.yaml',
    'id ',
    vocab.sanctions.sanctions.map((x, i) => [x.id, ['sanctions', i, 'id']]),
  );
  dupes(
    'topics.yaml',
    '主题 id ',
    vocab.topics.topics.map((t, i) => [t.id, ['topics', i, 'id']]),
  );
  dupes(
    'synonyms.yaml',
    '检索词 ',
    vocab.synonyms.entries.flatMap((e, i) => e.terms.map((t, k): [string, Array<string | number>] => [t, ['entries', i, 'terms', k]])),
  );
  dupes('matrix.yaml', '问题 id ', matrix?.questions.map((q, i) => [q.id, ['questions', i, 'id']]) ?? []);
  const actorIds = new Set(vocab.actors.actors.map((a) => a.id));
  vocab.actors.implicit.forEach((rule, i) => {
    if (!actorIds.has(rule.actor)) ref('actors.yaml', ['implicit', i, 'actor'], `implicit 引用了不存在的主体：${rule.actor}`);
  });
  const groupIds = new Set(vocab.topics.groups.map((g) => g.id));
  const topicIds = new Set(vocab.topics.topics.map((t) => t.id));
  vocab.topics.topics.forEach((t, i) => {
    if (!groupIds.has(t.group)) ref('topics.yaml', ['topics', i, 'group'], `${t.id} 的分组不存在：${t.group}`);
  });
  vocab.overrides.overrides.forEach((o, i) => {
    for (const key of ['add', 'remove'] as const) {
      o[key].forEach((id, k) => {
        if (!topicIds.has(id)) ref('topic-overrides.yaml', ['overrides', i, key, k], `${o.regulation} ${o.provision} 引用了不存在的主题：${id}`);
      });
    }
  });
  if (matrix) checkMatrixRefs(vocab, matrix, groupIds, topicIds, ref);
  return problems;
}

function checkMatrixRefs(
  vocab: Vocabulary,
  matrix: MatrixQuestions,
  groupIds: Set<string>,
  topicIds: Set<string>,
  ref: (file: string, path: Array<string | number>, reason: string) => void,
): void {
  const sanctionIds = new Set(vocab.sanctions.sanctions.map((s) => s.id));
  const procedureIds = new Set(vocab.procedures.procedures.map((p) => p.id));
  matrix.questions.forEach((q, i) => {
    if (!groupIds.has(q.group)) ref('matrix.yaml', ['questions', i, 'group'], `${q.id} 的分组不存在：${q.group}`);
    for (const list of ['yes', 'partly'] as const) {
      q[list].forEach((c, k) => {
        const check = (key: 'sanctions' | 'topics' | 'procedures', known: Set<string>, what: string) =>
          (c[key] ?? []).forEach((id, m) => {
            if (!known.has(id)) ref('matrix.yaml', ['questions', i, list, k, key, m], `${q.id} 引用了不存在的${what}：${id}`);
          });
        check('sanctions', sanctionIds, '后果');
        check('topics', topicIds, '主题');
        check('procedures', procedureIds, '程序');
      });
    }
  });
}

import { describe, expect, it } from 'vitest';
import { readRawVocabulary, readTaxonomyFile } from '../../scripts/lib/load-taxonomy.ts';
import { checkVocabulary, parseMatrixQuestions, parseVocabulary } from '../../src/lib/analyze/vocabulary.ts';
import {
  ActorVocabularySchema,
  MatrixQuestionsSchema,
  ModalityVocabularySchema,
  ProcedureVocabularySchema,
  SanctionVocabularySchema,
  TimingVocabularySchema,
  TopicOverridesSchema,
  TopicVocabularySchema,
} from '../../src/lib/schemas/taxonomy.ts';
import { regulations } from './analyze-helpers.ts';

const raw = readRawVocabulary();
const matrixRaw = readTaxonomyFile('matrix');

describe('the vocabularies in content/taxonomy', () => {
  it.each([
    ['modalities.yaml', ModalityVocabularySchema, raw.modalities],
    ['actors.yaml', ActorVocabularySchema, raw.actors],
    ['sanctions.yaml', SanctionVocabularySchema, raw.sanctions],
    ['timing.yaml', TimingVocabularySchema, raw.timing],
    ['procedures.yaml', ProcedureVocabularySchema, raw.procedures],
    ['topics.yaml', TopicVocabularySchema, raw.topics],
    ['topic-overrides.yaml', TopicOverridesSchema, raw.overrides],
    ['matrix.yaml', MatrixQuestionsSchema, matrixRaw],
  ] as const)('%s validates against its schema', (_file, schema, data) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('have unique ids and aliases, and refer only to ids that exist', () => {
    expect(checkVocabulary(parseVocabulary(raw), parseMatrixQuestions(matrixRaw))).toEqual([]);
  });

  it('has about forty topics in eight teaching groups, each group used', () => {
    const topics = TopicVocabularySchema.parse(raw.topics);
    expect(topics.topics.length).toBeGreaterThanOrEqual(35);
    expect(topics.topics.length).toBeLessThanOrEqual(50);
    expect(topics.groups.map((g) => g.name)).toEqual(['组织与责任', '风险防范', '矛盾纠纷化解', '重点领域', '社会参与', '保障与数据', '考核、奖惩与问责', '总则与附则']);
    for (const g of topics.groups)
      expect(
        topics.topics.some((t) => t.group === g.id),
        g.id,
      ).toBe(true);
  });

  it('has overrides only for provisions that exist', () => {
    const overrides = TopicOverridesSchema.parse(raw.overrides).overrides;
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) {
      const reg = regulations.find((r) => r.meta.id === o.regulation);
      const ids = reg?.parsed.articles.flatMap((a) => [a.id, ...a.paragraphs.flatMap((p) => [p.id, ...p.items.map((i) => i.id)])]) ?? [];
      expect(ids, `${o.regulation} ${o.provision}`).toContain(o.provision);
    }
  });

  it('rejects bad data with the field that is wrong', () => {
    const badRegex = { ...(raw.sanctions as object), sanctions: [{ id: 'x', name: 'x', kind: '惩戒', patterns: ['(未闭合'] }] };
    expect(SanctionVocabularySchema.safeParse(badRegex).error?.issues[0]?.message).toBe('不是合法的正则表达式');
    const badModality = { ...(raw.modalities as object), order: ['命令'] };
    expect(ModalityVocabularySchema.safeParse(badModality).error?.issues[0]?.path).toEqual(['order', 0]);
    const badId = { overrides: [{ regulation: 'shanxi', provision: 'art_6', add: ['Not_An_Id'], reason: '测试' }] };
    expect(TopicOverridesSchema.safeParse(badId).success).toBe(false);
    const extraKey = { ...(raw.topics as object), colour: 'red' };
    expect(TopicVocabularySchema.safeParse(extraKey).success).toBe(false);
  });

  it('reports cross-file mistakes in Chinese', () => {
    const vocab = parseVocabulary(raw);
    const broken = {
      ...vocab,
      overrides: { overrides: [{ regulation: 'shanxi', provision: 'art_6', add: ['no-such-topic'], remove: [], reason: '测试' }] },
      actors: { ...vocab.actors, actors: [...vocab.actors.actors, { ...vocab.actors.actors[0]!, id: 'copy' }] },
    };
    const problems = checkVocabulary(broken);
    expect(problems).toContainEqual({
      file: 'topic-overrides.yaml',
      path: ['overrides', 0, 'add', 0],
      ruleId: 'taxonomy-reference',
      reason: 'shanxi art_6 引用了不存在的主题：no-such-topic',
    });
    // the copy repeats the first actor's aliases: each is reported at the copy's own entry
    const copy = broken.actors.actors.length - 1;
    expect(problems.filter((p) => p.reason.startsWith('写法（alias）重复：')).map((p) => p.path)).toEqual(
      vocab.actors.actors[0]!.aliases.map((_, k) => ['actors', copy, 'aliases', k]),
    );
  });
});

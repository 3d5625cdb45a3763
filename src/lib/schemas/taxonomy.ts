import { z } from 'zod';

/** A regular expression written as a string in YAML; checked to compile (Unicode mode). */
const RegexString = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, '不是合法的正则表达式');

/** A stable vocabulary id: lowercase ASCII words joined by hyphens, e.g. `public-security`. */
const VocabId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'id 只能包含小写字母、数字和连字符');

/** The kinds of norm a clause can state (规范类型). */
export const ModalitySchema = z.enum(['义务', '禁止', '授权', '倡导', '定义', '施行', '废止', '罚则', '情形', '陈述']);
export type Modality = z.output<typeof ModalitySchema>;

/** What a list lead-in (`履行下列职责：`, `有下列情形之一的`) makes of the items under it. */
export const ListKindSchema = z.enum(['duties', 'conditions', 'tasks', 'definitions']);
export type ListKind = z.output<typeof ListKindSchema>;

/** `content/taxonomy/modalities.yaml`: the words that mark each modality and how clauses are typed. */
export const ModalityVocabularySchema = z
  .object({
    /** Marker patterns; a clause has every modality whose pattern matches it. */
    markers: z
      .array(
        z.strictObject({
          /** The modality the pattern marks. */
          modality: ModalitySchema,
          /** Regular expression, e.g. `应当`, `(?<![谁府接])负责(?![人的])`. */
          pattern: RegexString,
          /** Whether the words before the marker name the actor (应当, 不得 …) or the words after it (鼓励, 支持). */
          actor: z.enum(['before', 'after', 'none']).default('before'),
          /** Why the pattern looks the way it does. */
          note: z.string().optional(),
        }),
      )
      .min(1),
    /** Modalities that are the primary one whenever present, in this order (定义, 施行, 废止). */
    structural: z.array(ModalitySchema),
    /** Order of the `modalities` list of a clause; otherwise the first marker in the text is the primary modality. */
    order: z.array(ModalitySchema).min(1),
    /** Verbs that make an actor-led sentence without a modal word an (implicit) duty: `公安机关加强…`. */
    implicitDutyVerbs: z.array(z.string().min(1)),
    /** Words that may open what stands between such an actor and its verb (`根据工作需要，确定…`, `会同有关部门加强…`). */
    implicitDutyAdverbials: z.array(z.string().min(1)),
    /** Lead-in patterns that say what the items of a paragraph are. */
    listLeads: z.array(
      z.strictObject({
        /** What the items are. */
        kind: ListKindSchema,
        /** Pattern on the lead-in text, e.g. `下列情形`. */
        pattern: RegexString,
      }),
    ),
  })
  .strict();
export type ModalityVocabulary = z.output<typeof ModalityVocabularySchema>;

/** One administrative level (层级) that can stand before a body: 各级, 县级以上, 乡镇 … */
export const LevelEntrySchema = z.strictObject({
  /** Stable id, e.g. `county-up`. */
  id: VocabId,
  /** Display name, e.g. 县级以上. */
  name: z.string().min(1),
  /** Spellings in the texts, e.g. 县（市、区）, 县级市（区）. */
  aliases: z.array(z.string().min(1)).min(1),
});
export type LevelEntry = z.output<typeof LevelEntrySchema>;

/** One actor (责任主体) of the reviewed vocabulary. */
export const ActorEntrySchema = z.strictObject({
  /** Stable id, e.g. `public-security`. */
  id: VocabId,
  /** Normalised name, e.g. 公安机关. */
  name: z.string().min(1),
  /** Group for tables: 党政机关, 政法机关, 政府部门, 群团组织, 基层组织, 市场主体, 社会力量, 个人, 其他. */
  group: z.string().min(1),
  /** Keep the level (各级 / 县级以上 / 乡镇 …) in the normalised form, because it changes who is bound. */
  leveled: z.boolean().default(false),
  /** Aliases that also fix the level, e.g. `受理申诉的机构: upper` (xinjiang 第五十五条: the body one level up). */
  aliasLevels: z.record(z.string(), VocabId).default({}),
  /** A role held in organisations (主要负责人): `人民团体、企业事业单位和其他社会组织法定代表人` means this role. */
  possessed: z.boolean().default(false),
  /** Spellings in the texts that mean this actor (exact, after qualifiers are stripped). */
  aliases: z.array(z.string().min(1)).min(1),
  /** A reviewer's note, e.g. why an alias maps here. */
  note: z.string().optional(),
});
export type ActorEntry = z.output<typeof ActorEntrySchema>;

/** `content/taxonomy/actors.yaml`: actors, levels, and the small grammar used to find subjects. */
export const ActorVocabularySchema = z
  .object({
    /** Administrative levels. */
    levels: z.array(LevelEntrySchema),
    /** The actors. */
    actors: z.array(ActorEntrySchema).min(1),
    /** Head nouns that make an unknown phrase an actor to report (部门, 机关, 单位 …). */
    heads: z.array(z.string().min(1)),
    /** Qualifiers stripped before lookup (本市, 有关, 其他 …). */
    prefixes: z.array(z.string().min(1)),
    /** Noise stripped from the end of a subject (的平安建设工作). */
    subjectSuffixes: z.array(z.string().min(1)),
    /** Words that end a subject phrase (对, 在, 按照, 加强 …). */
    stopWords: z.array(z.string().min(1)),
    /** Prepositions that show a `…的` phrase is a predicate, not a modifier (`对…成绩突出的单位`). */
    prepositions: z.array(z.string().min(1)),
    /** Names that contain 和/及/与/、 and must not be split as lists (住房和城乡建设). */
    joined: z.array(z.string().min(1)),
    /** Reviewed implied subjects for clauses whose text names none (无主句). */
    implicit: z.array(
      z.strictObject({
        /** Pattern on the clause text. */
        pattern: RegexString,
        /** Actor id the clause is attributed to. */
        actor: VocabId,
        /** Why; shown to the reader. */
        note: z.string().min(1),
      }),
    ),
  })
  .strict();
export type ActorVocabulary = z.output<typeof ActorVocabularySchema>;

/** Kinds of consequence: 惩戒 (penalty), 督导 (supervisory measure), 追责 (liability), 激励 (reward), 建议 (recommendation). */
export const SanctionKindSchema = z.enum(['惩戒', '督导', '追责', '激励', '建议']);
export type SanctionKind = z.output<typeof SanctionKindSchema>;

/** `content/taxonomy/sanctions.yaml`: the consequences a clause can attach. */
export const SanctionVocabularySchema = z
  .object({
    /** The consequences. */
    sanctions: z
      .array(
        z.strictObject({
          /** Stable id, e.g. `one-vote-veto`. */
          id: VocabId,
          /** Display name, e.g. 一票否决. */
          name: z.string().min(1),
          /** Kind of consequence. */
          kind: SanctionKindSchema,
          /** Patterns that find it in a clause. */
          patterns: z.array(RegexString).min(1),
          /** Clause patterns under which the same words are a measure against a thing (a risk, a problem area), not a consequence for whoever failed a duty. */
          notWhen: z.array(RegexString).optional(),
          /** Reviewer's note. */
          note: z.string().optional(),
        }),
      )
      .min(1),
  })
  .strict();
export type SanctionVocabulary = z.output<typeof SanctionVocabularySchema>;

/** Kinds of time expression: deadline (30日内, 限期), rhythm (每年, 定期), date (年底, 十二月第二周), period (本年度), immediate (立即). */
export const TimingKindSchema = z.enum(['deadline', 'rhythm', 'date', 'period', 'immediate']);
export type TimingKind = z.output<typeof TimingKindSchema>;

/** `content/taxonomy/timing.yaml`: time limits and rhythms. */
export const TimingVocabularySchema = z
  .object({
    /** The time expressions. */
    timings: z
      .array(
        z.strictObject({
          /** Stable id, e.g. `within-days`. */
          id: VocabId,
          /** Display name, e.g. 限期（日）. */
          name: z.string().min(1),
          /** Kind of time expression. */
          kind: TimingKindSchema,
          /** Pattern; a named group `n` holds a number (Arabic or Chinese) when the expression has one. */
          pattern: RegexString,
          /** Unit of `n`. */
          unit: z.enum(['日', '工作日', '月', '年']).optional(),
        }),
      )
      .min(1),
  })
  .strict();
export type TimingVocabulary = z.output<typeof TimingVocabularySchema>;

/** `content/taxonomy/procedures.yaml`: named procedures with ordered steps, and reporting patterns. */
export const ProcedureVocabularySchema = z
  .object({
    /** The procedures. */
    procedures: z.array(
      z.strictObject({
        /** Stable id, e.g. `veto-appeal`. */
        id: VocabId,
        /** Display name, e.g. 一票否决申诉. */
        name: z.string().min(1),
        /** Pattern that says an article contains this procedure. */
        trigger: RegexString,
        /** Steps; their order in the output is the order in which the text states them. */
        steps: z
          .array(
            z.strictObject({
              /** Step id, e.g. `review`. */
              id: VocabId,
              /** Display name, e.g. 复查. */
              name: z.string().min(1),
              /** Pattern that finds the step. */
              pattern: RegexString,
            }),
          )
          .min(2),
      }),
    ),
    /** Reporting-duty patterns; a named group `to` holds the recipient when stated. */
    reporting: z.array(RegexString).min(1),
  })
  .strict();
export type ProcedureVocabulary = z.output<typeof ProcedureVocabularySchema>;

/** `content/taxonomy/topics.yaml`: subjects grouped the way a trainer teaches them. */
export const TopicVocabularySchema = z
  .object({
    /** Teaching groups, in teaching order. */
    groups: z
      .array(
        z.strictObject({
          /** Group id, e.g. `key-fields`. */
          id: VocabId,
          /** Display name, e.g. 重点领域. */
          name: z.string().min(1),
        }),
      )
      .min(1),
    /** Topics. */
    topics: z
      .array(
        z.strictObject({
          /** Stable id, e.g. `telecom-fraud`. */
          id: VocabId,
          /** Display name, e.g. 电信网络诈骗治理. */
          name: z.string().min(1),
          /** Group id. */
          group: VocabId,
          /** Words whose presence assigns the topic. */
          keywords: z.array(z.string().min(1)).min(1),
          /** Words whose presence blocks a keyword match in the same clause (e.g. 网格 for 网络). */
          exclude: z.array(z.string().min(1)).default([]),
          /** One line for the reader. */
          description: z.string().optional(),
        }),
      )
      .min(1),
  })
  .strict();
export type TopicVocabulary = z.output<typeof TopicVocabularySchema>;

/** `content/taxonomy/topic-overrides.yaml`: reviewed corrections of topic assignments. */
export const TopicOverridesSchema = z
  .object({
    /** The corrections. */
    overrides: z.array(
      z.strictObject({
        /** Regulation id, e.g. `shanxi`. */
        regulation: z.string().min(1),
        /** Provision id the correction applies to (and everything inside it), e.g. `art_6` or `art_9__para_1__item_5`. */
        provision: z.string().min(1),
        /** Topic ids to add. */
        add: z.array(VocabId).default([]),
        /** Topic ids to remove. */
        remove: z.array(VocabId).default([]),
        /** Why; shown to the reader as the evidence. */
        reason: z.string().min(1),
        /** Who reviewed it. */
        reviewer: z.string().optional(),
      }),
    ),
  })
  .strict();
export type TopicOverrides = z.output<typeof TopicOverridesSchema>;

/** One test a matrix answer applies to a clause (or to an article, with `scope: article`). */
export const MatrixConditionSchema = z
  .object({
    /** Groups of words: each group must have one word present (e.g. `[[寄递, 快递], [实名, 身份]]`). */
    all: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /** Words none of which may be present. */
    none: z.array(z.string().min(1)).default([]),
    /** The clause's modalities must include one of these. */
    modality: z.array(ModalitySchema).optional(),
    /** The clause must carry one of these sanction ids. */
    sanctions: z.array(VocabId).optional(),
    /** The clause must have one of these topic ids. */
    topics: z.array(VocabId).optional(),
    /** The clause must state a time expression of one of these kinds. */
    timing: z.array(TimingKindSchema).optional(),
    /** The article must contain one of these procedure ids. */
    procedures: z.array(VocabId).optional(),
    /** Where the words must co-occur: one clause (default) or anywhere in one article. */
    scope: z.enum(['clause', 'article']).default('clause'),
  })
  .strict();
export type MatrixCondition = z.output<typeof MatrixConditionSchema>;

/** `content/taxonomy/matrix.yaml`: the questions of the policy-surveillance table and how each answer is derived. */
export const MatrixQuestionsSchema = z
  .object({
    /** The questions, in display order. */
    questions: z
      .array(
        z.strictObject({
          /** Stable id, e.g. `one-vote-veto`. */
          id: VocabId,
          /** The question as a drafter asks it, e.g. 规定一票否决？ */
          question: z.string().min(2),
          /** Topic group id the question belongs to. */
          group: VocabId,
          /** Any of these conditions → 是 (yes). */
          yes: z.array(MatrixConditionSchema).min(1),
          /** Else any of these → 部分 (partly). */
          partly: z.array(MatrixConditionSchema).default([]),
          /** What 部分 means for this question, for the codebook. */
          partlyMeans: z.string().optional(),
          /** A note for the codebook. */
          note: z.string().optional(),
        }),
      )
      .min(1),
  })
  .strict();
export type MatrixQuestions = z.output<typeof MatrixQuestionsSchema>;
export type MatrixQuestion = MatrixQuestions['questions'][number];

/** One reviewed near-synonym of `content/taxonomy/synonyms.yaml`: what people type → how the regulations word it. */
export const SynonymEntrySchema = z
  .object({
    /** What people type (matched as a whole query term), e.g. 反诈. */
    terms: z.array(z.string().min(1)).min(1),
    /** How the regulations word it; searched as well, ranked like the typed term. */
    expand: z.array(z.string().min(1)).min(1),
    /** Where the statutory wording occurs, so a reviewer can check the entry. */
    basis: z.string().min(5),
  })
  .strict();
export type SynonymEntry = z.output<typeof SynonymEntrySchema>;

/** `content/taxonomy/synonyms.yaml`: the search's reviewed near-synonyms. */
export const SynonymListSchema = z.strictObject({ entries: z.array(SynonymEntrySchema) }).strict();
export type SynonymList = z.output<typeof SynonymListSchema>;

/** All vocabularies the analysis and the search need, parsed and validated. */
export interface Vocabulary {
  modalities: ModalityVocabulary;
  actors: ActorVocabulary;
  sanctions: SanctionVocabulary;
  timing: TimingVocabulary;
  procedures: ProcedureVocabulary;
  topics: TopicVocabulary;
  overrides: TopicOverrides;
  synonyms: SynonymList;
}

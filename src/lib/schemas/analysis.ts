import { z } from 'zod';
import { ModalitySchema, SanctionKindSchema, TimingKindSchema } from './taxonomy.ts';

/** How an actor was found for a clause. */
export const ActorViaSchema = z.enum([
  'subject', // the words before 应当 / 不得 / 可以 … name it
  'addressee', // the words after 鼓励 / 支持 name it
  'agent', // 由…负责 / 由…给予处分
  'list-lead', // an item inherits the actors of its paragraph's lead-in (shanxi 第九条)
  'carried', // an earlier clause of the same paragraph or article names it (topic chain)
  'implicit', // the text names nobody; a reviewed rule in actors.yaml supplies the actor
]);
export type ActorVia = z.output<typeof ActorViaSchema>;

/** An actor (责任主体) of a clause: the words as written and their normalised form. */
export const ActorRefSchema = z.object({
  /** The words as written, e.g. `公安`, `县（区）人民政府`. */
  raw: z.string(),
  /** The words looked up, when a shared head was borrowed from the list (`公安` → `公安部门`). */
  expanded: z.string(),
  /** Vocabulary id, or null when the vocabulary does not cover it (see uncoveredActors). */
  id: z.string().nullable(),
  /** Level id (e.g. `county-up`) for actors whose level is kept; null otherwise. */
  level: z.string().nullable(),
  /** Normalised key: `id` or `id@level`; null when uncovered. */
  key: z.string().nullable(),
  /** Normalised display name, e.g. 县级以上人民政府; the raw words when uncovered. */
  name: z.string(),
  /** How it was found. */
  via: ActorViaSchema,
});
export type ActorRef = z.output<typeof ActorRefSchema>;

/** A word that marked a modality. */
export const MarkerHitSchema = z.object({
  /** The modality marked. */
  modality: ModalitySchema,
  /** The matched words. */
  text: z.string(),
  /** Offset in the clause text. */
  start: z.number().int().nonnegative(),
  /** True for a duty read from an actor-led sentence without a modal word (`公安机关加强…`). */
  implicit: z.boolean(),
});
export type MarkerHit = z.output<typeof MarkerHitSchema>;

/** A consequence found in a clause. */
export const SanctionHitSchema = z.object({
  /** Vocabulary id, e.g. `one-vote-veto`. */
  id: z.string(),
  /** Display name, e.g. 一票否决. */
  name: z.string(),
  /** 惩戒 / 督导 / 追责 / 激励 / 建议. */
  kind: SanctionKindSchema,
  /** The matched words. */
  text: z.string(),
  /** Offset in the clause text. */
  start: z.number().int().nonnegative(),
});
export type SanctionHit = z.output<typeof SanctionHitSchema>;

/** A time limit, rhythm or date found in a clause. */
export const TimingHitSchema = z.object({
  /** Vocabulary id, e.g. `within-days`. */
  id: z.string(),
  /** Display name, e.g. 日内时限. */
  name: z.string(),
  /** deadline / rhythm / date / period / immediate. */
  kind: TimingKindSchema,
  /** The matched words, e.g. 在接到申诉的30日内. */
  text: z.string(),
  /** Offset in the clause text. */
  start: z.number().int().nonnegative(),
  /** The number stated, e.g. 30; null when none. */
  value: z.number().nullable(),
  /** Unit of `value`. */
  unit: z.string().nullable(),
});
export type TimingHit = z.output<typeof TimingHitSchema>;

/** A reporting duty (向…报告). */
export const ReportHitSchema = z.object({
  /** The matched words, e.g. 及时向公安机关报告. */
  text: z.string(),
  /** Recipients, normalised like actors (via `subject`). */
  recipients: z.array(ActorRefSchema),
});
export type ReportHit = z.output<typeof ReportHitSchema>;

/** Where a topic assignment comes from. */
export const TopicSourceSchema = z.enum(['keyword', 'override', 'hook']);

/** A topic of a clause or paragraph, with the evidence a reader can check. */
export const TopicHitSchema = z.object({
  /** Topic id, e.g. `telecom-fraud`. */
  id: z.string(),
  /** Display name, e.g. 电信网络诈骗治理. */
  name: z.string(),
  /** keyword: matched words; override: a reviewed correction; hook: another layer (e.g. alignment groups). */
  source: TopicSourceSchema,
  /** Matched words, the override's reason, or the hook's explanation. */
  evidence: z.array(z.string()),
});
export type TopicHit = z.output<typeof TopicHitSchema>;

/** One clause (分句): a sentence of a paragraph, item or sub-item, or a part of one with its own subject. */
export const ClauseSchema = z.object({
  /** `<sourceId>__cl_<n>`, n 1-based within the source node. */
  id: z.string(),
  /** Id of the paragraph / item / sub-item the clause comes from. */
  sourceId: z.string(),
  /** Id of the article. */
  articleId: z.string(),
  /** Offset of the clause in the source node's `text` (UTF-16 units). */
  start: z.number().int().nonnegative(),
  /** Offset just past the clause. */
  end: z.number().int().nonnegative(),
  /** The clause text. */
  text: z.string(),
  /** Primary modality: 定义/施行/废止 when present, else the first marker's (see modalities.yaml). */
  modality: ModalitySchema,
  /** Every modality found, in the order of modalities.yaml. */
  modalities: z.array(ModalitySchema),
  /** The words that marked them. */
  markers: z.array(MarkerHitSchema),
  /** Actors: duty bearers (subjects) or, for 倡导, the encouraged parties; for 罚则 the body that imposes it. */
  actors: z.array(ActorRefSchema),
  /** The condition (…的) the clause attaches its consequence to, when it has one. */
  condition: z.string().nullable(),
  /** Consequences. */
  sanctions: z.array(SanctionHitSchema),
  /** Time limits, rhythms and dates. */
  timings: z.array(TimingHitSchema),
  /** Reporting duties. */
  reports: z.array(ReportHitSchema),
  /** Topics with evidence. */
  topics: z.array(TopicHitSchema),
});
export type Clause = z.output<typeof ClauseSchema>;

/** Topics of one paragraph (its lead-in, items and sub-items together). */
export const ParagraphTopicsSchema = z.object({
  /** Paragraph id. */
  id: z.string(),
  /** Id of the article. */
  articleId: z.string(),
  /** Topic ids with evidence, merged from the clauses, overrides and hooks. */
  topics: z.array(TopicHitSchema),
});
export type ParagraphTopics = z.output<typeof ParagraphTopicsSchema>;

/** A condition list (情形) and the consequences it triggers. */
export const TriggerRuleSchema = z.object({
  /** Id of the article. */
  articleId: z.string(),
  /** The paragraph whose lead-in says 有下列情形之一的. */
  sourceId: z.string(),
  /** The conditions: one per item. */
  triggers: z.array(
    z.object({
      /** Item id. */
      sourceId: z.string(),
      /** The condition as written. */
      text: z.string(),
    }),
  ),
  /** Consequences stated in the same article, with the clause they come from. */
  sanctions: z.array(
    z.object({
      /** Sanction id. */
      id: z.string(),
      /** Display name. */
      name: z.string(),
      /** Kind of consequence. */
      kind: SanctionKindSchema,
      /** The clause stating it. */
      clauseId: z.string(),
    }),
  ),
});
export type TriggerRule = z.output<typeof TriggerRuleSchema>;

/** A procedure found in an article, with its steps in the order the text states them. */
export const ProcedureHitSchema = z.object({
  /** Vocabulary id, e.g. `veto-appeal`. */
  id: z.string(),
  /** Display name, e.g. 一票否决的申诉与复查. */
  name: z.string(),
  /** Id of the article. */
  articleId: z.string(),
  /** Steps in the order the text states them. */
  steps: z.array(
    z.object({
      /** Step id, e.g. `review`. */
      id: z.string(),
      /** Display name, e.g. 复查. */
      name: z.string(),
      /** The clause stating the step. */
      clauseId: z.string(),
      /** The matched words. */
      text: z.string(),
    }),
  ),
});
export type ProcedureHit = z.output<typeof ProcedureHitSchema>;

/** The analysis of one regulation. */
export const RegulationAnalysisSchema = z.object({
  /** Regulation id. */
  regulationId: z.string(),
  /** Every clause, in document order. */
  clauses: z.array(ClauseSchema),
  /** Topics per paragraph, in document order. */
  paragraphs: z.array(ParagraphTopicsSchema),
  /** Condition lists and what they trigger. */
  triggers: z.array(TriggerRuleSchema),
  /** Procedures with ordered steps. */
  procedures: z.array(ProcedureHitSchema),
  /** Date in force as the text states it, with its source node. */
  inForce: z.object({
    /** ISO date, or null when the text states none. */
    date: z.string().nullable(),
    /** Node stating it. */
    sourceId: z.string().nullable(),
  }),
  /** Laws the text repeals. */
  repeals: z.array(
    z.object({
      /** Title without 《》. */
      title: z.string(),
      /** Node stating it. */
      sourceId: z.string(),
    }),
  ),
});
export type RegulationAnalysis = z.output<typeof RegulationAnalysisSchema>;

/** An actor phrase the vocabulary does not cover yet, with where it occurs. */
export const UncoveredActorSchema = z.object({
  /** The phrase looked up (with a borrowed head, if any). */
  text: z.string(),
  /** How many clauses name it. */
  count: z.number().int().positive(),
  /** `<regulationId>:<clauseId>` of each occurrence. */
  occurrences: z.array(z.string()),
});
export type UncoveredActor = z.output<typeof UncoveredActorSchema>;

/** Yes / no / partly, as policy-surveillance tables code a cell. */
export const MatrixAnswerSchema = z.enum(['yes', 'no', 'partly']);
export type MatrixAnswer = z.output<typeof MatrixAnswerSchema>;

/** One cell of the matrix: a jurisdiction's answer to a question, with the provisions cited. */
export const MatrixCellSchema = z.object({
  /** The regulation (column). */
  regulationId: z.string(),
  /** yes / no / partly. */
  answer: MatrixAnswerSchema,
  /** Ids of the paragraphs / items whose clauses satisfied the rule, in document order. */
  provisions: z.array(z.string()),
  /** Ids of the articles of those provisions. */
  articles: z.array(z.string()),
});
export type MatrixCell = z.output<typeof MatrixCellSchema>;

/** The policy-surveillance matrix: questions × jurisdictions. */
export const MatrixSchema = z.object({
  /** Columns: the regulations in the order given. */
  jurisdictions: z.array(
    z.object({
      /** Regulation id. */
      id: z.string(),
      /** Column heading, e.g. 苏州. */
      shortName: z.string(),
    }),
  ),
  /** Rows, in the order of matrix.yaml. */
  rows: z.array(
    z.object({
      /** Question id. */
      id: z.string(),
      /** The question, e.g. 规定一票否决？ */
      question: z.string(),
      /** Topic group id. */
      group: z.string(),
      /** One cell per jurisdiction, in column order. */
      cells: z.array(MatrixCellSchema),
    }),
  ),
});
export type Matrix = z.output<typeof MatrixSchema>;

import { z } from 'zod';

/** Article numbers of one other regulation that regulate a subject, most fitting first; `[]` means it has none. */
export const CounterpartListSchema = z.array(z.number().int().positive());

/**
 * One subject of a labelled article and its counterparts in every other regulation. Keys besides `subject`,
 * `paras` and `unsure` are regulation ids (checked against the corpus by the loader).
 */
export const LabelledSubjectSchema = z
  .object({
    /** The subject in a few words, e.g. 网格化服务管理. */
    subject: z.string().min(1),
    /** The article's paragraphs (款 numbers) this subject covers; absent = the whole article. */
    paras: z.array(z.number().int().positive()).min(1).optional(),
    /** Regulations whose judgement for this subject a careful reader could dispute. */
    unsure: z.array(z.string()).default([]),
  })
  .catchall(CounterpartListSchema);
export type LabelledSubject = z.output<typeof LabelledSubjectSchema>;

/** One regulation's label file: for each of its articles, the subjects and their counterparts elsewhere. */
export const AlignmentLabelFileSchema = z.object({
  /** The labelled regulation's id. */
  regulation: z.string(),
  /** sha256 of the source text the labels were read from: the build uses them as evidence only for that text. */
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Article number → its subjects. */
  articles: z.record(z.string().regex(/^\d+$/), z.array(LabelledSubjectSchema).min(1)),
});
export type AlignmentLabelFile = z.output<typeof AlignmentLabelFileSchema>;

/** One judgement: for a subject of an article of `from`, which articles of `to` are acceptable first counterparts. */
export const AlignmentJudgementSchema = z.object({
  from: z.string(),
  /** Article number in `from`. */
  article: z.number().int().positive(),
  subject: z.string(),
  /** Paragraph numbers of the article that the subject covers (all of them when the label gives none). */
  paras: z.array(z.number().int().positive()),
  /** How many subjects of the article share exactly these paragraphs (then the first that many shown may serve them). */
  sharing: z.number().int().positive(),
  to: z.string(),
  /** Acceptable first counterparts (article numbers); empty = no counterpart. */
  accept: z.array(z.number().int().positive()),
  sure: z.boolean(),
});
export type AlignmentJudgement = z.output<typeof AlignmentJudgementSchema>;

/** The judgements the data build used (src/generated/alignment-labels.json, and the /data/ download): only label files read from the current texts. */
export const BuiltLabelsSchema = z.object({
  regulations: z.array(z.object({ id: z.string(), sourceSha256: z.string() })),
  judgements: z.array(AlignmentJudgementSchema),
});
export type BuiltLabels = z.output<typeof BuiltLabelsSchema>;

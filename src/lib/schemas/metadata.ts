import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

/** Administrative level of the enacting jurisdiction. */
export const LevelSchema = z.enum(['省', '自治区', '直辖市', '自治州', '设区的市', '自治县', '经济特区']);
export type Level = z.output<typeof LevelSchema>;

/** The metadata file beside a regulation text (`meta.yaml`): only sourced facts. */
export const RegulationMetaSchema = z
  .object({
    /** URL slug and stable id, lowercase ASCII, e.g. `suzhou`. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id 只能包含小写字母、数字和连字符'),
    /** Full title, e.g. 苏州市平安建设条例. */
    title: z.string().min(2),
    /** Short name for tables and columns, e.g. 苏州. */
    shortName: z.string().min(1),
    /** The enacting jurisdiction, e.g. 苏州市. */
    jurisdiction: z.string().min(2),
    /** Administrative level. */
    level: LevelSchema,
    /** Province-level unit the jurisdiction belongs to (itself for a province). */
    province: z.string().min(2),
    /** Id of the superior regulation (上位法) in the corpus, e.g. changji → xinjiang. */
    superior: z.string().optional(),
    /** Adopting body, where known from a named source. */
    adoptedBy: z.string().optional(),
    /** Adoption date, where known from a named source. */
    adoptedOn: isoDate.optional(),
    /** Promulgation date (公布日期), only where the text or a named source says so. */
    promulgatedOn: isoDate.optional(),
    /** Date in force; for a text in force from its promulgation (自公布之日起施行) it is `promulgatedOn`. */
    effective: isoDate,
    /** Titles of the laws this regulation repeals (without 《》). */
    repeals: z.array(z.string()).default([]),
    /** Where each fact not stated in the text comes from: field name → source. */
    sources: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type RegulationMeta = z.output<typeof RegulationMetaSchema>;

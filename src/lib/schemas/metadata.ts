import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD');

/** Administrative level of the enacting jurisdiction. */
export const LevelSchema = z.enum(['省', '自治区', '直辖市', '自治州', '设区的市', '自治县', '经济特区']);
export type Level = z.output<typeof LevelSchema>;

/**
 * The legislative form where it is not a 地方性法规: 单行条例 and 自治条例 are adopted by the people's congress of a
 * 民族自治地方 (民族区域自治法), 经济特区法规 under a special authorisation. Left out for a 地方性法规.
 */
export const FormSchema = z.enum(['单行条例', '自治条例', '经济特区法规']);
export type Form = z.output<typeof FormSchema>;

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
    /** Enacting organ (制定机关), e.g. 山西省人民代表大会常务委员会, where a named source states it and the adoption note does not. */
    enactedBy: z.string().min(2).optional(),
    /** Approving organ (批准机关) of a 设区的市 or 自治州 text, only where the text or a named source says so. */
    approvedBy: z.string().min(2).optional(),
    /** Promulgation date (公布日期), only where the text or a named source says so. */
    promulgatedOn: isoDate.optional(),
    /** Legislative form when not a 地方性法规 (单行条例, 自治条例, 经济特区法规), only where the text or a named source says so. */
    form: FormSchema.optional(),
    /** Date in force; for a text in force from its promulgation (自公布之日起施行) it is `promulgatedOn`. */
    effective: isoDate,
    /** Titles of the laws this regulation repeals (without 《》). */
    repeals: z.array(z.string()).default([]),
    /** Where each fact not stated in the text comes from: field name → source. */
    sources: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type RegulationMeta = z.output<typeof RegulationMetaSchema>;

/** Chinese names of the metadata fields, for messages and the page's source notes. */
export const META_FIELD_LABELS: Record<keyof RegulationMeta, string> = {
  id: '标识',
  title: '标题',
  shortName: '简称',
  jurisdiction: '制定地区',
  level: '层级',
  province: '所属省份',
  superior: '上位法',
  adoptedBy: '通过会议',
  adoptedOn: '通过日期',
  enactedBy: '制定机关',
  approvedBy: '批准机关',
  promulgatedOn: '公布日期',
  form: '立法形式',
  effective: '施行日期',
  repeals: '废止',
  sources: '资料来源',
};

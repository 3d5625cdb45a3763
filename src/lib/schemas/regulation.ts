import { z } from 'zod';
import { PositionSchema } from './position.ts';
import { ArticleSchema, DivisionSchema } from './provision.ts';

/** One event of a history / adoption note, e.g. 2023年7月29日 …会议通过. */
export const HistoryEventSchema = z.object({
  /** ISO date `YYYY-MM-DD` as stated in the text. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The body named in the event, e.g. 山西省第十四届人民代表大会常务委员会第四次会议. */
  body: z.string(),
  /** The act: 通过, 修正, 修订, 批准, 公布 … */
  action: z.string(),
  /** The event exactly as written. */
  text: z.string(),
});
export type HistoryEvent = z.output<typeof HistoryEventSchema>;

/** A history / adoption note line under the title. */
export const HistoryNoteSchema = z.object({
  /** The note without its surrounding parentheses. */
  text: z.string(),
  /** The note exactly as written on its line (with parentheses, if any). */
  raw: z.string(),
  /** Events parsed from the note. */
  events: z.array(HistoryEventSchema),
  pos: PositionSchema,
});
export type HistoryNote = z.output<typeof HistoryNoteSchema>;

/** Something the parser removed from the text, recorded so that nothing is lost silently. */
export const ArtifactSchema = z.object({
  /**
   * What kind of thing was removed; `unrecognized` is text before the first article that fits nowhere (reported as an
   * error). `html-tag`, `html-entity`, `heading-attribute` and `container` (`::: tip` lines) come from markdown
   * written for a documentation site.
   */
  kind: z.enum(['bookmark', 'bom', 'markdown-marker', 'front-matter', 'info-end', 'toc', 'unrecognized', 'html-tag', 'html-entity', 'heading-attribute', 'container']),
  /** The removed characters exactly. */
  text: z.string(),
  pos: PositionSchema,
});
export type Artifact = z.output<typeof ArtifactSchema>;

/** A fact stated by the text, with the node that states it. */
const sourced = { sourceId: z.string() };

/** Facts the text states about itself. */
export const FactsSchema = z.object({
  /** Date in force from `自…起施行`, ISO, or null when the text does not say. */
  effectiveDate: z.string().nullable(),
  /** Node id stating the date in force. */
  effectiveSourceId: z.string().nullable(),
  /** True when the text is in force from its promulgation (`自公布之日起施行`): the date is the promulgation date, which only the metadata can give. */
  effectiveOnPromulgation: z.boolean(),
  /** Laws this text repeals (`《…》同时废止`). */
  repeals: z.array(z.object({ title: z.string(), ...sourced })),
  /** Definitions (`本条例所称…，是指…`). */
  definitions: z.array(z.object({ term: z.string(), definition: z.string(), ...sourced })),
});
export type Facts = z.output<typeof FactsSchema>;

/** A parsed regulation: the structure of one text, exactly as written. */
export const ParsedRegulationSchema = z.object({
  /** The file name given to the parser. */
  sourceFile: z.string(),
  /** The title line, when the text has one. */
  title: z.object({ text: z.string(), pos: PositionSchema }).nullable(),
  /** History / adoption notes. */
  history: z.array(HistoryNoteSchema),
  /** 编 / 章 / 节 in document order. */
  divisions: z.array(DivisionSchema),
  /** 条 in document order. */
  articles: z.array(ArticleSchema),
  /** Facts the text states about itself. */
  facts: FactsSchema,
  /** Everything removed from the text (bookmarks, markdown markers, TOC lines …). */
  artifacts: z.array(ArtifactSchema),
});
export type ParsedRegulation = z.output<typeof ParsedRegulationSchema>;

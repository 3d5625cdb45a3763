import { z } from 'zod';

/** One paragraph (款) taking part in the alignment. Its global index is its place in the flattened list of all regulations' units. */
export const AlignedUnitSchema = z.object({
  /** Paragraph id in the regulation, e.g. `art_26__para_3`. */
  id: z.string(),
  /** Id of the article that holds the paragraph, e.g. `art_26`. */
  article: z.string(),
  /** Citation label, e.g. `第二十六条第三款` (`第二十六条` for a one-paragraph article). */
  label: z.string(),
  /** Characters compared after normalisation (punctuation and jurisdiction words excluded); weights article scores. */
  size: z.number().int().nonnegative(),
});
export type AlignedUnit = z.output<typeof AlignedUnitSchema>;

/** One regulation in the alignment, with its paragraphs in document order. */
export const AlignedRegulationSchema = z.object({
  /** Regulation id, e.g. `suzhou`. */
  id: z.string(),
  /** Short name for tables and messages, e.g. 苏州. */
  shortName: z.string(),
  /** Id of the superior regulation (上位法), if any, e.g. changji → xinjiang. */
  superior: z.string().optional(),
  /** Global index of this regulation's first unit. */
  firstUnit: z.number().int().nonnegative(),
  /** Its paragraphs in document order. */
  units: z.array(AlignedUnitSchema),
});
export type AlignedRegulation = z.output<typeof AlignedRegulationSchema>;

/**
 * A scored link between two paragraphs of different regulations: `[unit, unit, score‰, similarity‰]`, first index the
 * smaller. The score is how sure the method is that they regulate the same subject; the similarity how close the wording is.
 */
export const AlignmentLinkSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().min(0).max(1000), z.number().int().min(0).max(1000)]);
export type AlignmentLink = z.output<typeof AlignmentLinkSchema>;

/** The whole corpus aligned at paragraph level: the data download format (`alignment.json`). */
export const CorpusAlignmentSchema = z.object({
  /** Format version; bumped when a field changes meaning. */
  version: z.literal(2),
  /** How the scores were made, so that a reader of the file can interpret them. */
  method: z.object({
    /** What was compared: weighted character bigrams of normalised paragraphs, cosine similarity. */
    similarity: z.string(),
    /** Similarity (‰) from which a counterpart is 基本相同. */
    same: z.number().int(),
    /** Similarity (‰) from which a counterpart is 高度相似. */
    similar: z.number().int(),
    /** Score (‰) from which a link is a counterpart (相关 or closer). */
    related: z.number().int(),
    /** Score (‰) from which a link is shown as 可能相关; below it, not shown. */
    possible: z.number().int(),
    /** Most counterparts kept per paragraph in each other regulation. */
    perRegulation: z.number().int().positive(),
    /** Most other regulations in which a paragraph's counterparts are kept. */
    maxRegulations: z.number().int().positive(),
  }),
  /** True when every paragraph was compared with every other regulation exhaustively (no candidate cut-off applied). */
  complete: z.boolean(),
  /** The regulations in the order given, each with its paragraphs. */
  regulations: z.array(AlignedRegulationSchema),
  /** Links kept (each paragraph's most likely articles per regulation, score at least 300‰), sorted by first then second unit index. */
  links: z.array(AlignmentLinkSchema),
});
export type CorpusAlignment = z.output<typeof CorpusAlignmentSchema>;

/** One regulation's share of the alignment for the many-way table island (`/compare/table/<id>.json`). */
export const RegulationTableDataSchema = z.object({
  /** Regulation id. */
  id: z.string(),
  /** Short name for the column heading, e.g. 苏州. */
  shortName: z.string(),
  /** Title without 《》, for the cell citations. */
  title: z.string(),
  /** Superior regulation id, if any. */
  superior: z.string().optional(),
  /** Its paragraphs in document order, each with its full text (lead-in, items, sub-items) and its topics. */
  units: z.array(
    AlignedUnitSchema.extend({
      text: z.string(),
      /** Names of the paragraph's topics as the analysis pages show them, e.g. `矛盾纠纷多元化解`: the 事项 of the Word 立法对照表. */
      topics: z.array(z.string()),
    }),
  ),
  /** Its links, by the other regulation's id: `[own unit index, other's unit index, score‰, similarity‰]`, indices local to each regulation. */
  links: z.record(z.string(), z.array(AlignmentLinkSchema)),
});
export type RegulationTableData = z.output<typeof RegulationTableDataSchema>;

import { z } from 'zod';
import { RegulationMetaSchema } from './metadata.ts';
import { ParsedRegulationSchema } from './regulation.ts';

/** A regulation as the site reads it: metadata plus the parsed text. */
export const RegulationSchema = z.object({
  /** Validated metadata. */
  meta: RegulationMetaSchema,
  /** The parsed text. */
  parsed: ParsedRegulationSchema,
  /** SHA-256 of the source bytes, so pages can say exactly which text they show. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Counts for tables. */
  stats: z.object({ chapters: z.number().int(), articles: z.number().int(), paragraphs: z.number().int(), items: z.number().int(), characters: z.number().int() }),
});
export type Regulation = z.output<typeof RegulationSchema>;

/** The summary index of the corpus (`src/generated/corpus.json`). */
export const CorpusIndexSchema = z.object({
  /** When the data was built (ISO timestamp). */
  builtAt: z.string(),
  /** One entry per regulation, sorted by id. */
  regulations: z.array(
    z.object({
      meta: RegulationMetaSchema,
      stats: RegulationSchema.shape.stats,
      sourceSha256: z.string(),
    }),
  ),
});
export type CorpusIndex = z.output<typeof CorpusIndexSchema>;

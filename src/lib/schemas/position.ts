import { z } from 'zod';

/** A place in the source file: 1-based line and column (columns count UTF-16 code units), 0-based offset. */
export const PositionSchema = z.object({
  /** 1-based line number in the source file. */
  line: z.number().int().positive(),
  /** 1-based column on that line. */
  column: z.number().int().positive(),
  /** 0-based offset into the decoded text (after the BOM, if any, was recorded as an artifact). */
  offset: z.number().int().nonnegative(),
});
export type Position = z.output<typeof PositionSchema>;

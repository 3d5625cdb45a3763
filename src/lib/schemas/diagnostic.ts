import { z } from 'zod';

/** How bad a diagnostic is: errors fail the build, warnings are printed, infos are notes. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.output<typeof SeveritySchema>;

/** A message about the input, shaped like vfile-message. */
export const DiagnosticSchema = z.object({
  /** The file the message is about (as given to the parser). */
  file: z.string(),
  /** 1-based line. */
  line: z.number().int().positive(),
  /** 1-based column. */
  column: z.number().int().positive(),
  /** error | warning | info. */
  severity: SeveritySchema,
  /** Stable machine-readable rule id, e.g. `article-sequence`. */
  ruleId: z.string(),
  /** The message, in Chinese, saying what was expected and what was found. */
  reason: z.string(),
  /** The offending source line, for printing. */
  source: z.string().optional(),
});
export type Diagnostic = z.output<typeof DiagnosticSchema>;

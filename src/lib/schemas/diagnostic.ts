import { z } from 'zod';

/** How bad a diagnostic is: errors fail the build, warnings are printed, infos are notes. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.output<typeof SeveritySchema>;

/**
 * Every rule a diagnostic can name: a closed list, so a misspelt id is a type error and the README can list them.
 * Grouped by what they check: the text of a regulation, its meta.yaml, the corpus folder, the taxonomy files, lessons.
 */
export const RULE_IDS = [
  // the text (parser)
  'empty-file',
  'encoding',
  'control-character',
  'bidi-control',
  'front-matter',
  'text-before-first-article',
  'no-articles',
  'number-format',
  'article-suffix',
  'article-separator',
  'deep-level',
  'broken-reference',
  'joined-wrapped-line',
  'removed-artifact',
  'html-entity',
  'history-unreadable',
  ...(['article', 'part', 'chapter', 'section', 'item', 'subitem'] as const).flatMap((unit) => [`${unit}-duplicate`, `${unit}-order`, `${unit}-sequence`] as const),
  'history-run-together',
  'history-stray-bracket',
  'history-foreign',
  // meta.yaml and its agreement with the text
  'meta-yaml',
  'meta-schema',
  'meta-id',
  'meta-superior',
  'meta-title',
  'meta-title-source',
  'meta-source',
  'meta-adopted-by',
  'meta-adopted-on',
  'meta-promulgated-on',
  'meta-effective',
  'meta-effective-source',
  'meta-repeals',
  // the regulation folder, the corpus and the command line
  'missing-text',
  'missing-meta',
  'extraction',
  'empty-corpus',
  'unsupported-format',
  // content/taxonomy/*.yaml
  'taxonomy-missing',
  'taxonomy-yaml',
  'taxonomy-schema',
  'taxonomy-duplicate',
  'taxonomy-reference',
  // lessons (MDX)
  'lesson-ref-syntax',
  'lesson-unknown-regulation',
  'lesson-unknown-article',
  'lesson-unknown-paragraph',
  'lesson-unknown-item',
  'lesson-unknown-subitem',
  'lesson-item-needs-paragraph',
  'lesson-unknown-directive',
  'lesson-unknown-attribute',
  'lesson-missing-ref',
  'lesson-directive-kind',
  'lesson-compare-too-few',
  'lesson-compare-anchor',
] as const;
/** Stable machine-readable rule id of a diagnostic. */
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.output<typeof RuleIdSchema>;

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
  ruleId: RuleIdSchema,
  /** The message, in Chinese, saying what was expected and what was found. */
  reason: z.string(),
  /** The offending source line, for printing. */
  source: z.string().optional(),
});
export type Diagnostic = z.output<typeof DiagnosticSchema>;

import { z } from 'zod';

/** A reference found in a provision's text: to a provision of this regulation or to another law. */
export const ReferenceSchema = z.object({
  /** internal: a provision of this regulation; external: another law named by title. */
  kind: z.enum(['internal', 'external']),
  /** The referring words exactly as written, e.g. `本条例第十条`, `前款`, `《中华人民共和国反恐怖主义法》`. */
  text: z.string(),
  /** Offset of `text` within the owning node's `text` (UTF-16 units). */
  start: z.number().int().nonnegative(),
  /** Offset just past `text`. */
  end: z.number().int().nonnegative(),
  /** Resolved target node ids in this regulation (internal references; several for `第十三条第二、三项`). */
  targets: z.array(z.string()),
  /** The other law's title without 《》 (external references). */
  lawTitle: z.string().optional(),
});
export type Reference = z.output<typeof ReferenceSchema>;

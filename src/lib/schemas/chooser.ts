// One entry of /compare/choices.json: what the many-way chooser needs to find a regulation by name.
import { z } from 'zod';

/** One regulation the chooser can offer. */
export const ChooserEntrySchema = z.object({
  id: z.string(),
  shortName: z.string(),
  title: z.string(),
  jurisdiction: z.string(),
  province: z.string(),
});
export type ChooserEntry = z.infer<typeof ChooserEntrySchema>;

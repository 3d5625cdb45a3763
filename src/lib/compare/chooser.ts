// The many-way table's chooser at national scale: the page lists only a few regulations as checkboxes,
// the rest are found by name in a compact list (/compare/choices.json) as the reader types.
// only the type: this module runs in the chooser island, which must not carry zod
import type { ChooserEntry } from '../schemas/chooser.ts';

export type { ChooserEntry };

/** Fold what a reader types (full-width letters/digits, spaces, case) so that it compares with names. */
export function foldQuery(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Whether an entry matches a folded query: its short name, title, jurisdiction, province or id contains it. */
export function chooserMatches(entry: ChooserEntry, folded: string): boolean {
  if (!folded) return true;
  return [entry.shortName, entry.title, entry.jurisdiction, entry.province, entry.id].some((s) => foldQuery(s).includes(folded));
}

/**
 * The entries matching a query, best first (short name starts with it, then jurisdiction, then the rest, each
 * in list order), at most `limit`; `total` counts all matches so the reader can be told to narrow the query.
 */
export function findChoices(entries: readonly ChooserEntry[], query: string, limit: number): { found: ChooserEntry[]; total: number } {
  const q = foldQuery(query);
  if (!q) return { found: [], total: 0 };
  const tiers: ChooserEntry[][] = [[], [], []];
  for (const e of entries) {
    if (!chooserMatches(e, q)) continue;
    const tier = foldQuery(e.shortName).startsWith(q) ? 0 : foldQuery(e.jurisdiction).startsWith(q) ? 1 : 2;
    tiers[tier]!.push(e);
  }
  const all = tiers.flat();
  return { found: all.slice(0, limit), total: all.length };
}

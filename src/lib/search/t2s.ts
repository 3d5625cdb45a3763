// Traditional characters in a query (網格員, 治安維護) read as the simplified ones the regulations are written in.
// The table is pairs of characters, traditional then simplified ("網网員员…"): built at build time from OpenCC's
// (opencc-t2s-pairs.ts), cut down to the simplified characters the corpus uses (a character the corpus never
// uses cannot be found either way), and fetched by the search page as /search/t2s.json.

/** Traditional → simplified, one character each. */
export type T2sTable = ReadonlyMap<string, string>;

/**
 * Read a pair string into a table; a pair is two code points (some are outside the BMP: 㗲 → 𠵾).
 * @example tableFromPairs('網网員员').get('網') // → '网'
 */
export function tableFromPairs(pairs: string): T2sTable {
  const chars = Array.from(pairs);
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/**
 * The pairs whose simplified character occurs in `used` (the corpus text), as a pair string.
 * @example pairsUsedIn(tableFromPairs('網网員员條条'), '网格员') // → '網网員员'
 */
export function pairsUsedIn(table: T2sTable, used: string): string {
  const chars = new Set(Array.from(used));
  let out = '';
  for (const [trad, simple] of table) if (trad !== simple && chars.has(simple)) out += trad + simple;
  return out;
}

/**
 * The text with every traditional character in the table replaced by its simplified one; others kept.
 * @example toSimplified('網格員', tableFromPairs('網网員员')) // → '网格员'
 */
export function toSimplified(text: string, table: T2sTable): string {
  let out = '';
  for (const c of text) out += table.get(c) ?? c;
  return out;
}

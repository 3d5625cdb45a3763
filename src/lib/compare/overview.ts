// similarityMatrix: regulation × regulation, the share of each regulation's articles that have a
// counterpart in the other (rows read "of A's articles, this share has a counterpart in B"; not symmetric).
import type { CorpusAlignment } from '../schemas/alignment.ts';
import { articleRows } from './compare-pair.ts';
import { readLinks, regulationIndex } from './link-table.ts';

/** One cell: of the row regulation's articles, how many have a counterpart in the column regulation. */
export interface MatrixCell {
  /** Articles of the row regulation with a counterpart (any level). */
  matched: number;
  /** Articles of the row regulation with a 基本相同 counterpart. */
  same: number;
  /** All articles of the row regulation. */
  total: number;
  /** matched / total in per mille. */
  share: number;
}

/** The overview matrix; the diagonal is null. */
export interface SimilarityMatrix {
  regulations: Array<{ id: string; shortName: string }>;
  cells: Array<Array<MatrixCell | null>>;
}

/** The similarity overview of the chosen regulations (all of them by default). */
export function similarityMatrix(alignment: CorpusAlignment, ids?: readonly string[]): SimilarityMatrix {
  const table = readLinks(alignment);
  const chosen = (ids ?? alignment.regulations.map((r) => r.id)).map((id) => regulationIndex(table, id));
  const cells = chosen.map((ra) =>
    chosen.map((rb) => {
      if (ra === rb) return null;
      const rows = articleRows(table, ra, rb);
      const matched = rows.filter((r) => !r.note).length;
      const same = rows.filter((r) => r.counterpart?.level === 'same').length;
      return { matched, same, total: rows.length, share: rows.length ? Math.round((1000 * matched) / rows.length) : 0 };
    }),
  );
  return { regulations: chosen.map((r) => ({ id: alignment.regulations[r]!.id, shortName: alignment.regulations[r]!.shortName })), cells };
}

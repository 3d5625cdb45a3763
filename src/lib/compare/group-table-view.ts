// What the many-way table shows, computed once for both renderers (the prebuilt page and the chooser island):
// rows of corresponding paragraphs, one cell per chosen regulation with its citation label, link and text.
import type { RegulationTableData } from '../schemas/alignment.ts';
import { articlePath, slugOfArticleId } from '../cite/permalink.ts';
import { groupProvisions } from './groups.ts';
import { LEVEL_NAMES, type MatchLevel } from './levels.ts';
import { joinTableData } from './table-data.ts';
import type { CorpusAlignment } from '../schemas/alignment.ts';

/** Above this many columns the table keeps a readable width per column and scrolls sideways. */
export const MANY_COLUMNS = 6;

/** One cell: a paragraph of one regulation. */
export interface GroupTableCell {
  /** Citation label inside the regulation, e.g. `第二十六条第三款`. */
  label: string;
  href: string;
  text: string;
  /** The paragraph's topic names (analysis layer), for the 事项 of the Word table. */
  topics: string[];
}

/** One row of the table. */
export interface GroupTableRow {
  /** How close the group is (its weakest link); null when only one regulation has the provision. */
  level: MatchLevel | null;
  levelName: string;
  /** One entry per column; null: that regulation has no corresponding provision. */
  cells: Array<GroupTableCell | null>;
  /** How many columns have a provision. */
  filled: number;
}

/** The table: columns (regulations) and rows. */
export interface GroupTableView {
  columns: Array<{ id: string; shortName: string; title: string }>;
  rows: GroupTableRow[];
}

/** Build the many-way table over the chosen regulations' table data (in column order). */
export function groupTableView(parts: readonly RegulationTableData[], method: CorpusAlignment['method']): GroupTableView {
  const alignment = joinTableData(parts, method);
  const table = groupProvisions(
    alignment,
    parts.map((p) => p.id),
  );
  const units = parts.map((p) => new Map(p.units.map((u) => [u.id, u])));
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, i) =>
      cell
        ? {
            label: cell.label,
            href: articlePath(parts[i]!.id, slugOfArticleId(cell.article), cell.id),
            text: units[i]!.get(cell.id)?.text ?? '',
            topics: units[i]!.get(cell.id)?.topics ?? [],
          }
        : null,
    );
    return { level: row.level, levelName: row.level ? LEVEL_NAMES[row.level] : '他处未找到', cells, filled: cells.filter(Boolean).length };
  });
  return { columns: parts.map((p) => ({ id: p.id, shortName: p.shortName, title: p.title })), rows };
}

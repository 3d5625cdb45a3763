// 立法对照表: the many-way table (or a pair) as the table a drafter attaches to a 立法说明 — one row per
// group of corresponding paragraphs, a 事项 column, then one column per regulation with the citation and the
// words, or 未找到相应规定. Pure: the Word file is written from it in the browser (legislative-table-docx.ts).
import type { GroupTableRow, GroupTableView } from './group-table-view.ts';

/**
 * What an empty cell says. The site's wording everywhere (many-way table, pairwise page, counterparts): the
 * method did not find a counterpart, which is not the same as the regulation having no such rule.
 */
export const NONE_FOUND = '未找到相应规定';
/** Most characters of a provision's opening words used as its 事项 when it has no topic. */
const SUBJECT_CHARS = 14;

/** One cell: the provision's full citation and its words, lead-in and items as separate lines. */
export interface LegislativeCell {
  /** e.g. `《苏州市平安建设条例》第四十三条第一款`. */
  citation: string;
  lines: string[];
}

/** One row: the subject, how close the group is, and one cell per regulation (null: none found). */
export interface LegislativeRow {
  subject: string;
  /** Where the subject comes from: the site's topic of the provisions, or the opening words of the first one. */
  subjectFrom: 'topic' | 'words';
  /** The group's level as the web table names it, e.g. `高度相似`, `他处未找到`. */
  level: string;
  cells: Array<LegislativeCell | null>;
}

/** The whole document. */
export interface LegislativeTable {
  title: string;
  /** The regulations compared, as `《…》`, in column order. */
  subtitle: string;
  /** Column headings after 事项: the jurisdictions' short names. */
  columns: string[];
  rows: LegislativeRow[];
  /** 说明 printed under the table. */
  notes: string[];
}

/**
 * The 事项 of a row: the topic most of its provisions share (ties: the one named first, left to right); when
 * none has a topic, the opening words of the first provision up to its first pause.
 * @example rowSubject({ cells: [{ topics: ['信访工作'], text: '…' }, null] }) // → { subject: '信访工作', from: 'topic' }
 */
export function rowSubject(row: Pick<GroupTableRow, 'cells'>): { subject: string; from: 'topic' | 'words' } {
  const count = new Map<string, number>();
  for (const cell of row.cells) for (const t of new Set(cell?.topics ?? [])) count.set(t, (count.get(t) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of count) if (best === undefined || n > count.get(best)!) best = name;
  if (best) return { subject: best, from: 'topic' };
  const text = row.cells.find((c) => c)?.text ?? '';
  const words = text.split(/[，。；：、]/)[0]!;
  return { subject: words.length > SUBJECT_CHARS || words.length < text.length ? `${words.slice(0, SUBJECT_CHARS)}……` : words, from: 'words' };
}

/**
 * A paragraph's words as lines: the lead-in, then each item on its own line as printed. The table data holds a
 * paragraph as one string; an item label （一） starts a new line only after ： ； or 。, where items begin.
 * @example provisionLines('有下列情形之一的：（一）甲；（二）乙。') // → ['有下列情形之一的：', '（一）甲；', '（二）乙。']
 */
export function provisionLines(text: string): string[] {
  return text.split(/(?<=[：；。])(?=（[一二三四五六七八九十]+）)/);
}

/** Build the 立法对照表 of a many-way (or pairwise) table view; `sharedOnly` keeps the rows two or more regulations have. */
export function legislativeTable(view: GroupTableView, opts: { sharedOnly: boolean; source: string; date: string }): LegislativeTable {
  const rows = view.rows
    .filter((r) => !opts.sharedOnly || r.filled > 1)
    .map((row) => {
      const { subject, from } = rowSubject(row);
      const cells = row.cells.map((c, i) => (c ? { citation: `《${view.columns[i]!.title}》${c.label}`, lines: provisionLines(c.text) } : null));
      return { subject, subjectFrom: from, level: row.levelName, cells };
    });
  const names = view.columns.map((c) => c.shortName).join('、');
  return {
    title: '立法对照表',
    subtitle: view.columns.map((c) => `《${c.title}》`).join(''),
    columns: view.columns.map((c) => c.shortName),
    rows,
    notes: [
      `本表列出${names}条例中相互对应的规定，每行一组（以款为单位），由“对照”网站的比对程序自动分组，括号内为这组规定相互对应的程度（只有一地有规定的注“他处未找到”）；分组方法及准确程度见网站“方法说明”。`,
      '“事项”栏为本站主题分类中这组规定共有的主题；条文未归入任何主题的，取其开头文字（以“……”结尾）。',
      `“${NONE_FOUND}”指比对程序在该条例中没有找到对应的规定，不等于该条例一定没有相关内容；附入立法说明前请核对原文。`,
      ...(opts.sharedOnly ? ['本表只列两地以上都有规定的事项。'] : []),
      `来源：${opts.source}　生成日期：${opts.date}`,
    ],
  };
}

/**
 * The file name of the table.
 * @example legislativeTableFileName(['苏州', '昌吉']) // → '立法对照表（苏州、昌吉）.docx'
 */
export function legislativeTableFileName(columns: readonly string[]): string {
  return `立法对照表（${columns.join('、')}）.docx`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-');
}

// Write a 立法对照表 as a Word document: one landscape A4 section, title in 宋体 bold, the table in 仿宋 with
// 黑体 headings repeated on every page, 说明 under it. Uses the docx library like the full text and the handout;
// fixed column widths in twips, because Writer and WPS read percentage widths differently.
import { AlignmentType, Document, Footer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { A4_PAGE } from '../handout/handout-docx.ts';
import { NONE_FOUND, type LegislativeCell, type LegislativeTable } from './legislative-table.ts';

const FONTS = { title: '宋体', note: '楷体', heading: '黑体', body: '仿宋' } as const;
const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name });
/** Margins of 2 cm (twips): a landscape table needs the width more than official margins. */
const MARGIN = 1134;
/** Usable width of a landscape A4 page (twips). */
const WIDTH = A4_PAGE.size.height - 2 * MARGIN;
/** The 事项 column: about six characters of 五号. */
const SUBJECT_WIDTH = 1800;
/** Sizes in half-points: 小二 title, 五号 cells (小五 beyond four regulations, whose columns are narrow), 小五 notes. */
const SIZE = { title: 36, subtitle: 24, cell: 21, narrowCell: 18, note: 18 } as const;

/** Build the Word document of a 立法对照表 (pack it with `Packer.toBlob` / `Packer.toBuffer`). */
export function buildLegislativeTableDocx(doc: LegislativeTable): Document {
  const size = doc.columns.length > 4 ? SIZE.narrowCell : SIZE.cell;
  const column = Math.floor((WIDTH - SUBJECT_WIDTH) / doc.columns.length);
  const widths = [SUBJECT_WIDTH, ...doc.columns.map(() => column)];
  const cell = (children: Paragraph[], i: number, header = false) =>
    new TableCell({
      children,
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(header ? { verticalAlign: VerticalAlign.CENTER } : {}),
    });
  const headingCell = (text: string, i: number) =>
    cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: font(FONTS.heading), size })] })], i, true);
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: [headingCell('事项', 0), ...doc.columns.map((c, i) => headingCell(c, i + 1))] });
  const rows = doc.rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(
            [
              new Paragraph({ children: [new TextRun({ text: row.subject, size, bold: row.subjectFrom === 'topic' })] }),
              new Paragraph({ children: [new TextRun({ text: `（${row.level}）`, size: SIZE.note })] }),
            ],
            0,
          ),
          ...row.cells.map((c, i) => cell(cellParagraphs(c, size), i + 1)),
        ],
      }),
  );
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: doc.title, font: font(FONTS.title), size: SIZE.title, bold: true })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, font: font(FONTS.note), size: SIZE.subtitle })] }),
    new Table({ width: { size: WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: '说明：', font: font(FONTS.heading), size: SIZE.note })] }),
    ...doc.notes.map((n, i) => new Paragraph({ indent: { left: 360, hanging: 360 }, children: [new TextRun({ text: `${i + 1}．${n}`, size: SIZE.note })] })),
  ];
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'], size: SIZE.note })] })],
  });
  return new Document({
    creator: '对照 duizhao',
    title: `${doc.title}：${doc.columns.join('、')}`,
    styles: { default: { document: { run: { font: font(FONTS.body), size } } } },
    sections: [
      {
        properties: { page: { size: { ...A4_PAGE.size, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** A cell's paragraphs: the citation in bold, then the words line by line; or 未找到相应规定. */
function cellParagraphs(c: LegislativeCell | null, size: number): Paragraph[] {
  if (!c) return [new Paragraph({ children: [new TextRun({ text: NONE_FOUND, size })] })];
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: c.citation, size, bold: true })] }),
    ...c.lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, size })] })),
  ];
}

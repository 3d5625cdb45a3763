// Write a regulation (or one article of it) as a Word document set the way official documents are
// (GB/T 9704): title centred in 宋体 bold 二号, the adoption note in 楷体 under it, chapter headings centred in
// 黑体, body in 仿宋 三号 on a fixed 28 pt line, every article number bold. Uses the docx library like the
// handout (handout-docx.ts) and the same quotation lines as the handout and the lessons (provision-lines.ts).
import { AlignmentType, Document, HeadingLevel, LineRuleType, Paragraph, TextRun } from 'docx';
import { A4_PAGE } from '../handout/handout-docx.ts';
import { quoteLines, type QuoteLine } from '../handout/provision-lines.ts';
import type { FulltextBlock, FulltextDoc } from './fulltext-doc.ts';

/** Font names as Word and WPS know them (LibreOffice substitutes a CJK font it has). */
const FONTS = { title: '宋体', note: '楷体', heading: '黑体', body: '仿宋' } as const;
/** Sizes in half-points: 二号 22 pt for the title, 三号 16 pt for everything else. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
/** Two characters of 三号 (16 pt) in twips: the first-line indent of Chinese print. */
const TWO_CHARS = 640;
/** Fixed line spacing of 28 pt (in twips), 22 lines to an A4 page in 三号 as official documents are set. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

/** GB/T 9704 margins in twips: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474 };

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name });

/** Build the Word document of a regulation's text (pack it with `Packer.toBlob` / `Packer.toBuffer`). */
export function buildFulltextDocx(doc: FulltextDoc, title = doc.title): Document {
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: doc.title, font: font(FONTS.title), size: TITLE_SIZE, bold: true })],
    }),
    ...doc.history.map((h) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { ...LINE, after: 240 }, children: [new TextRun({ text: h, font: font(FONTS.note) })] })),
    ...doc.blocks.flatMap(blockToDocx),
  ];
  return new Document({
    creator: '对照 duizhao',
    title,
    styles: { default: { document: { run: { font: font(FONTS.body), size: BODY_SIZE }, paragraph: { spacing: LINE } } } },
    sections: [{ properties: { page: { size: A4_PAGE.size, margin: MARGINS } }, children }],
  });
}

function blockToDocx(block: FulltextBlock): Paragraph[] {
  const headings = block.headings.map(
    (h) =>
      new Paragraph({
        heading: h.kind === 'section' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...LINE, before: 280 },
        children: [new TextRun({ text: h.text, font: font(FONTS.heading), size: BODY_SIZE, bold: false, color: '000000' })],
      }),
  );
  return [...headings, ...(quoteLines(block.article, block.article.id) ?? []).map(lineToDocx)];
}

function lineToDocx(line: QuoteLine): Paragraph {
  const children: TextRun[] = [];
  if (line.articleLabel) children.push(new TextRun({ text: line.articleLabel, bold: true }), new TextRun('\u3000'));
  children.push(new TextRun(line.label + line.text));
  const indent = line.kind === 'subitem' ? { left: TWO_CHARS, firstLine: TWO_CHARS } : { firstLine: TWO_CHARS };
  // flush left, not justified: in a justified line Writer drops a 、 it hangs past the right margin (shanxi's
  // （五）协助有关部门… lost the one after 刑满释放人员); CJK characters are one width, so the right edge stays even
  return new Paragraph({ indent, alignment: AlignmentType.LEFT, children });
}

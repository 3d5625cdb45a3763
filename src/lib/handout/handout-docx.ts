// Write a handout as a Word document with the docx library: real headings (Word's Heading 1–3 styles),
// citations as their own runs, provision text as indented paragraphs, QR codes as images. A4.
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { DocBlock, DocProvision, DocRun, HandoutDoc } from './handout-doc.ts';
import type { QuoteLine } from './provision-lines.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** An A4 page (twips) with 2 cm margins top and bottom, 1.8 cm at the sides. */
export const A4_PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 } };
/** Two CJK characters at 12 pt, in twips: the first-line indent of Chinese print. */
const TWO_CHARS = 480;

/** Build the Word document of a handout (pack it with `Packer.toBlob` / `Packer.toBuffer`). */
export function buildHandoutDocx(doc: HandoutDoc): Document {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(doc.title)] }),
    ...doc.source.map((s) => new Paragraph({ children: [new TextRun({ text: s, size: 18, color: '59636E' })] })),
    ...doc.blocks.flatMap(blockToDocx),
  ];
  return new Document({
    creator: '对照 duizhao',
    title: doc.title,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' }, size: 24 } } } },
    sections: [{ properties: { page: A4_PAGE }, children }],
  });
}

function blockToDocx(block: DocBlock): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.runs), ...(block.style === 'summary' ? { indent: { firstLine: TWO_CHARS } } : {}) })];
    case 'list':
      return block.items.map(
        (item, i) => new Paragraph({ indent: { left: TWO_CHARS, hanging: 360 }, children: [new TextRun(block.ordered ? `${i + 1}. ` : '• '), ...runs(item)] }),
      );
    case 'provision':
      return provisionToDocx(block, block.numbered);
    case 'compare':
      return compareToDocx(block);
  }
}

function runs(list: readonly DocRun[]): ParagraphChild[] {
  return list.map((r) => {
    const run = new TextRun({ text: r.text, bold: r.bold, ...(r.href ? { style: 'Hyperlink' } : {}) });
    return r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run;
  });
}

/** A provision: citation (a Heading 2 when numbered, as on the basket handout), text, note, link and QR code. */
function provisionToDocx(p: DocProvision, numbered?: number): Paragraph[] {
  const citation = new ExternalHyperlink({ link: p.url, children: [new TextRun({ text: p.citation, bold: true })] });
  const head = numbered
    ? new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`${numbered}．`), citation] })
    : new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [citation] });
  const out = [head, ...p.lines.map(lineToDocx)];
  for (const line of (p.note ?? '').split(/\r?\n/).filter((l) => l.trim())) {
    out.push(new Paragraph({ indent: { left: TWO_CHARS }, children: [new TextRun({ text: '讲师按语：', bold: true }), new TextRun(line)] }));
  }
  const link: ParagraphChild[] = [
    new TextRun({ text: '原文：', size: 18, color: '59636E' }),
    new ExternalHyperlink({ link: p.url, children: [new TextRun({ text: p.url, size: 18, style: 'Hyperlink' })] }),
  ];
  if (p.qrPng)
    link.unshift(
      new ImageRun({ type: 'png', data: p.qrPng, transformation: { width: 72, height: 72 }, altText: { name: '二维码', description: `打开 ${p.url}`, title: p.citation } }),
      new TextRun(' '),
    );
  out.push(new Paragraph({ indent: { left: TWO_CHARS }, spacing: { after: 200 }, children: link }));
  return out;
}

function lineToDocx(line: QuoteLine): Paragraph {
  const children: TextRun[] = [];
  if (line.articleLabel) children.push(new TextRun({ text: line.articleLabel, bold: true }), new TextRun('\u3000'));
  children.push(new TextRun(line.label + line.text));
  const indent = line.kind === 'subitem' ? { left: TWO_CHARS * 2, firstLine: TWO_CHARS } : { left: TWO_CHARS, firstLine: TWO_CHARS };
  return new Paragraph({ indent, children });
}

function compareToDocx(block: Extract<DocBlock, { kind: 'compare' }>): Array<Paragraph | Table> {
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: '地区', bold: true })] })], 16),
      cell([new Paragraph({ children: [new TextRun({ text: '条文', bold: true })] })], 84),
    ],
  });
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell([new Paragraph({ children: [new TextRun({ text: r.who, bold: true })] }), new Paragraph({ children: [new TextRun({ text: r.meta, size: 18 })] })], 16),
          cell(
            r.provisions.flatMap((p) => provisionToDocx(p)),
            84,
          ),
        ],
      }),
  );
  return [
    new Paragraph({ keepNext: true, spacing: { before: 200 }, children: [new TextRun({ text: block.caption, bold: true })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ children: [new TextRun({ text: block.note, size: 18, color: '59636E' })] }),
  ];
}

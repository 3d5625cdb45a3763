// A handout as a document: title, source statement, blocks. Built from the basket (the /handout/ page)
// or from a lesson page, and written out as print HTML or as a Word file (handout-docx.ts).
import type { QuoteLine } from './provision-lines.ts';

/** A run of text, linked when it has an href (absolute URL). */
export interface DocRun {
  text: string;
  href?: string;
  bold?: boolean;
}

/** A quoted provision. */
export interface DocProvision {
  kind: 'provision';
  /** The exact citation. */
  citation: string;
  /** Absolute permalink (printed and encoded in the QR code). */
  url: string;
  lines: QuoteLine[];
  /** The trainer's note, plain text (may have line breaks). */
  note?: string;
  /** PNG of the QR code for `url`. */
  qrPng?: Uint8Array;
}

/** One block of a handout. */
export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: DocRun[]; style?: 'source' | 'summary' }
  | { kind: 'list'; ordered: boolean; items: DocRun[][] }
  | (DocProvision & { numbered?: number })
  | { kind: 'compare'; caption: string; rows: Array<{ who: string; meta: string; provisions: DocProvision[] }>; note: string };

/** A whole handout. */
export interface HandoutDoc {
  title: string;
  /** Lines saying when and from which texts the provisions were taken. */
  source: string[];
  blocks: DocBlock[];
}

/**
 * A safe file name for the download.
 * @example docxFileName('网格化服务管理/五地比较') // → '网格化服务管理-五地比较.docx'
 */
export function docxFileName(title: string): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .trim()
      .slice(0, 80) || '讲义';
  return `${base}.docx`;
}

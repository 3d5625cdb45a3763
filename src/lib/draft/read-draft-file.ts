import { decodeRegulationBytes } from '../parse/decode.ts';
import { docxToText } from './docx-text.ts';

/** A draft read from a file the user opened: its text, or why it could not be read. */
export type DraftFile = { ok: true; text: string; note?: string } | { ok: false; message: string };

/** Read an opened .txt / .md / .docx file into text, entirely in memory (nothing is sent anywhere). */
export function readDraftFile(name: string, bytes: Uint8Array): DraftFile {
  if (/\.docx$/i.test(name)) {
    try {
      return { ok: true, text: docxToText(bytes), note: '已从 Word 文档中提取文字（每个段落一行）' };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  if (!/\.(txt|md|markdown|text)$/i.test(name)) return { ok: false, message: `不支持的文件类型：${name}。请打开 .txt、.md 或 .docx 文件，或直接粘贴文字。` };
  const decoded = decodeRegulationBytes(bytes, name);
  // a GB18030 draft is converted and checked; the note says so
  if (decoded.text !== null) return decoded.diagnostic ? { ok: true, text: decoded.text, note: decoded.diagnostic.reason } : { ok: true, text: decoded.text };
  return { ok: false, message: decoded.diagnostic?.reason ?? '无法读取该文件' };
}

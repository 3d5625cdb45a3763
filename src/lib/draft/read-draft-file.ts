import { decodeRegulationBytes } from '../parse/decode.ts';
import { docxToText, DocxError } from './docx-text.ts';

/** A draft read from a file the user opened: its text, or why it could not be read. */
export type DraftFile = { ok: true; text: string; note?: string } | { ok: false; message: string };

/**
 * The longest draft the checker takes, in UTF-8 bytes: 20 MB is some forty times the longest law in force (the
 * Civil Code, about 0.5 MB of text); up to it, a draft is checked in the background with progress, not refused.
 */
export const DRAFT_TEXT_LIMIT = 20 * 2 ** 20;
/** The largest file the checker opens at all (a .docx with pictures can be larger than its text). */
export const DRAFT_FILE_LIMIT = 100 * 2 ** 20;

/**
 * The UTF-8 length of a string, counted without encoding it.
 * @example utf8Length('第1条') // → 7
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair: one character of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** Why a draft's text cannot be checked (empty, or longer than DRAFT_TEXT_LIMIT), or null when it can. */
export function draftTextProblem(text: string, fromFile?: string): string | null {
  if (!text.trim()) return fromFile ? `${fromFile} 中没有文字（只有空白）。请检查文件内容，或直接粘贴草案文字。` : '请先粘贴草案文字或打开文件。';
  const bytes = text.length > DRAFT_TEXT_LIMIT / 3 ? utf8Length(text) : 0;
  if (bytes > DRAFT_TEXT_LIMIT) return `草案文字有 ${(bytes / 2 ** 20).toFixed(1)} MB，超过了可检查的上限 ${DRAFT_TEXT_LIMIT / 2 ** 20} MB。请分部分检查。`;
  return null;
}

/** Read an opened .txt / .md / .docx file into text, entirely in memory (nothing is sent anywhere). */
export function readDraftFile(name: string, bytes: Uint8Array): DraftFile {
  if (bytes.length > DRAFT_FILE_LIMIT) return { ok: false, message: `${name} 有 ${Math.round(bytes.length / 2 ** 20)} MB，超过了可打开的上限 ${DRAFT_FILE_LIMIT / 2 ** 20} MB。` };
  if (/\.docx$/i.test(name)) {
    let text: string;
    try {
      text = docxToText(bytes);
    } catch (e) {
      // anything else thrown is a bug in reading, not the user's file: say so in Chinese all the same
      return { ok: false, message: e instanceof DocxError ? e.message : `无法读取该 .docx 文件（${(e as Error).message}）` };
    }
    const problem = draftTextProblem(text, name);
    return problem ? { ok: false, message: problem } : { ok: true, text, note: '已从 Word 文档中提取文字（每个段落一行）' };
  }
  if (!/\.(txt|md|markdown|text)$/i.test(name)) return { ok: false, message: `不支持的文件类型：${name}。请打开 .txt、.md 或 .docx 文件，或直接粘贴文字。` };
  const decoded = decodeRegulationBytes(bytes, name);
  if (decoded.text === null) return { ok: false, message: decoded.diagnostic?.reason ?? '无法读取该文件' };
  const problem = draftTextProblem(decoded.text, name);
  if (problem) return { ok: false, message: problem };
  // a GB18030 draft is converted and checked; the note says so
  return decoded.diagnostic ? { ok: true, text: decoded.text, note: decoded.diagnostic.reason } : { ok: true, text: decoded.text };
}

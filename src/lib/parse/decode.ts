import type { Diagnostic } from '../schemas/diagnostic.ts';

/**
 * The result of decoding a file's bytes. `text` is null only when no encoding fits; `diagnostic` is set whenever
 * the file was not UTF-8, saying what was found and (when it could be read) that it was converted.
 */
export interface DecodeResult {
  text: string | null;
  diagnostic: Diagnostic | null;
}

/** Find the 1-based line and column of the first byte that is not valid UTF-8. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return { line, column };
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return { line, column };
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column += len === 4 ? 2 : 1; // columns count UTF-16 units, like every other position
    i += len;
  }
  return { line, column };
}

/** Decode strictly; null when the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when decoded text reads like Chinese prose: almost every visible character is a common CJK ideograph,
 * CJK/full-width punctuation or ASCII. GB18030 decodes many random byte strings without error, so a clean
 * decode alone does not prove the file was GB18030.
 */
function readsAsChinese(text: string): boolean {
  const visible = text.replace(/[\s\u3000]/g, '');
  if (!/[\u4e00-\u9fff]/.test(visible)) return false;
  const plain = visible.match(/[\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e\u2014-\u201d\u2026\u00b7\x21-\x7e]/g)?.length ?? 0;
  return plain / visible.length >= 0.95;
}

/**
 * A Word document, PDF or other binary file under a text name (`法规.docx` renamed `text.txt`) is not a badly encoded
 * text: say what it is and how to add it.
 */
function officeFile(bytes: Uint8Array, file: string): string | null {
  const has = (sig: number[]) => sig.every((x, i) => bytes[i] === x);
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
  if (has([0x50, 0x4b, 0x03, 0x04])) {
    return `这不是文本文件，而是 Word 文档（.docx，ZIP 压缩格式）或其他压缩文件，只是扩展名不同。若是 Word 文档，请把文件名改回 ${base}.docx，再运行 npm run add -- ${base}.docx（会从中提取文字，并保留原件）`;
  }
  if (has([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return `这不是文本文件，而是旧版 Word 文档（.doc，二进制格式），只是扩展名不同。请用 Word 或 WPS 打开它，“另存为”Word 文档（*.docx），再运行 npm run add -- ${base}.docx`;
  }
  if (has([0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return `这不是文本文件，而是 PDF 文件，只是扩展名不同。PDF 读不出可靠的条文：请改用该法规的 Word（.docx）版本运行 npm run add`;
  }
  return null;
}

const ADVICE = '请将文件另存为 UTF-8 编码';

/**
 * Decode a regulation file. UTF-8 (with or without BOM) is read as is. GB18030/GBK (older Windows tools) and
 * UTF-16 with a BOM are converted, with an error that says so; anything else is refused with an error. Nothing is
 * ever read as mojibake.
 */
export function decodeRegulationBytes(bytes: Uint8Array, file: string): DecodeResult {
  const office = officeFile(bytes, file);
  if (office) return { text: null, diagnostic: { file, line: 1, column: 1, severity: 'error', ruleId: 'encoding', reason: office } };
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, diagnostic: null };
  const at = (line: number, column: number, reason: string): Diagnostic => ({ file, line, column, severity: 'error', ruleId: 'encoding', reason });
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const utf16 = bom16 ? tryDecode(bytes, bom16) : null;
  if (bom16 && utf16 !== null) {
    return {
      text: utf16,
      diagnostic: at(1, 1, `文件不是 UTF-8 编码：开头的字节顺序标记表明是 UTF-16（${bom16 === 'utf-16le' ? '小端' : '大端'}）。已按 UTF-16 转换后解析；${ADVICE}。`),
    };
  }
  const { line, column } = locateInvalidUtf8(bytes);
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null && readsAsChinese(gb)) {
    const reason = `文件不是 UTF-8 编码：第 ${line} 行第 ${column} 列起不是有效的 UTF-8，检测为 GB18030/GBK 编码。已按 GB18030 转换后解析；${ADVICE}（例如 iconv -f GB18030 -t UTF-8）。`;
    return { text: gb, diagnostic: at(line, column, reason) };
  }
  return { text: null, diagnostic: at(line, column, `文件不是 UTF-8 编码：第 ${line} 行第 ${column} 列出现无效字节，也不像 GB18030/GBK 中文文本，无法读取。${ADVICE}。`) };
}

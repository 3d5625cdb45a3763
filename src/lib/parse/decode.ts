import type { Diagnostic } from '../schemas/diagnostic.ts';

/** The result of decoding a file's bytes: the text, or a diagnostic saying why it cannot be read. */
export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

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
    } else column++;
    i += len;
  }
  return { line, column };
}

/**
 * Decode a regulation file. UTF-8 (with or without BOM) is accepted; anything else is refused with a
 * message that names the likely encoding (GB18030/GBK from older Windows tools) so nothing is read as mojibake.
 */
export function decodeRegulationBytes(bytes: Uint8Array, file: string): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const { line, column } = locateInvalidUtf8(bytes);
    let guess = '未知编码';
    try {
      const gb = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (/[\u4e00-\u9fff]/.test(gb)) guess = 'GB18030/GBK';
    } catch {
      /* not GB18030 either */
    }
    const reason =
      `文件不是 UTF-8 编码（看起来是 ${guess}）：应为 UTF-8 文本，第 ${line} 行第 ${column} 列出现无效字节。` +
      (guess === 'GB18030/GBK' ? '请先转换为 UTF-8，例如 `iconv -f GB18030 -t UTF-8`。' : '');
    return { ok: false, diagnostic: { file, line, column, severity: 'error', ruleId: 'encoding', reason } };
  }
}

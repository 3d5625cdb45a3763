import { Inflate } from 'fflate';

/**
 * The most `word/document.xml` may inflate to, in bytes. A regulation draft's body is a few hundred KB of XML
 * (the 60-article sample: about 0.2 MB; the Civil Code's 1,260 articles would be about 5 MB with Word's markup),
 * so 20 MB is far beyond any real draft, and inflating it takes a fraction of a second. A zip bomb (1 GB of
 * spaces compresses to 1 MB) is stopped here, before it is inflated any further.
 */
export const DOCX_XML_LIMIT = 20 * 2 ** 20;
/** Compressed bytes handed to the inflater at a time: DEFLATE expands at most ~1,032×, so one step stays under 17 MB. */
const INFLATE_STEP = 16 * 1024;

/** A .docx that cannot be read, with the Chinese message the checker shows. */
export class DocxError extends Error {}

const MB = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
const tooLarge = () =>
  new DocxError(
    `无法读取该 .docx 文件：文件解压后超过 ${MB(DOCX_XML_LIMIT)}（正文部分 word/document.xml），远大于任何法规草案，可能是“压缩炸弹”或损坏的文件。已停止解压。请另存为 .txt 后打开，或直接粘贴文字。`,
  );
const notZip = () => new DocxError('无法读取该 .docx 文件：它不是有效的 Word 文档（zip 格式错误）');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric character references; a reference to no character is refused. */
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (ref, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    // beyond U+10FFFF or a lone surrogate: no character (String.fromCodePoint would throw "Invalid code point")
    if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
      throw new DocxError(
        `无法读取该 .docx 文件：文档中有无效的字符引用 ${ref.length > 24 ? ref.slice(0, 24) + '…' : ref}（不对应任何字符），文件可能已损坏。请在 Word 中打开并另存后再试，或直接粘贴文字。`,
      );
    }
    return String.fromCodePoint(code);
  });
}

/** The tags that make a body's text, in one pass; attributes stop at any `<` so that no match scans past a tag. */
const TOKENS = /<w:p\b[^<>]*\/>|<w:p\b[^<>]*>|<\/w:p>|<w:t\b[^<>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\b[^<>]*\/>/g;

/**
 * The plain text of a Word document body (`word/document.xml`): one line per paragraph (`w:p`), with
 * tabs and line breaks kept; everything else (formatting, bookmarks, field codes) is markup, not text.
 * Linear in the XML: a crafted body of unclosed tags (`<w:body>` or `<w:p>` a million times) took quadratic time
 * with the lazy paragraph regex it replaces, whose results it keeps: a paragraph inside a paragraph is read as part
 * of the outer one up to the first `</w:p>`, and an unclosed last paragraph is left out.
 */
export function documentXmlToText(xml: string): string {
  const open = /<w:body\b[^<>]*>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  const body = open && close >= open.index + open[0].length ? xml.slice(open.index + open[0].length, close) : xml;
  const lines: string[] = [];
  let line: string | null = null;
  for (const token of body.matchAll(TOKENS)) {
    const tag = token[0];
    if (line === null) {
      if (tag.startsWith('<w:p') && tag.endsWith('/>')) lines.push('');
      else if (tag.startsWith('<w:p')) line = '';
    } else if (tag === '</w:p>') {
      lines.push(line);
      line = null;
    } else if (tag.startsWith('<w:tab')) line += '\t';
    else if (tag.startsWith('<w:br')) line += '\n';
    else if (tag.startsWith('<w:t')) line += decodeXml(token[1] ?? '');
  }
  return lines.join('\n');
}

/** Where one zip entry's data lies, as its central directory declares it. */
interface ZipEntry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** Find `name` in the zip's central directory (the list at the end of the file); null when it is not there. */
function findZipEntry(bytes: Uint8Array, name: string): ZipEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end-of-central-directory record: 22 bytes plus a comment of up to 65,535
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const wanted = new TextEncoder().encode(name);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw notZip();
    const nameLength = view.getUint16(at + 28, true);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((b, i) => b === wanted[i])) {
      return {
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        declaredSize: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      };
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}

/**
 * Inflate one entry, at most `limit` bytes: the declared size refuses an honest large file at once, and the
 * inflater is fed a little at a time and stopped as soon as its output passes the limit, since a crafted file
 * can declare any size it likes.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.declaredSize > limit) throw tooLarge();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw notZip();
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  // a size of 0xFFFFFFFF means Zip64 (over 4 GB): read to the end, the limit stops it
  const end = entry.compressedSize === 0xffffffff ? bytes.length : Math.min(bytes.length, start + entry.compressedSize);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw new DocxError(`无法读取该 .docx 文件：不支持的压缩方式（${entry.method}）`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < data.length && !done; i += INFLATE_STEP) inflater.push(data.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= data.length);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('无法读取该 .docx 文件：压缩数据已损坏');
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Read the text of a .docx file's bytes. Only the body (`word/document.xml`) is inflated, never more than
 * DOCX_XML_LIMIT bytes; throws a DocxError with a Chinese message when it is not a Word document or too large.
 */
export function docxToText(bytes: Uint8Array): string {
  const entry = findZipEntry(bytes, 'word/document.xml');
  if (!entry) throw new DocxError('无法读取该 .docx 文件：缺少 word/document.xml');
  return documentXmlToText(new TextDecoder('utf-8').decode(inflateEntry(bytes, entry, DOCX_XML_LIMIT)));
}

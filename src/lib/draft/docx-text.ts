import { unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five XML entities and numeric character references. */
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e]!,
  );
}

/**
 * The plain text of a Word document body (`word/document.xml`): one line per paragraph (`w:p`), with
 * tabs and line breaks kept; everything else (formatting, bookmarks, field codes) is markup, not text.
 */
export function documentXmlToText(xml: string): string {
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const lines: string[] = [];
  for (const p of body.matchAll(/<w:p\b[^>]*\/>|<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    let line = '';
    for (const run of (p[1] ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:br\b[^>]*\/>/g)) {
      if (run[0].startsWith('<w:tab')) line += '\t';
      else if (run[0].startsWith('<w:br')) line += '\n';
      else line += decodeXml(run[1] ?? '');
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Read the text of a .docx file's bytes; throws with a Chinese message when it is not a Word document. */
export function docxToText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new Error('无法读取该 .docx 文件：它不是有效的 Word 文档（zip 格式错误）');
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('无法读取该 .docx 文件：缺少 word/document.xml');
  return documentXmlToText(new TextDecoder('utf-8').decode(doc));
}

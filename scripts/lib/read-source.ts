// Node-only: read a file a user hands to `npm run add` / `npm run parse`. Text files are parsed as they are; a Word
// document (.docx) or a saved web page (.html) is turned into text first, and the relation between the original
// bytes and that text is described; PDF, .doc, .wps and RTF are refused with what to do instead.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { docxToText } from '../../src/lib/draft/docx-text.ts';
import { looksLikeHistory } from '../../src/lib/parse/history.ts';
import { HTML_NAMED_CHARS, HTML_SPACING_CHARS } from '../../src/lib/parse/html-entities.ts';
import { ARTICLE_LINE, CHAPTER_LINE, PART_LINE, SECTION_LINE, TERMINAL, TITLE_LINE, TOC_LINE } from '../../src/lib/parse/patterns.ts';

/** Lines of the extracted text left out because they are not the regulation (a web page's navigation, footer). */
export interface OmittedLines {
  /** 1-based first and last line of the extracted page text. */
  from: number;
  to: number;
  /** Why they were left out, in Chinese. */
  why: string;
  /** The lines themselves, so nothing is dropped unrecorded. */
  text: string;
}

/** How the text that is parsed was obtained from the original file: written beside both as extraction.json. */
export interface Extraction {
  /** The original file's name in the regulation folder (`source.docx`, `source.html`). */
  source: string;
  sourceSha256: string;
  /** The extracted text's file name (`text.txt`). */
  text: string;
  textSha256: string;
  /** What was taken from the original and how, in Chinese. */
  method: string;
  omitted: OmittedLines[];
}

export type SourceRead =
  | { kind: 'text'; bytes: Buffer }
  | { kind: 'extracted'; format: 'docx' | 'html'; bytes: Buffer; text: string; extraction: Extraction }
  | { kind: 'refused'; reason: string };

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The refusal for a format that cannot be read, saying what to do instead; null when the format is readable. */
export function refusalFor(file: string, bytes: Buffer): string | null {
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file, path.extname(file));
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]) || ext === '.pdf') {
    return `${file} 是 PDF 文件，无法可靠地读出条文：PDF 只记录每个字的位置，不记录段落。请改用 Word 文档：在国家法律法规数据库（https://flk.npc.gov.cn）该法规的页面下载 Word（.docx）版本，再运行 npm run add -- ${name}.docx；只有 PDF 时，用阅读器全选复制正文，粘贴到文本文件，以 UTF-8 编码另存为 ${name}.txt，再运行 npm run add -- ${name}.txt。`;
  }
  const saveAs = (what: string, app: string) =>
    `${file} 是${/^[A-Za-z]/.test(what) ? ' ' : ''}${what}，无法直接读取。请用 ${app} 打开它，选择“另存为”，保存类型选“Word 文档（*.docx）”，再运行 npm run add -- ${name}.docx。`;
  if (ext === '.wps') return saveAs('WPS 文字文档（.wps）', 'WPS');
  if (startsWith(bytes, OLE) || ext === '.doc') return saveAs('旧版 Word 文档（.doc，二进制格式）', 'Word 或 WPS');
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf' || ext === '.rtf') return saveAs('RTF 文档', 'Word 或 WPS');
  return null;
}

/** Read a file for parsing: text as it is, .docx and .html extracted to text, other formats refused. */
export function readSource(file: string, bytes: Buffer): SourceRead {
  const refusal = refusalFor(file, bytes);
  if (refusal) return { kind: 'refused', reason: refusal };
  const ext = path.extname(file).toLowerCase();
  // a zip is never a text: a Word document saved under another name is still read as one
  if (ext === '.docx' || startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readDocx(file, bytes);
  if (
    ext === '.html' ||
    ext === '.htm' ||
    /^\s*<(!doctype html|html)\b/i.test(
      bytes
        .subarray(0, 200)
        .toString('latin1')
        .replace(/^\ufeff|^\xef\xbb\xbf/, ''),
    )
  ) {
    return readHtml(bytes);
  }
  return { kind: 'text', bytes };
}

function readDocx(file: string, bytes: Buffer): SourceRead {
  let text: string;
  try {
    text = docxToText(bytes);
  } catch (e) {
    return { kind: 'refused', reason: `${file}：${(e as Error).message}。请用 Word 或 WPS 打开它，重新“另存为”Word 文档（*.docx）后再运行。` };
  }
  text = text.endsWith('\n') ? text : text + '\n';
  const method = 'Word 文档：取 word/document.xml 中的文字（w:t），每个段落（w:p）一行，制表符与换行照录；格式、书签、域代码不是文字，不取。';
  return {
    kind: 'extracted',
    format: 'docx',
    bytes,
    text,
    extraction: { source: 'source.docx', sourceSha256: sha256(bytes), text: 'text.txt', textSha256: sha256(text), method, omitted: [] },
  };
}

/** The page's encoding: a BOM, else `<meta charset>` / `content="…; charset=…"`, else UTF-8 when valid, else GB18030. */
export function htmlEncoding(bytes: Buffer): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) return /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared) ? 'gb18030' : declared;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Spacing and character entities, by name: a page turned into text keeps its spaces. */
const HTML_ENTITIES: Readonly<Record<string, string>> = { ...HTML_SPACING_CHARS, ...HTML_NAMED_CHARS };

/** Decode HTML entities; an unknown named entity is left as written (it is then visible, not lost). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (HTML_ENTITIES[e.toLowerCase()] ?? all),
  );
}

const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|section|article|header|footer|nav|main|aside|blockquote|title|center|dd|dt|dl|pre|form)\b[^>]*>/gi;

/**
 * The visible text of a page, one line per block (paragraph, heading, list item, table row) or `<br>`: head,
 * scripts, styles and comments are not text; entities are decoded; blank lines are squeezed to one.
 * @example htmlToText('<p>第一条　为了…<br>（一）甲；</p>') // → '第一条　为了…\n（一）甲；'
 */
export function htmlToText(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(BLOCK, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '');
  const lines = decodeEntities(s)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''));
  return lines
    .filter((l, i) => l !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

const squash = (t: string) => t.replace(/[\s\u3000]/g, '');
const isHeadingish = (t: string) =>
  CHAPTER_LINE.test(t) ||
  SECTION_LINE.test(t) ||
  PART_LINE.test(t) ||
  TOC_LINE.test(t) ||
  (t.length <= 12 && !/[，。；：:,;！？、>＞|｜]/.test(t) && !/^(首页|主页|当前位置|返回|打印|关闭)/.test(t));

const bare = (l: string) => l.trim().replace(/^[\s\u3000]+/, '');
const isTitle = (l: string) => TITLE_LINE.test(squash(l));

/**
 * The part of a page's text that is the regulation: the title line, the history and contents just above the first
 * article, and everything to the last line that ends a sentence after the last article. The rest (navigation,
 * publication details between title and text, footer) is returned as omitted lines, never silently dropped.
 */
export function trimToRegulation(pageText: string): { text: string; omitted: OmittedLines[] } {
  const lines = pageText.split('\n');
  const first = lines.findIndex((l) => ARTICLE_LINE.test(bare(l)));
  if (first < 0) return { text: pageText, omitted: [] };
  let body = first;
  let title = -1;
  for (let j = first - 1; j >= 0 && title === -1; j--) {
    const t = bare(lines[j]!);
    if (isTitle(t)) title = j;
    else if (t === '' || looksLikeHistory(t.replace(/^[（(]|[）)]$/g, '')) || isHeadingish(t)) body = t === '' ? body : j;
    else {
      // a line of publication details (发布时间、来源) may stand between the title and the text
      const from = Math.max(0, j - 4);
      const k = lines.slice(from, j).findLastIndex(isTitle);
      title = k >= 0 ? from + k : -2;
    }
  }
  if (title === -2) title = -1;
  let last = lines.findLastIndex((l) => ARTICLE_LINE.test(bare(l)));
  for (let j = last + 1; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t === '') continue;
    if (!TERMINAL.test(t)) break;
    last = j;
  }
  const omitted: OmittedLines[] = [];
  const omit = (from: number, to: number, why: string) => {
    while (from <= to && lines[from]!.trim() === '') from++;
    while (to >= from && lines[to]!.trim() === '') to--;
    if (from <= to) omitted.push({ from: from + 1, to: to + 1, why, text: lines.slice(from, to + 1).join('\n') });
  };
  omit(0, (title >= 0 ? title : body) - 1, '网页中正文之前的文字（导航、栏目等）');
  if (title >= 0) omit(title + 1, body - 1, '网页中标题与正文之间的发布信息');
  omit(last + 1, lines.length - 1, '网页中正文之后的文字（打印、关闭、版权等）');
  const kept = [...(title >= 0 ? [lines[title]!, ''] : []), ...lines.slice(body, last + 1)];
  return { text: kept.join('\n').replace(/\n{3,}/g, '\n\n') + '\n', omitted };
}

function readHtml(bytes: Buffer): SourceRead {
  const encoding = htmlEncoding(bytes);
  const html = new TextDecoder(encoding).decode(bytes);
  const { text, omitted } = trimToRegulation(htmlToText(html));
  const method = `网页（${encoding === 'gb18030' ? 'GB2312/GBK，按 GB18030 解码' : encoding.toUpperCase()}）：去掉 head、脚本、样式和注释，每个段落、标题、列表项、表格行或 <br> 一行，解码 HTML 实体；只保留从标题到最后一条的正文，其余文字记在 omitted 中。`;
  return {
    kind: 'extracted',
    format: 'html',
    bytes,
    text,
    extraction: { source: 'source.html', sourceSha256: sha256(bytes), text: 'text.txt', textSha256: sha256(text), method, omitted },
  };
}

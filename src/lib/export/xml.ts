/** An XML element: name, attributes (undefined ones are left out) and children (elements or text). */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: Array<XmlElement | string>;
}

// XML 1.0 forbids these code points even as character references; unpaired surrogates are not characters at all.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Thrown when a text holds a character XML 1.0 cannot carry; the message says where. */
export class XmlCharacterError extends Error {}

/**
 * Escape text for an XML attribute value or element content. Tabs and line breaks in attributes become
 * character references so that a parser's attribute normalisation cannot turn them into spaces.
 * @example escapeXml('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string, where = ''): string {
  const bad = ILLEGAL.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new XmlCharacterError(`XML 1.0 不能表示字符 U+${code}${where ? `（${where}）` : ''}`);
  }
  return text.replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function openTag(el: XmlElement, where: string): string {
  const attrs = Object.entries(el.attrs ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  return `<${el.name}${attrs.map(([k, v]) => ` ${k}="${escapeXml(v, where)}"`).join('')}`;
}

/** Text content, escaped: `"`, tabs and LF may stay literal, but CR must be a reference or a parser turns it into LF. */
function escapeText(text: string, where: string): string {
  return escapeXml(text, where).replace(/&quot;|&#9;|&#10;/g, (ref) => TEXT_LITERAL[ref]!);
}

const TEXT_LITERAL: Record<string, string> = { '&quot;': '"', '&#9;': '\t', '&#10;': '\n' };

/**
 * Serialise an element. Elements holding only elements are indented one level per depth; an element with text
 * content (any text child, or a name in `inline`) is written on one line, so no whitespace is added to the text.
 */
export function serializeXml(el: XmlElement, inline: ReadonlySet<string> = new Set(), depth = 0, where = ''): string {
  const pad = '  '.repeat(depth);
  const children = el.children ?? [];
  const here = el.attrs?.['eId'] ?? where;
  if (children.length === 0) return `${pad}${openTag(el, here)}/>`;
  if (inline.has(el.name) || children.some((c) => typeof c === 'string')) return pad + serializeInline(el, here);
  const inner = children.map((c) => serializeXml(c as XmlElement, inline, depth + 1, here)).join('\n');
  return `${pad}${openTag(el, here)}>\n${inner}\n${pad}</${el.name}>`;
}

function serializeInline(el: XmlElement, where: string): string {
  const inner = (el.children ?? []).map((c) => (typeof c === 'string' ? escapeText(c, where) : serializeInline(c, where))).join('');
  return (el.children ?? []).length ? `${openTag(el, where)}>${inner}</${el.name}>` : `${openTag(el, where)}/>`;
}

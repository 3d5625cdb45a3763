// Readers for the exported files, strict enough to prove what the /data/ page promises: a namespace-aware XML
// parser (sax, already installed with Astro, in strict mode, plus the well-formedness rules it does not check)
// and an RFC 4180 CSV parser.
import { createRequire } from 'node:module';
import { keptTextInOrder } from '../../src/lib/corpus/accounting.ts';
import { AKN_NS } from '../../src/lib/export/akn.ts';
import type { ParsedRegulation } from '../../src/lib/schemas/regulation.ts';

/** An XML element as read back: local name, namespace URI, attributes (qualified names) and children. */
export interface XNode {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: Array<XNode | string>;
}

interface SaxParser {
  onerror: (e: Error) => void;
  onopentag: (tag: { local: string; uri: string; attributes: Record<string, { value: string }> }) => void;
  onclosetag: () => void;
  ontext: (t: string) => void;
  onattribute: (a: { name: string }) => void;
  error: Error | null;
  line: number;
  column: number;
  resume: () => void;
  write: (s: string) => SaxParser;
  close: () => void;
}
const sax = createRequire(import.meta.url)('sax') as { parser: (strict: boolean, opts: { xmlns: boolean }) => SaxParser };

// XML 1.0 Char production: no C0 controls but tab/LF/CR, no U+FFFE/U+FFFF, no lone surrogates
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Parse XML strictly; `errors` lists every well-formedness violation found (empty for a well-formed document). */
export function readXml(xml: string): { root: XNode | null; errors: string[] } {
  const errors: string[] = [...rawErrors(xml)];
  const p = sax.parser(true, { xmlns: true });
  const stack: XNode[] = [];
  let root: XNode | null = null;
  let seenAttrs = new Set<string>();
  p.onerror = (e) => {
    errors.push(`${p.line + 1}:${p.column + 1} ${e.message.split('\n')[0]}`);
    p.error = null;
    p.resume();
  };
  p.onattribute = (a) => {
    if (seenAttrs.has(a.name)) errors.push(`${p.line + 1}: 属性重复 ${a.name}`);
    seenAttrs.add(a.name);
  };
  p.onopentag = (tag) => {
    seenAttrs = new Set();
    const node: XNode = { name: tag.local, uri: tag.uri, attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, v.value])), children: [] };
    if (stack.length) stack.at(-1)!.children.push(node);
    else if (root) errors.push(`${p.line + 1}: 多于一个根元素 <${tag.local}>`);
    else root = node;
    stack.push(node);
  };
  p.onclosetag = () => void stack.pop();
  p.ontext = (t) => void stack.at(-1)?.children.push(t);
  p.write(xml).close();
  return { root, errors };
}

/** What sax lets through: characters XML cannot hold, and `<` inside an attribute value. */
function rawErrors(xml: string): string[] {
  const errors: string[] = [];
  const bad = ILLEGAL_CHAR.exec(xml);
  if (bad) errors.push(`非法字符 U+${bad[0].codePointAt(0)!.toString(16)} 在偏移 ${bad.index}`);
  let state: 'text' | 'tag' | 'skip' = 'text';
  let quote = '';
  let skipEnd = '';
  for (let i = 0; i < xml.length; i++) {
    const c = xml[i]!;
    if (state === 'skip') {
      if (xml.startsWith(skipEnd, i)) {
        state = 'text';
        i += skipEnd.length - 1;
      }
    } else if (state === 'text') {
      if (c !== '<') continue;
      const skip = ['<!--', '<![CDATA[', '<?'].find((open) => xml.startsWith(open, i));
      if (skip !== undefined) {
        state = 'skip';
        skipEnd = { '<!--': '-->', '<![CDATA[': ']]>', '<?': '?>' }[skip]!;
      } else state = 'tag';
    } else if (quote) {
      if (c === quote) quote = '';
      else if (c === '<') errors.push(`属性值中有未转义的 < 在偏移 ${i}`);
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') state = 'text';
  }
  return errors;
}

/** Every element of a tree in document order. */
export function elements(node: XNode): XNode[] {
  return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))];
}

/** The first descendant (or self) with this local name. */
export function find(node: XNode, name: string): XNode | undefined {
  return elements(node).find((e) => e.name === name);
}

/** All text inside a node, in order. */
export function textOf(node: XNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Parse RFC 4180 CSV (after an optional BOM): quoted fields may hold commas, doubled quotes and line breaks. */
export function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = csv.startsWith('\ufeff') ? 1 : 0;
  let quoted = false;
  for (; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`CSV 不符合 RFC 4180：偏移 ${i} 处有未加引号的 ${JSON.stringify(c)}`);
    else field += c;
  }
  if (quoted) throw new Error('CSV 不符合 RFC 4180：引号未闭合');
  if (field !== '' || row.length) throw new Error('CSV 不符合 RFC 4180：最后一行没有以 CRLF 结尾');
  return rows;
}

/** Every node id of a parsed regulation with the Akoma Ntoso element it must become. */
export function expectedAknElements(parsed: ParsedRegulation): Map<string, string> {
  const out = new Map<string, string>();
  const kinds = { part: 'part', chapter: 'chapter', section: 'section', heading: 'hcontainer' } as const;
  for (const d of parsed.divisions) out.set(d.id, kinds[d.kind]);
  for (const a of parsed.articles) {
    out.set(a.id, 'article');
    for (const p of a.paragraphs) {
      out.set(p.id, 'paragraph');
      for (const it of p.items) {
        out.set(it.id, 'point');
        for (const s of it.subItems) out.set(s.id, 'point');
      }
    }
  }
  return out;
}

/** The text a reader gets from <num>, <heading> and <p>, in document order, leaving out what the editor added. */
export function aknDocumentText(node: XNode, inText = false): string {
  if (node.attrs['status'] === 'editorial') return '';
  const text = inText || ['num', 'heading', 'p'].includes(node.name);
  return node.children.map((c) => (typeof c === 'string' ? (text ? c : '') : aknDocumentText(c, text))).join('');
}

/**
 * Everything an exported Akoma Ntoso file promises about one regulation, as a list of problems (empty when it
 * keeps every promise): well-formed, the AKN namespace, one element per node with the node id as eId, unique and
 * resolvable eIds, and exactly the text the parser kept.
 */
export function aknProblems(xml: string, parsed: ParsedRegulation): string[] {
  const { root, errors } = readXml(xml);
  if (!root) return [...errors, '没有根元素'];
  const problems = [...errors];
  if (root.name !== 'akomaNtoso' || root.uri !== AKN_NS) problems.push(`根元素为 {${root.uri}}${root.name}`);
  const foreign = new Set(elements(find(root, 'proprietary') ?? root).slice(1));
  for (const e of elements(root)) if (e.uri !== AKN_NS && !foreign.has(e)) problems.push(`元素 ${e.name} 不在 AKN 命名空间`);
  const all = elements(root).filter((e) => e.attrs['eId']);
  const eIds = all.map((e) => e.attrs['eId']!);
  for (const dup of eIds.filter((id, i) => eIds.indexOf(id) !== i)) problems.push(`eId 重复：${dup}`);
  const structural = [find(root, 'preface'), find(root, 'body')].flatMap((n) => (n ? elements(n) : [])).filter((e) => e.attrs['eId']);
  const expected = expectedAknElements(parsed);
  for (const e of structural) {
    const want = expected.get(e.attrs['eId']!);
    if (!want) problems.push(`eId ${e.attrs['eId']} 在 JSON 中没有对应的节点`);
    else if (want !== e.name) problems.push(`${e.attrs['eId']} 应为 <${want}>，实为 <${e.name}>`);
  }
  const seen = new Set(structural.map((e) => e.attrs['eId']));
  for (const id of expected.keys()) if (!seen.has(id)) problems.push(`节点 ${id} 没有对应的元素`);
  for (const e of elements(root)) {
    for (const attr of ['href', 'source', 'refersTo', 'from', 'upTo']) {
      const v = e.attrs[attr];
      if (v?.startsWith('#') && !eIds.includes(v.slice(1))) problems.push(`${attr}="${v}" 指向不存在的 eId`);
    }
  }
  if (aknDocumentText(root) !== keptTextInOrder(parsed).join('')) problems.push('文字与解析结果不一致');
  return problems;
}

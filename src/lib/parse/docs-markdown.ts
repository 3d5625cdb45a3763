// Pre-pass for markdown written for a documentation site (FORMATS.md §3b, VuePress-style): inline HTML around the
// articles, entities for spacing, `::: tip` containers, `[[toc]]`, `{align="center"}` after headings. It finds every
// span of markup so that `cleanLine` can record it as an artifact and remove it (or blank a spacing entity in place),
// keeping every position that of the file and leaving the lines the ordinary parser reads.
import type { Artifact } from '../schemas/regulation.ts';
import { looksLikeHistory } from './history.ts';
import { HTML_NAMED_CHARS, HTML_SPACING_CHARS } from './html-entities.ts';

/** A span of one line to record as an artifact and blank out; `start`/`end` are 0-based raw columns. */
export interface MarkupSpan {
  start: number;
  end: number;
  kind: Artifact['kind'];
  /** A spacing entity (`&emsp;`): blanked in place rather than removed, because it separates words. */
  spacing?: boolean;
}

/** A removed entity that stood for a character the text now lacks (`&ldquo;`): worth a warning. */
export interface LostCharacter {
  line: number;
  column: number;
  entity: string;
  /** the character it stands for; null for a name the parser does not know (the text may lack a character) */
  char: string | null;
}

/** What the pre-pass found: markup spans per 1-based line number, and the characters removed with entities. */
export interface DocsMarkup {
  spans: Map<number, MarkupSpan[]>;
  lost: LostCharacter[];
}

/** Signs of the documentation-site family; checked once per file so other families pay nothing. */
const FAMILY = /^[ \t]*:::|\[\[toc\]\]|<\/?(?:p|br|b|strong|span|div|font|center)\b[^<>]*>|&(?:emsp|ensp|nbsp|#\d+);/m;
/** Inline markup: an HTML tag, an entity, or attributes closing a heading (`{align="center"}`, `{#id}`). */
const INLINE = /<\/?[a-zA-Z][^<>]*>|&(?:#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+\d*);|\{(?:\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))+\s*\}[ \t]*$/g;
const CONTAINER = /^[ \t]*:::[ \t]*(.*?)[ \t]*$/;
const TOC_MARK = /^[ \t]*\[\[toc\]\][ \t]*$/;
/** Entities that are only spacing: removing them loses nothing. */
const SPACING = new Set([...Object.keys(HTML_SPACING_CHARS), 'zwsp', '#12288', '#160', '#x3000', '#xa0']);

/** True when the text carries the markup of a documentation site. */
export function isDocsSiteMarkdown(text: string): boolean {
  return FAMILY.test(text);
}

/** The character an entity stands for, or null when it is spacing or a name not in HTML_NAMED_CHARS. */
function entityChar(name: string): string | null {
  if (SPACING.has(name.toLowerCase())) return null;
  if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  return HTML_NAMED_CHARS[name] ?? null;
}

/** The inline markup spans of one line, and the characters lost with its entities. */
function inlineSpans(raw: string, line: number, lost: LostCharacter[]): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  for (const m of raw.matchAll(INLINE)) {
    const text = m[0];
    const kind = text[0] === '<' ? 'html-tag' : text[0] === '&' ? 'html-entity' : 'heading-attribute';
    const end = kind === 'heading-attribute' ? m.index + text.trimEnd().length : m.index + text.length;
    const name = kind === 'html-entity' ? text.slice(1, -1) : null;
    const spacing = name !== null && SPACING.has(name.toLowerCase());
    spans.push(spacing ? { start: m.index, end, kind, spacing } : { start: m.index, end, kind });
    if (name !== null && !spacing) lost.push({ line, column: m.index + 1, entity: text, char: entityChar(name) });
  }
  return spans;
}

/**
 * Find the markup of every line after `skip` lines (the front matter). Container marker lines (`::: tip 修订信息`,
 * `:::`) and `[[toc]]` are removed whole; inside `::: details 目录` every line is table of contents; inside any other
 * container a line is kept only when it is a history event (`::: tip 修订信息`), else removed (`::: warning 原文链接`).
 */
export function findDocsMarkup(lines: ReadonlyArray<{ raw: string; number: number }>, skip: number): DocsMarkup {
  const spans = new Map<number, MarkupSpan[]>();
  const lost: LostCharacter[] = [];
  let container: string | null = null;
  const whole = (l: { raw: string; number: number }, kind: Artifact['kind']) => spans.set(l.number, [{ start: 0, end: l.raw.length, kind }]);
  for (const l of lines.slice(skip)) {
    const marker = CONTAINER.exec(l.raw);
    if (marker) {
      container = container === null ? marker[1]! : marker[1] ? marker[1] : null;
      whole(l, 'container');
    } else if (TOC_MARK.test(l.raw)) whole(l, 'toc');
    else if (container !== null && /目\s*录/.test(container)) {
      if (l.raw.trim()) whole(l, 'toc');
    } else {
      const lineLost: LostCharacter[] = [];
      const inline = inlineSpans(l.raw, l.number, lineLost);
      if (container !== null && l.raw.trim() && !looksLikeHistory(blank(l.raw, inline).trim())) whole(l, 'container');
      else {
        if (inline.length) spans.set(l.number, inline);
        lost.push(...lineLost);
      }
    }
  }
  return { spans, lost };
}

/**
 * Replace each span with as many spaces, so positions do not move.
 * @example blank('<b>第一条</b>', [{ start: 0, end: 3, kind: 'html-tag' }]) // → '   第一条</b>'
 */
export function blank(raw: string, spans: ReadonlyArray<MarkupSpan>): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += raw.slice(last, s.start) + ' '.repeat(s.end - s.start);
    last = s.end;
  }
  return out + raw.slice(last);
}

/**
 * The `title:` of YAML front matter and where its value starts in the front matter's text (quotes excluded).
 * @example frontMatterTitle('---\ntitle: 江州市养犬管理条例\n---') // → { text: '江州市养犬管理条例', at: 11 }
 */
export function frontMatterTitle(frontMatter: string): { text: string; at: number } | null {
  const m = /^title:[ \t]*(["']?)(.*?)\1[ \t]*$/m.exec(frontMatter);
  if (!m?.[2]) return null;
  return { text: m[2], at: m.index + m[0].indexOf(m[2], 'title:'.length + m[1]!.length) };
}

import { articleIdOfNumber, itemIdIn, paragraphIdIn, subItemIdIn } from '../cite/node-id.ts';
import { slugOfArticleId } from '../cite/permalink.ts';
import type { Diagnostic } from '../schemas/diagnostic.ts';
import type { Position } from '../schemas/position.ts';
import type { Article, Division, Item, Paragraph, SubItem } from '../schemas/provision.ts';
import type { Artifact, HistoryNote, ParsedRegulation } from '../schemas/regulation.ts';
import { decodeRegulationBytes } from './decode.ts';
import { findDocsMarkup, frontMatterTitle, isDocsSiteMarkdown } from './docs-markdown.ts';
import { DiagnosticBag } from './diagnostics.ts';
import { extractFacts } from './facts.ts';
import { keepOwnHistory, looksLikeHistory, readHistoryNote, type ReadNote } from './history.ts';
import { findInlineItems } from './inline-items.ts';
import { cleanLine, positionAt, rawColumnOf, splitLines, type SourceLine } from './lines.ts';
import { cnToInt } from './numerals.ts';
import {
  ARTICLE_LINE,
  CHAPTER_LINE,
  GLUED_ARTICLE_LINE,
  HEADING_FORBIDDEN,
  INFO_END,
  ITEM_LINE,
  PART_LINE,
  SECTION_LINE,
  SUBITEM_LINE,
  TERMINAL,
  TITLE_LINE,
  TOC_LINE,
} from './patterns.ts';
import { findReferences } from './references.ts';
import { validateNumbering } from './validate.ts';

/** The parser's answer: the regulation as far as it could be read, and every message about the input. */
export interface ParseResult {
  regulation: ParsedRegulation;
  diagnostics: Diagnostic[];
}

/** A piece of text that may span several source lines (a wrapped paragraph). */
interface TextBuilder {
  text: string;
  /** Where each source line's contribution starts in `text`. */
  segs: Array<{ at: number; line: SourceLine; lineIndex: number }>;
  pos: Position;
}
interface SubItemB extends TextBuilder {
  label: string;
  number: number;
}
interface ItemB extends TextBuilder {
  label: string;
  number: number;
  subItems: SubItemB[];
}
interface ParaB extends TextBuilder {
  items: ItemB[];
  inline: boolean;
}
interface ArticleB {
  label: string;
  number: number;
  suffix: number;
  pos: Position;
  divisionId: string | null;
  paras: ParaB[];
  awaitingText: boolean;
}

type HeadingKind = 'part' | 'chapter' | 'section';
const HEADING_PATTERNS: Array<[HeadingKind, RegExp]> = [
  ['part', PART_LINE],
  ['chapter', CHAPTER_LINE],
  ['section', SECTION_LINE],
];

/** Recognise a numbered heading line (编/章/节); the name must not read like a sentence. */
function matchHeading(text: string): { kind: HeadingKind; label: string; number: number | null; rawName: string } | null {
  for (const [kind, re] of HEADING_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const rawName = m[3] ?? '';
    if (HEADING_FORBIDDEN.test(rawName) || rawName.length > 40) return null;
    return { kind, label: m[1]!, number: cnToInt(m[2]!), rawName };
  }
  return null;
}

/** Short, with no sentence punctuation: what an unnumbered heading such as `法律责任` or `附　　则` looks like. */
function isShortHeadingText(text: string): boolean {
  return text.length <= 12 && !/[，。；：:,;！？、（）()《》“”"']/.test(text);
}

function startText(line: SourceLine, text: string, lineIndex: number): TextBuilder {
  return { text, segs: [{ at: 0, line, lineIndex }], pos: positionAt(line, rawColumnOf(line, lineIndex)) };
}

function appendText(b: TextBuilder, line: SourceLine): void {
  b.segs.push({ at: b.text.length, line, lineIndex: 0 });
  b.text += line.text;
}

/** Position of index `i` of a builder's text in the source. */
function positionIn(b: TextBuilder, i: number): Position {
  // binary search: a paragraph wrapped over 100,000 lines has as many segments
  let lo = 0;
  let hi = b.segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (b.segs[mid]!.at <= i) lo = mid;
    else hi = mid - 1;
  }
  const seg = b.segs[lo]!;
  return positionAt(seg.line, rawColumnOf(seg.line, seg.lineIndex + (i - seg.at)));
}

/** Detect the markdown family: front matter, `#` headings or the INFO END marker. */
function isMarkdown(lines: Array<{ raw: string }>): boolean {
  return lines.some((l) => /^#{1,6}[ \t\u3000]/.test(l.raw.trimStart()) || INFO_END.test(l.raw.trim())) || /^\ufeff?---\s*$/.test(lines[0]?.raw ?? '');
}

/**
 * Parse a regulation file (bytes or decoded text) into its structure. Never throws on bad input:
 * problems come back as diagnostics (errors fail the build; warnings are printed).
 */
export function parseRegulation(input: Uint8Array | string, file: string): ParseResult {
  if (typeof input === 'string') return new RegulationParser(input, file).run();
  const decoded = decodeRegulationBytes(input, file);
  if (decoded.text === null) return { regulation: emptyRegulation(file), diagnostics: decoded.diagnostic ? [decoded.diagnostic] : [] };
  const result = new RegulationParser(decoded.text, file).run();
  // a converted file (GB18030, UTF-16) is parsed, but the error saying so comes first
  if (decoded.diagnostic) result.diagnostics.unshift(decoded.diagnostic);
  return result;
}

function emptyRegulation(file: string): ParsedRegulation {
  return {
    sourceFile: file,
    title: null,
    history: [],
    divisions: [],
    articles: [],
    facts: { effectiveDate: null, effectiveSourceId: null, effectiveOnPromulgation: false, repeals: [], definitions: [] },
    artifacts: [],
  };
}

/** One parse of one text: phases normalize → classify lines → build nodes → resolve → validate. */
class RegulationParser {
  private readonly bag: DiagnosticBag;
  private readonly artifacts: Artifact[] = [];
  private readonly lines: SourceLine[] = [];
  private title: ParsedRegulation['title'] = null;
  private readonly history: HistoryNote[] = [];
  /** Each history note as read, with its line and where its text starts on the line, for placing messages. */
  private readonly historyReads: Array<{ read: ReadNote; line: SourceLine; base: number }> = [];
  private readonly divisions: Division[] = [];
  private readonly articles: ArticleB[] = [];
  private current: { part: Division | null; chapter: Division | null; section: Division | null } = { part: null, chapter: null, section: null };
  private holder: TextBuilder | null = null;
  private lastTerminal = true;
  private blankSince = false;
  private toc: { first: string | null; count: number } | null = null;
  /** Lines before the first article that fit nowhere; reported once we know whether any article follows. */
  private readonly unrecognized: SourceLine[] = [];
  private readonly divisionIds = new Set<string>();
  private headingCount = 0;
  /** The title was read from the front matter; a title line in the body (`<p><b>…条例</b></p>`) then takes over. */
  private titleFromFrontMatter = false;
  /** Where each node's `text` starts inside the builder it was cut from, to place references exactly. */
  private readonly sources = new Map<object, { b: TextBuilder; at: number }>();

  private readonly text: string;
  private readonly file: string;

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
    this.bag = new DiagnosticBag(
      file,
      splitLines(text).map((l) => l.raw),
    );
  }

  run(): ParseResult {
    if (this.text.startsWith('\ufeff')) this.artifacts.push({ kind: 'bom', text: '\ufeff', pos: { line: 1, column: 1, offset: 0 } });
    if (!/[^\s\u3000\u00a0\ufeff]/.test(this.text)) {
      this.bag.error('empty-file', '文件为空：应有法规正文，实为空文件或只有空白', 1, 1);
      return { regulation: emptyRegulation(this.file), diagnostics: this.bag.list };
    }
    const raw = splitLines(this.text);
    const docs = isDocsSiteMarkdown(this.text);
    const markdown = docs || isMarkdown(raw);
    const skip = markdown ? this.skipFrontMatter(raw) : 0;
    const markup = docs ? findDocsMarkup(raw, skip) : null;
    for (const c of markup?.lost ?? []) {
      const what = c.char === null ? '本程序不认识它代表的字符' : `代表字符“${c.char}”`;
      this.bag.warn('html-entity', `已移除 HTML 实体“${c.entity}”（${what}），条文中缺少这个字符：请对照原文核对`, c.line, c.column);
    }
    for (const src of raw) this.reportInvisible(src);
    for (const src of raw.slice(skip)) {
      const withoutBom = src.number === 1 && src.raw.startsWith('\ufeff') ? { ...src, raw: src.raw.slice(1), offset: 1 } : src;
      this.lines.push(cleanLine(withoutBom, this.artifacts, markdown, markup?.spans.get(src.number)));
    }
    this.lines.forEach((line, i) => this.classify(line, i));
    this.reportUnrecognized();
    return this.finish();
  }

  /**
   * Control characters, zero-width characters and bidi controls cannot be seen in an editor, yet change what the text
   * says: a zero-width space inside `第一条` hides the article, a right-to-left override shows the words in another
   * order, a form feed fails the page build. Each is an error at its own line and column, naming the character.
   */
  private reportInvisible(src: { raw: string; number: number }): void {
    INVISIBLE.lastIndex = 0;
    for (let m = INVISIBLE.exec(src.raw); m !== null; m = INVISIBLE.exec(src.raw)) {
      const c = m[0];
      if (c === '\ufeff' && src.number === 1 && m.index === 0) continue; // a BOM opening the file is the file's format
      const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const name = INVISIBLE_NAMES[c] ?? (c < '\u00a0' ? '控制字符' : '不可见字符');
      const at = [...src.raw.slice(Math.max(0, m.index - 8), m.index)].filter((ch) => !BIDI.test(ch) && !INVISIBLE_ONE.test(ch)).join('');
      const where = at ? `，在“${at}”之后` : '，在行首';
      if (BIDI.test(c)) {
        this.bag.error('bidi-control', `有双向文字控制符 ${code}（${name}）${where}：它让文字显示的顺序与实际内容不同，可用来伪装条文。请删除它`, src.number, m.index + 1);
      } else {
        const invisible = c >= '\u00a0' ? '看不见的' : '';
        this.bag.error(
          'control-character',
          `有${invisible}${name} ${code}${where}：法规正文中不应有这个字符（编辑器里通常看不见，构建网页时会出错，在“第…条”中会使条文读不出）。请删除它`,
          src.number,
          m.index + 1,
        );
      }
    }
  }

  /** Record YAML front matter (`---` … `---`) as one artifact and return how many lines it spans. */
  private skipFrontMatter(raw: Array<{ raw: string; offset: number; number: number }>): number {
    if (!/^\ufeff?---\s*$/.test(raw[0]?.raw ?? '')) return 0;
    const close = raw.findIndex((l, i) => i > 0 && /^---\s*$/.test(l.raw));
    if (close < 0) {
      this.bag.error('front-matter', 'YAML 前置信息没有结束：应有一行 ---，实为直到文件结尾都没有', 1, 1);
      return 0;
    }
    const startOffset = raw[0]!.raw.startsWith('\ufeff') ? 1 : 0;
    const end = raw[close]!.offset + raw[close]!.raw.length;
    // a documentation site keeps the title only in the front matter; a `# 标题` line, when there is one, wins
    const fmTitle = frontMatterTitle(this.text.slice(startOffset, end));
    const title = fmTitle && !/^[ \t\u3000]*#[ \t\u3000]/m.test(this.text.slice(end)) ? fmTitle : null;
    const piece = (from: number, to: number) => {
      const line = raw.findLast((l) => l.offset <= from)!;
      this.artifacts.push({ kind: 'front-matter', text: this.text.slice(from, to), pos: positionAt(line, from - line.offset) });
    };
    if (!title) piece(startOffset, end);
    else {
      const at = startOffset + title.at;
      const line = raw.findLast((l) => l.offset <= at)!;
      this.title = { text: title.text, pos: positionAt(line, at - line.offset) };
      this.titleFromFrontMatter = true;
      piece(startOffset, at);
      piece(at + title.text.length, end);
    }
    return close + 1;
  }

  private classify(line: SourceLine, index: number): void {
    const t = line.text;
    if (t === '') {
      this.blankSince = true;
      return;
    }
    if (INFO_END.test(t)) return this.removeLine(line, 'info-end');
    if (this.toc && this.handleTocLine(line)) return;
    if (this.articles.length === 0 && TOC_LINE.test(t)) {
      this.toc = { first: null, count: 0 };
      return this.removeLine(line, 'toc');
    }
    const heading = matchHeading(t);
    if (heading) {
      const next = () => (this.divisions.findLast((d) => d.kind === heading.kind)?.number ?? 0) + 1;
      const number = this.checkedNumber(heading.number, heading.label, next, line, HEADING_NAMES[heading.kind]);
      return this.addDivision(line, heading.kind, heading.label, number, heading.rawName);
    }
    const art = ARTICLE_LINE.exec(t);
    if (art) return this.addArticle(line, art);
    const glued = GLUED_ARTICLE_LINE.exec(t);
    if (glued && this.continuesArticles(glued)) {
      this.bag.warn('article-separator', `条号后缺少空格：“${glued[1]}”与正文之间应有一个全角空格`, line.number, rawColumnOf(line, 0) + 1);
      return this.addArticle(line, glued);
    }
    const big = BIG_ARTICLE_LINE.exec(t);
    if (big) {
      this.bag.error(
        'number-format',
        `条号“${big[1]}”超出范围：本工具只读一至九千九百九十九条（不读含“万”“亿”的条号），这一行没有作为新的一条读出`,
        line.number,
        rawColumnOf(line, 0) + 1,
      );
    }
    if (this.articles.length === 0) return this.preambleLine(line);
    const deep = DEEP_LEVEL.exec(t);
    if (deep) {
      this.bag.warn('deep-level', `“${deep[1]}”是项、目以下更深的层级：本工具只读款、项（一）和目 1.，这一行按段落或续行读入，请核对结构`, line.number, rawColumnOf(line, 0) + 1);
    }
    if (line.markdownDepth > 0) return this.addDivision(line, 'heading', '', null, t);
    const item = ITEM_LINE.exec(t);
    if (item) return this.addItem(line, item);
    const sub = SUBITEM_LINE.exec(t);
    const lastItem = this.lastParagraph()?.items.at(-1);
    if (sub && lastItem) return this.addSubItem(line, sub, lastItem);
    if (this.isBareHeading(line, index)) return this.addDivision(line, 'heading', '', null, t);
    this.addPlainLine(line);
  }

  /** True when a glued `第N条…` label is exactly the article that should come next. */
  private continuesArticles(m: RegExpExecArray): boolean {
    const n = cnToInt(m[2]!);
    const suffix = m[3] ? cnToInt(m[3]) : 0;
    const prev = this.articles.at(-1);
    if (!prev) return n === 1 && suffix === 0;
    return (n === prev.number + 1 && suffix === 0) || (n === prev.number && suffix === prev.suffix + 1);
  }

  /**
   * In a table of contents every heading line is removed until the first heading comes round again. An entry may
   * be an unnumbered heading too (`附　　则` listed after the numbered chapters).
   */
  private handleTocLine(line: SourceLine): boolean {
    const toc = this.toc!;
    const heading = matchHeading(line.text) ?? (isShortHeadingText(line.text) && !ARTICLE_LINE.test(line.text));
    const key = line.text.replace(/[\s\u3000]/g, '');
    if (heading && !(toc.first === key && toc.count > 0)) {
      toc.first ??= key;
      toc.count++;
      this.removeLine(line, 'toc');
      return true;
    }
    this.toc = null;
    return false;
  }

  /** Record a whole line's text as an artifact, one piece per run between bookmarks already removed from it. */
  private removeLine(line: SourceLine, kind: Artifact['kind']): void {
    let start = rawColumnOf(line, 0);
    const end = rawColumnOf(line, line.text.length - 1) + 1;
    const gaps = line.blanked.length ? [...line.removed, ...line.blanked.map((b): [number, number] => [b.start, b.end])].sort((a, b) => a[0] - b[0]) : line.removed;
    for (const [s, e] of gaps) {
      if (s < start || s >= end) continue;
      if (s > start) this.artifacts.push({ kind, text: line.raw.slice(start, s), pos: positionAt(line, start) });
      start = e;
    }
    if (end > start) this.artifacts.push({ kind, text: line.raw.slice(start, end), pos: positionAt(line, start) });
  }

  /** A line before the first article: title, history note, or text that does not belong there. */
  private preambleLine(line: SourceLine): void {
    const t = line.text;
    const paren = /^[（(](.*)[）)]$/.exec(t);
    const pos = positionAt(line, rawColumnOf(line, 0));
    if (this.titleFromFrontMatter && t.replace(/[\s\u3000]/g, '') === this.title!.text.replace(/[\s\u3000]/g, '')) return this.takeBodyTitle(t, pos);
    if (paren && looksLikeHistory(paren[1]!)) {
      this.addHistory(line, paren[1]!, 1, pos);
    } else if (looksLikeHistory(t) && this.title !== null) {
      this.addHistory(line, t, 0, pos);
    } else if (this.title === null && this.divisions.length === 0 && this.history.length === 0 && (line.markdownDepth === 1 || TITLE_LINE.test(t.replace(/[\s\u3000]/g, '')))) {
      this.title = { text: t, pos };
    } else if (line.markdownDepth > 1) {
      this.addDivision(line, 'heading', '', null, t); // `## 总则` in a markdown text without numbered chapters
    } else {
      // kept as an artifact so no character is lost; the error is reported once parsing is done
      this.removeLine(line, 'unrecognized');
      this.unrecognized.push(line);
    }
  }

  /** Record a history note; `base` is where its text starts on the line (1 after an opening parenthesis). */
  private addHistory(line: SourceLine, text: string, base: number, pos: Position): void {
    const read = readHistoryNote(text);
    this.history.push({ text, raw: line.text, events: read.events, pos });
    this.historyReads.push({ read, line, base });
  }

  /**
   * Keep in the history only the events that belong to this regulation, and report, at its place on the line,
   * every piece of a note that was not read as an event or was dropped as another regulation's.
   */
  private settleHistory(): void {
    const own = keepOwnHistory(
      this.historyReads.map((h) => h.read),
      this.title?.text ?? null,
    );
    own.forEach((kept, i) => {
      const { read, line, base } = this.historyReads[i]!;
      this.history[i]!.events = kept.events;
      for (const issue of [...read.issues, ...kept.issues]) this.bag.warn(issue.ruleId, issue.reason, line.number, rawColumnOf(line, base + issue.at) + 1);
    });
  }

  /** The body repeats the front matter's title: the body line is the title, and the front matter one artifact again. */
  private takeBodyTitle(text: string, pos: Position): void {
    const pieces = this.artifacts.filter((a) => a.kind === 'front-matter');
    const [first, second] = pieces as [Artifact, Artifact];
    const joined: Artifact = { kind: 'front-matter', text: this.text.slice(first.pos.offset, second.pos.offset + second.text.length), pos: first.pos };
    this.artifacts.splice(this.artifacts.indexOf(first), 1, joined);
    this.artifacts.splice(this.artifacts.indexOf(second), 1);
    this.title = { text, pos };
    this.titleFromFrontMatter = false;
  }

  /** Text before the first article: one error per line, or a single error when the file has no article at all. */
  private reportUnrecognized(): void {
    if (this.articles.length === 0) return this.reportNoArticles();
    for (const line of this.unrecognized) {
      const shown = line.text.length > 30 ? line.text.slice(0, 30) + '…' : line.text;
      this.bag.error('text-before-first-article', `第一条之前有无法识别的文字：应为标题、制定或修改说明、目录或章节标题，实为“${shown}”`, line.number, rawColumnOf(line, 0) + 1);
    }
  }

  /**
   * No article at all: when a `第一条` label stands somewhere inside a line, name that line and what precedes the
   * label (a construct the parser does not read, such as markdown bold `**第一条**`); else point at the first line.
   */
  private reportNoArticles(): void {
    const nextStep = '请改用原件（国家法律法规数据库的 .docx 或纯文本导出）运行 npm run add';
    for (const line of this.lines) {
      const at = line.text.search(/第[一1１]条/);
      // only markup before the label (`**`, `- `, `|`): a 第一条 inside a sentence is a reference, not a label
      if (at <= 0 || /[\u4e00-\u9fff]/.test(line.text.slice(0, at))) continue;
      const before = line.text.slice(Math.max(0, at - 10), at);
      const reason = `没有找到条文：第 ${line.number} 行的“${line.text.slice(at, at + 3)}”不在行首，前面是“${before}”。条文须以“第…条”开头，这种写法（如 Markdown 加粗）读不出条文；${nextStep}`;
      return this.bag.error('no-articles', reason, line.number, rawColumnOf(line, at) + 1);
    }
    const first = this.lines.find((l) => l.text !== '');
    const column = first ? rawColumnOf(first, 0) + 1 : 1;
    const reason = '没有找到条文：应有以“第一条”开头的条文，实为没有任何“第…条”行。请确认这是法规正文；网页或 Word 文档请直接用原文件（.html、.docx）运行 npm run add';
    this.bag.error('no-articles', reason, first?.number ?? 1, column);
  }

  /**
   * A short line with no punctuation between articles, followed by an article or heading, stands where a
   * chapter heading would (FORMATS.md §4: an unnumbered `法律责任` line).
   */
  private isBareHeading(line: SourceLine, index: number): boolean {
    if (!this.lastTerminal || !isShortHeadingText(line.text)) return false;
    for (let i = index + 1; i < this.lines.length; i++) {
      const next = this.lines[i]!.text;
      if (next !== '') return ARTICLE_LINE.test(next) || matchHeading(next) !== null;
    }
    return false;
  }

  private addDivision(line: SourceLine, kind: Division['kind'], label: string, number: number | null, rawName: string): void {
    const pos = positionAt(line, rawColumnOf(line, 0));
    const parent = kind === 'section' ? this.current.chapter : kind === 'part' ? null : this.current.part;
    const base = kind === 'part' ? `part_${number}` : kind === 'chapter' ? `chp_${number}` : kind === 'section' ? `sec_${number}` : `hdg_${++this.headingCount}`;
    const scoped = kind === 'section' && parent ? `${parent.id}__${base}` : base;
    const id = this.uniqueId(scoped, this.divisionIds);
    this.divisionIds.add(id);
    const division: Division = { id, kind, number, label, name: rawName.replace(/[\s\u3000]/g, ''), rawName, parentId: parent?.id ?? null, pos, articleIds: [] };
    this.divisions.push(division);
    if (kind === 'part') this.current = { part: division, chapter: null, section: null };
    else if (kind === 'section') this.current.section = division;
    else this.current = { ...this.current, chapter: division, section: null };
    this.holder = null;
    this.lastTerminal = true;
    this.blankSince = false;
  }

  private uniqueId(base: string, used: Set<string>): string {
    if (!used.has(base)) return base;
    let k = 2;
    while (used.has(`${base}__dup${k}`)) k++;
    return `${base}__dup${k}`;
  }

  private addArticle(line: SourceLine, m: RegExpExecArray): void {
    const pos = positionAt(line, rawColumnOf(line, 0));
    const previous = this.articles.at(-1);
    const number = this.checkedNumber(cnToInt(m[2]!), m[1]!, () => (previous?.number ?? 0) + 1, line, '条号');
    const suffix = m[3] ? this.checkedNumber(cnToInt(m[3]), m[1]!, () => 1, line, '条号') : 0;
    const divisionId = (this.current.section ?? this.current.chapter ?? this.current.part)?.id ?? null;
    const rest = m[4] ?? '';
    const art: ArticleB = { label: m[1]!, number, suffix, pos, divisionId, paras: [], awaitingText: rest === '' };
    const restIndex = rest === '' ? line.text.length : line.text.length - rest.length;
    art.paras.push({ ...startText(line, rest, restIndex), items: [], inline: false });
    this.articles.push(art);
    this.holder = art.paras[0]!;
    this.afterText(line);
  }

  /**
   * A label's number, or (with an error) the next number in sequence when the numeral is malformed (`第十百条`), so
   * that one bad label does not set off a cascade of sequence errors.
   */
  private checkedNumber(n: number | null, label: string, fallback: () => number, line: SourceLine, what: string): number {
    if (n !== null && n > 0) return n;
    const guess = fallback();
    this.bag.error('number-format', `${what}无法识别：“${label}”中的数字不规范，暂按第 ${guess} 个处理`, line.number, rawColumnOf(line, 0) + 1);
    return guess;
  }

  private lastParagraph(): ParaB | undefined {
    return this.articles.at(-1)?.paras.at(-1);
  }

  private addItem(line: SourceLine, m: RegExpExecArray): void {
    const para = this.lastParagraph()!;
    const number = this.checkedNumber(cnToInt(m[2]!), m[1]!, () => (para.items.at(-1)?.number ?? 0) + 1, line, '项号');
    const item: ItemB = { ...startText(line, m[3]!, line.text.length - m[3]!.length), label: m[1]!, number, subItems: [] };
    item.pos = positionAt(line, rawColumnOf(line, 0));
    para.items.push(item);
    this.holder = item;
    this.afterText(line);
  }

  private addSubItem(line: SourceLine, m: RegExpExecArray, item: ItemB): void {
    const number = this.checkedNumber(cnToInt(m[2]!), m[1]!, () => (item.subItems.at(-1)?.number ?? 0) + 1, line, '目号');
    const sub: SubItemB = { ...startText(line, m[3]!, line.text.length - m[3]!.length), label: m[1]!, number };
    sub.pos = positionAt(line, rawColumnOf(line, 0));
    item.subItems.push(sub);
    this.holder = sub;
    this.afterText(line);
  }

  /** A plain line continues a wrapped paragraph (changji 第十七条) or starts a new paragraph. */
  private addPlainLine(line: SourceLine): void {
    const art = this.articles.at(-1)!;
    if (art.awaitingText) {
      appendText(art.paras[0]!, line);
      art.awaitingText = false;
    } else if (this.holder && !this.lastTerminal && !this.blankSince) {
      appendText(this.holder, line);
      this.bag.warn('joined-wrapped-line', `已合并折行：上一行没有以“。”“；”“：”结尾，本行视为同一段的续行`, line.number, rawColumnOf(line, 0) + 1);
    } else {
      const para: ParaB = { ...startText(line, line.text, 0), items: [], inline: false };
      art.paras.push(para);
      this.holder = para;
    }
    this.afterText(line);
  }

  private afterText(line: SourceLine): void {
    this.lastTerminal = line.text === '' || TERMINAL.test(line.text) || (this.articles.at(-1)?.awaitingText ?? false);
    this.blankSince = false;
  }

  /** Turn builders into schema nodes: split inline items, assign ids, resolve references, validate. */
  private finish(): ParseResult {
    const used = new Set<string>();
    const articles: Article[] = this.articles.map((a) => this.toArticle(a, used));
    const byId = new Map(this.divisions.map((d) => [d.id, d]));
    for (const art of articles) {
      for (let d = art.divisionId ? byId.get(art.divisionId) : undefined; d; d = d.parentId ? byId.get(d.parentId) : undefined) d.articleIds.push(art.id);
    }
    this.resolveReferences(articles);
    this.settleHistory();
    // bookmarks are foreign matter worth a warning; a BOM, markdown markers or a TOC are simply the file's format
    for (const a of this.artifacts) {
      if (a.kind === 'bookmark')
        this.bag.warn('removed-artifact', `已移除${ARTIFACT_NAMES[a.kind]}：“${a.text.length > 40 ? a.text.slice(0, 40) + '…' : a.text}”`, a.pos.line, a.pos.column);
    }
    validateNumbering(articles, this.divisions, this.bag);
    this.artifacts.sort((a, b) => a.pos.offset - b.pos.offset);
    this.bag.list.sort((a, b) => a.line - b.line || a.column - b.column);
    const regulation: ParsedRegulation = {
      sourceFile: this.file,
      title: this.title,
      history: this.history,
      divisions: this.divisions,
      articles,
      facts: extractFacts(articles),
      artifacts: this.artifacts,
    };
    return { regulation, diagnostics: this.bag.list };
  }

  private toArticle(a: ArticleB, used: Set<string>): Article {
    const id = this.uniqueId(articleIdOfNumber(a.number, a.suffix), used);
    used.add(id);
    const paragraphs = a.paras.map((p, i) => this.toParagraph(p, paragraphIdIn(id, i + 1), i + 1));
    const slug = slugOfArticleId(id);
    return { kind: 'article', id, number: a.number, suffix: a.suffix, label: a.label, slug, pos: a.pos, divisionId: a.divisionId, paragraphs };
  }

  private toParagraph(p: ParaB, id: string, number: number): Paragraph {
    let text = p.text;
    let items: Item[];
    let inline = false;
    const spans = p.items.length === 0 ? findInlineItems(p.text) : [];
    if (p.items.length === 0) {
      items = spans.map((s, i) => ({
        kind: 'item' as const,
        id: itemIdIn(id, i + 1),
        number: s.number,
        label: s.label,
        text: p.text.slice(s.textStart, s.end),
        pos: positionIn(p, s.start),
        refs: [],
        subItems: [],
      }));
      if (spans.length > 0) {
        text = p.text.slice(0, spans[0]!.start);
        inline = true;
      }
    } else {
      items = p.items.map((it, i) => this.toItem(it, itemIdIn(id, i + 1)));
    }
    const paragraph: Paragraph = { kind: 'paragraph', id, number, pos: p.pos, text, refs: [], items, inlineItems: inline };
    this.sources.set(paragraph, { b: p, at: 0 });
    if (inline) spans.forEach((s, i) => this.sources.set(items[i]!, { b: p, at: s.textStart }));
    return paragraph;
  }

  private toItem(it: ItemB, id: string): Item {
    const subItems: SubItem[] = it.subItems.map((s, i) => {
      const sub: SubItem = { kind: 'subitem', id: subItemIdIn(id, i + 1), number: s.number, label: s.label, text: s.text, pos: s.pos, refs: [] };
      this.sources.set(sub, { b: s, at: 0 });
      return sub;
    });
    const item: Item = { kind: 'item', id, number: it.number, label: it.label, text: it.text, pos: it.pos, refs: [], subItems };
    this.sources.set(item, { b: it, at: 0 });
    return item;
  }

  private resolveReferences(articles: Article[]): void {
    const byKey = new Map<string, Article>();
    for (const a of articles) if (!byKey.has(a.suffix ? `${a.number}-${a.suffix}` : `${a.number}`)) byKey.set(a.suffix ? `${a.number}-${a.suffix}` : `${a.number}`, a);
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        const nodes: Array<Paragraph | Item | SubItem> = [paragraph, ...paragraph.items, ...paragraph.items.flatMap((i) => i.subItems)];
        for (const node of nodes) {
          const { refs, broken } = findReferences(node.text, { article, paragraph, byKey, articleCount: articles.length });
          node.refs = refs;
          for (const { ref, why } of broken) {
            const src = this.sources.get(node)!;
            const pos = positionIn(src.b, src.at + ref.start);
            this.bag.error('broken-reference', `引用的条文不存在：${article.label}引用“${ref.text}”，但${why}`, pos.line, pos.column);
          }
        }
      }
    }
  }
}

/** Characters no regulation text contains: C0/C1 controls (not tab), DEL, zero-width and bidi controls, a BOM inside the text, line separators. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const INVISIBLE_ONE = new RegExp(INVISIBLE.source);
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE_NAMES: Record<string, string> = {
  '\u0000': '空字符（NUL）',
  '\u0007': '响铃符（BEL）',
  '\u0008': '退格符（BS）',
  '\u000b': '垂直制表符（VT）',
  '\u000c': '换页符（FF）',
  '\u001b': '转义符（ESC）',
  '\u007f': '删除符（DEL）',
  '\u200b': '零宽空格',
  '\u200c': '零宽非连接符',
  '\u200d': '零宽连接符',
  '\u2060': '零宽词连接符',
  '\ufeff': '字节顺序标记（BOM，零宽不换行空格）',
  '\u2028': '行分隔符',
  '\u2029': '段分隔符',
  '\u061c': '阿拉伯文字母标记',
  '\u200e': '从左至右标记 LRM',
  '\u200f': '从右至左标记 RLM',
  '\u202a': '从左至右嵌入 LRE',
  '\u202b': '从右至左嵌入 RLE',
  '\u202c': '嵌入结束 PDF',
  '\u202d': '从左至右覆盖 LRO',
  '\u202e': '从右至左覆盖 RLO',
  '\u2066': '从左至右隔离 LRI',
  '\u2067': '从右至左隔离 RLI',
  '\u2068': '首字隔离 FSI',
  '\u2069': '隔离结束 PDI',
};
/** `第一万条…`: an article label with a numeral past 9999, which ARTICLE_LINE does not read. */
const BIG_ARTICLE_LINE = /^(第[零〇一二两三四五六七八九十百千万亿\d０-９]*[万亿][零〇一二两三四五六七八九十百千万亿\d０-９]*条(?:之[零〇一二三四五六七八九十]+)?)/;
/** A line opening with a level below items and sub-items: `（1）`, `(1)`, `①`, `a.`, `a）`, `(a)`. */
const DEEP_LEVEL = /^([（(][0-9０-９]{1,3}[）)]|[\u2460-\u2473\u2474-\u2487\u2776-\u277f]|[a-zA-Z][.．、）)]|[（(][a-zA-Z][）)])/;

const ARTIFACT_NAMES: Record<Artifact['kind'], string> = {
  bookmark: '文字处理软件书签',
  bom: '字节顺序标记（BOM）',
  'markdown-marker': 'Markdown 标题符号',
  'front-matter': 'YAML 前置信息',
  'info-end': 'INFO END 标记',
  toc: '目录行',
  unrecognized: '无法识别的文字',
  'html-tag': 'HTML 标签',
  'html-entity': 'HTML 实体',
  'heading-attribute': '标题属性',
  container: '文档网站的提示块标记',
};

const HEADING_NAMES: Record<HeadingKind, string> = { part: '编号', chapter: '章号', section: '节号' };

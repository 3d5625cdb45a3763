import type { Artifact } from '../schemas/regulation.ts';
import type { Position } from '../schemas/position.ts';
import { blank, type MarkupSpan } from './docs-markdown.ts';

/** One source line with what the parser keeps of it. */
export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** The line as written (no line terminator). */
  raw: string;
  /** Offset of the line's first character in the decoded text. */
  offset: number;
  /** The content after artifacts are removed and surrounding whitespace trimmed. */
  text: string;
  /** Raw columns (0-based) of removed spans, used to map `text` indexes back to raw columns. */
  removed: Array<[start: number, end: number]>;
  /** Raw index where `text` starts before removals are accounted (trim start, in the cleaned string). */
  trimStart: number;
  /** Markdown heading depth (`#` count) when the line was a markdown heading, else 0. */
  markdownDepth: number;
  /** Spacing entities (`&emsp;`) recorded as artifacts and blanked out in place (documentation-site HTML). */
  blanked: ReadonlyArray<MarkupSpan>;
}

const NONE: ReadonlyArray<MarkupSpan> = [];

/** Whitespace as it appears in Chinese texts: ASCII, full-width space, NBSP, BOM. */
export const WS = '\\s\\u3000\\u00a0\\ufeff';
const BOOKMARK = /\[bookmark:[^\]\n]*\]/g;

/** Split decoded text into lines, remembering each line's offset (CRLF, CR and LF all end a line). */
export function splitLines(text: string): Array<{ raw: string; offset: number; number: number }> {
  const out: Array<{ raw: string; offset: number; number: number }> = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ raw: text.slice(start, m.index), offset: start, number: out.length + 1 });
    start = m.index + m[0].length;
  }
  out.push({ raw: text.slice(start), offset: start, number: out.length + 1 });
  return out;
}

/** Make a position from a line and a 0-based raw column. */
export function positionAt(line: { number: number; offset: number }, rawColumn: number): Position {
  return { line: line.number, column: rawColumn + 1, offset: line.offset + rawColumn };
}

/** Map an index into `line.text` to the 0-based raw column it came from. */
export function rawColumnOf(line: SourceLine, textIndex: number): number {
  const col = line.trimStart + textIndex;
  const removed = line.removed;
  if (removed.length < 16) {
    let c = col;
    for (const [s, e] of removed) if (s <= c) c += e - s;
    return c;
  }
  // a line with many removals (thousands of bookmarks): a binary search over where each removal starts in the kept
  // text, so placing every message on the line stays linear
  const { keptStarts, shift } = removalIndex(removed);
  let lo = 0;
  let hi = keptStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keptStarts[mid]! <= col) lo = mid + 1;
    else hi = mid;
  }
  return col + (lo > 0 ? shift[lo - 1]! : 0);
}

const removalIndexes = new WeakMap<ReadonlyArray<[number, number]>, { keptStarts: number[]; shift: number[] }>();
/** For sorted removals: where each starts in the kept text, and the total width removed up to and including it. */
function removalIndex(removed: ReadonlyArray<[number, number]>): { keptStarts: number[]; shift: number[] } {
  let r = removalIndexes.get(removed);
  if (!r) {
    const keptStarts: number[] = [];
    const shift: number[] = [];
    let total = 0;
    for (const [s, e] of removed) {
      keptStarts.push(s - total);
      total += e - s;
      shift.push(total);
    }
    r = { keptStarts, shift };
    removalIndexes.set(removed, r);
  }
  return r;
}

/** Trim Chinese-text whitespace from the start (`end` false) or end of a string, without a regex that rescans a run. */
function trimWs(s: string, end: boolean): string {
  const ws = (c: string) => c === '\u3000' || c === '\u00a0' || c === '\ufeff' || /\s/.test(c);
  if (end) {
    let i = s.length;
    while (i > 0 && ws(s[i - 1]!)) i--;
    return s.slice(0, i);
  }
  let i = 0;
  while (i < s.length && ws(s[i]!)) i++;
  return s.slice(i);
}

/**
 * Clean one line: record the given markup spans (documentation-site HTML, see docs-markdown.ts) as artifacts and
 * remove them (spacing entities are blanked in place instead); remove `[bookmark: …]` artifacts (anywhere on the line) and, when asked, a markdown
 * heading marker; record each removal as an artifact; trim whitespace.
 */
export function cleanLine(src: { raw: string; offset: number; number: number }, artifacts: Artifact[], markdown: boolean, markup: ReadonlyArray<MarkupSpan> = NONE): SourceLine {
  const removed: Array<[number, number]> = [];
  let raw = src.raw;
  let blanked = NONE;
  if (markup.length) ({ raw, blanked } = takeMarkup(src, markup, artifacts, removed));
  BOOKMARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOOKMARK.exec(raw)) !== null) {
    artifacts.push({ kind: 'bookmark', text: m[0], pos: positionAt(src, m.index) });
    removed.push([m.index, m.index + m[0].length]);
  }
  if (markup.length) removed.sort((a, b) => a[0] - b[0]);
  let kept = '';
  let last = 0;
  for (const [s, e] of removed) {
    kept += raw.slice(last, s);
    last = e;
  }
  kept += raw.slice(last);
  let markdownDepth = 0;
  const lead = kept.length - trimWs(kept, false).length;
  if (markdown) {
    const hm = /^(#{1,6})[ \t\u3000]+/.exec(kept.slice(lead));
    if (hm) {
      markdownDepth = hm[1]!.length;
      const at = mapKeptToRaw(removed, lead);
      artifacts.push({ kind: 'markdown-marker', text: hm[1]!, pos: positionAt(src, at) });
      removed.push([at, at + hm[1]!.length]);
      removed.sort((a, b) => a[0] - b[0]);
      kept = kept.slice(0, lead) + kept.slice(lead + hm[1]!.length);
    }
  }
  const text = trimWs(kept, false);
  const trimStart = kept.length - text.length;
  return { ...src, text: trimWs(text, true), removed, trimStart, markdownDepth, blanked };
}

/**
 * Record markup spans as artifacts. Spacing entities (`&emsp;`) stand for whitespace, so they are blanked in place
 * (a label and its text stay apart: `<b>第一条</b>&emsp;为了`); tags and other entities are removed, so the words
 * around them join (`违反<a href="#t3">本条第一款</a>规定的`).
 */
function takeMarkup(
  src: { raw: string; offset: number; number: number },
  markup: ReadonlyArray<MarkupSpan>,
  artifacts: Artifact[],
  removed: Array<[number, number]>,
): { raw: string; blanked: ReadonlyArray<MarkupSpan> } {
  const spacing: MarkupSpan[] = [];
  for (const s of markup) {
    artifacts.push({ kind: s.kind, text: src.raw.slice(s.start, s.end), pos: positionAt(src, s.start) });
    if (s.spacing) spacing.push(s);
    else removed.push([s.start, s.end]);
  }
  return spacing.length ? { raw: blank(src.raw, spacing), blanked: spacing } : { raw: src.raw, blanked: NONE };
}

function mapKeptToRaw(removed: Array<[number, number]>, keptIndex: number): number {
  let col = keptIndex;
  for (const [s, e] of removed) if (s <= col) col += e - s;
  return col;
}

import type { HistoryEvent } from '../schemas/regulation.ts';
import { cnToInt } from './numerals.ts';
import { DATE, HISTORY_ACTION } from './patterns.ts';

const CN_YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/**
 * Turn a date written in a regulation into ISO form; null when the text is not a date.
 * @example toIsoDate('2023年7月29日') // → '2023-07-29'
 * @example toIsoDate('二〇二三年七月二十九日') // → '2023-07-29'
 */
export function toIsoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = [...m[1]!].map((c) => CN_YEAR_DIGIT[c] ?? String.fromCharCode(c.charCodeAt(0) >= 0xff10 ? c.charCodeAt(0) - 0xfee0 : c.charCodeAt(0))).join('');
  const month = cnToInt(m[2]!);
  const day = cnToInt(m[3]!);
  if (month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when a line reads like a history event (a date and an act such as 通过 or 修正). */
export function looksLikeHistory(text: string): boolean {
  return DATE.test(text) && /(通过|修正|修订|批准|公布)/.test(text) && !/[。；]$/.test(text);
}

/** Something in a history note the parser could not take for an event, at an index of the note's text. */
export interface HistoryIssue {
  /** Index in the note's text where the problem starts. */
  at: number;
  ruleId: 'history-unreadable' | 'history-run-together' | 'history-stray-bracket' | 'history-foreign';
  /** The message, in Chinese. */
  reason: string;
}

/** A history note read into events, each with the index in the note where it starts. */
export interface ReadNote {
  events: HistoryEvent[];
  /** Index in the note's text of each event, parallel to `events`. */
  starts: number[];
  issues: HistoryIssue[];
}

const YEAR_AHEAD = '(?=根据|[0-9０-９〇零一二三四五六七八九]{4}年)';
/**
 * Where one event ends and the next begins: spaces (`…通过　根据2012年…修正`), a comma or 、 (`…通过，2010年…批准`),
 * or nothing at all right after an act (`…会议通过2021年12月1日…批准`, group 2 empty: reported as run together).
 * Never after a bare 根据, which belongs to the event that follows it.
 */
const EVENT_BREAK = new RegExp(`(?<!根据[\\s\u3000]*)([\\s\u3000]+|[，,；;、][\\s\u3000]*)${YEAR_AHEAD}|(?<=通过|修正|修订|批准|公布)()${YEAR_AHEAD}`, 'g');
const shorten = (t: string) => (t.length > 40 ? t.slice(0, 40) + '…' : t);

/** Cut a note into its event texts with their start indexes, and note where events run together without a separator. */
function splitEvents(note: string, issues: HistoryIssue[]): Array<{ text: string; at: number }> {
  const parts: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const m of note.matchAll(EVENT_BREAK)) {
    parts.push({ text: note.slice(from, m.index), at: from });
    from = m.index + m[0].length;
    if (m[2] !== undefined) {
      issues.push({
        at: from,
        ruleId: 'history-run-together',
        reason: `沿革中两个事件连在一起，中间没有空格或标点：已在“${note.slice(Math.max(0, m.index - 2), m.index)}”之后分开，请核对`,
      });
    }
  }
  parts.push({ text: note.slice(from), at: from });
  // trimmed, with `at` moved past the spaces trimmed from the start
  return parts.map((p) => ({ text: p.text.trim(), at: p.at + p.text.length - p.text.trimStart().length })).filter((p) => p.text !== '');
}

/** Drop a bracket with no partner at either end of an event (`2012年…修正）`), saying so. */
function stripStrayBracket(part: { text: string; at: number }, issues: HistoryIssue[]): { text: string; at: number } {
  let { text, at } = part;
  const opens = (text.match(/[（(]/g) ?? []).length;
  const closes = (text.match(/[）)]/g) ?? []).length;
  if (closes > opens && /[）)]$/.test(text)) {
    issues.push({ at: at + text.length - 1, ruleId: 'history-stray-bracket', reason: `沿革中有多余的“${text.at(-1)}”：已忽略，请核对原文` });
    text = text.slice(0, -1).trimEnd();
  } else if (opens > closes && /^[（(]/.test(text)) {
    issues.push({ at, ruleId: 'history-stray-bracket', reason: `沿革中有多余的“${text[0]}”：已忽略，请核对原文` });
    text = text.slice(1).trimStart();
    at += 1;
  }
  return { text, at };
}

/** One event from its text, or null (with an issue) when it does not read as `日期＋机关＋通过/修正/修订/批准`. */
function readEvent(text: string, at: number, issues: HistoryIssue[]): HistoryEvent | null {
  const date = toIsoDate(text);
  const action = HISTORY_ACTION.exec(text);
  const dates = text.match(new RegExp(DATE.source, 'g')) ?? [];
  if (!date || !action || dates.length > 1) {
    const why = text === '根据' ? '“根据”之后没有修改事件' : !date ? '没有日期' : !action ? '没有以通过、修正、修订、批准或公布结尾' : '一个事件中有两个日期';
    issues.push({ at, ruleId: 'history-unreadable', reason: `沿革中有无法识别为事件的文字（${why}）：“${shorten(text)}”，未计入沿革` });
    return null;
  }
  const dm = DATE.exec(text)!;
  const body = text.slice(dm.index + dm[0].length, text.length - action[0].length).trim();
  return { date, body, action: action[0], text };
}

/**
 * Read a history note into events. Events are separated by full-width or ASCII spaces
 * (`2005年…通过　根据2012年…修正　2025年…修订`), a comma, or nothing; whatever does not read as an event is an issue,
 * never silently dropped.
 */
export function readHistoryNote(note: string): ReadNote {
  const read: ReadNote = { events: [], starts: [], issues: [] };
  for (const raw of splitEvents(note, read.issues)) {
    const part = stripStrayBracket(raw, read.issues);
    const event = readEvent(part.text, part.at, read.issues);
    if (event) {
      read.events.push(event);
      read.starts.push(part.at);
    }
  }
  return read;
}

/** The events of a history note (see `readHistoryNote` for what it reports). */
export function parseHistoryEvents(note: string): HistoryEvent[] {
  return readHistoryNote(note).events;
}

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');
/** A regulation named in an event: `〈…条例〉` inside a decision's title, or a `《…》` that is not itself a decision. */
const NAMED_ACT = /[〈《]([^〈〉《》]+?(?:条例|办法|规定|细则|规则))[〉》](?!等)/g;

/** Why an event does not belong to this regulation's history, or null when it may. */
function foreignReason(e: HistoryEvent, last: HistoryEvent | null, adopted: boolean, title: string | null): string | null {
  if (last && e.date < last.date) return `日期 ${e.date} 早于前一事件的 ${last.date}`;
  if (e.action === '通过' && adopted) return '本法规的通过事件已在前面';
  // a decision may amend several regulations at once (`关于修改〈甲〉〈乙〉的决定`): foreign only when none is this one
  const named = title ? [...e.text.matchAll(NAMED_ACT)].map((m) => m[1]!) : [];
  if (named.length > 0 && !named.some((n) => squash(n) === squash(title!))) return `所称法规“${named[0]}”不是本法规`;
  return null;
}

/**
 * Keep in each note only the events that belong to this regulation: an event dated before the one kept before it, a
 * second 通过, or one naming another regulation is a line copied from another text, and so is the rest of its note.
 * Returns, per note, the kept events (with their starts) and the issues for the dropped ones.
 */
export function keepOwnHistory(notes: readonly ReadNote[], title: string | null): ReadNote[] {
  let last: HistoryEvent | null = null;
  let adopted = false;
  return notes.map((note) => {
    const kept: ReadNote = { events: [], starts: [], issues: [] };
    let foreign: string | null = null;
    note.events.forEach((e, i) => {
      foreign = foreign !== null ? '与前一事件同属另一法规的沿革' : foreignReason(e, last, adopted, title);
      if (foreign !== null) {
        kept.issues.push({ at: note.starts[i]!, ruleId: 'history-foreign', reason: `沿革中混有不属于本法规的事件（${foreign}）：“${shorten(e.text)}”，未计入本法规的沿革` });
        return;
      }
      kept.events.push(e);
      kept.starts.push(note.starts[i]!);
      last = e;
      adopted ||= e.action === '通过';
    });
    return kept;
  });
}

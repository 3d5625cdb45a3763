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

/**
 * Split a history note into events. Events are separated by full-width or ASCII spaces
 * (`2005年…通过　根据2012年…修正　2025年…修订`).
 */
export function parseHistoryEvents(note: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const part of note.split(/[\s\u3000]+(?=根据|[0-9０-９〇零一二三四五六七八九]{4}年)/)) {
    const text = part.trim();
    const date = toIsoDate(text);
    const action = HISTORY_ACTION.exec(text);
    if (!date || !action) continue;
    const dm = DATE.exec(text)!;
    const body = text.slice(dm.index + dm[0].length, text.length - action[0].length).trim();
    events.push({ date, body, action: action[0], text });
  }
  return events;
}

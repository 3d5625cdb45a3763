// The evidence a reader is shown beside a pair: the passages the two provisions share, so that it is visible
// why they were paired (and, when little is shared, that the pairing rests on little).
import type { DiffSegment } from './diff.ts';
import { diffNormalized, normalizedForReader } from './diff-reader.ts';
import { ACTORS, BOILERPLATE } from './features.ts';
import type { NameContext, NormalizedText } from './normalize.ts';

/** Shortest shared run worth showing as evidence, in characters other than punctuation, formulae and bodies' names. */
export const MIN_SHARED = 4;

const PUNCTUATION = /[\p{P}\p{S}\s]/gu;
// a passage is shown without the commas and stops it happens to begin or end with (but keeps its brackets)
const EDGE_PUNCTUATION = /^[\s，、。；：,.;:]+|[\s，、。；：,.;:]+$/gu;

// longest first, so that 平安建设组织协调机构 goes before 平安建设
const FORMULAE = new RegExp([...BOILERPLATE, ...ACTORS].sort((x, y) => y.length - x.length).join('|'), 'g');

/** Characters of a text that say something: not punctuation, spaces, formulae (应当、建立健全…) or bodies' names. */
function substance(text: string): number {
  return text.replace(FORMULAE, '').replace(PUNCTUATION, '').length;
}

/**
 * True for an `equal` diff segment long enough to count as a shared passage.
 * @example isSharedPassage({ op: 'equal', text: '网格化服务管理' }) // → true
 */
export function isSharedPassage(segment: DiffSegment): boolean {
  // substance never exceeds the length: most segments are too short to be worth the formulae's pattern
  return segment.op === 'equal' && segment.text.length >= MIN_SHARED && substance(segment.text) >= MIN_SHARED;
}

/**
 * False when no shared passage is possible, so the diff can be skipped. A passage is a run of the diff's equal text,
 * i.e. a common substring of the two normalised texts, and its substance is at most the number of original characters
 * behind it (a normalised character stands for starts[i + 1] − starts[i] of them). So some window of the first text
 * that stands for at least MIN_SHARED original characters, and is minimal so, must occur in the second.
 */
export function mayShare(na: NormalizedText, nb: NormalizedText): boolean {
  const n = na.text.length;
  const weight = (i: number) => na.starts[i + 1]! - na.starts[i]!;
  let end = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    while (end < n && sum < MIN_SHARED) sum += weight(end++);
    if (sum < MIN_SHARED) return false;
    if (nb.text.includes(na.text.slice(i, end))) return true;
    sum -= weight(i);
  }
  return false;
}

/**
 * The longest passages two provisions share, in the second one's words, longest first (at most `max`), then
 * in the order they stand in the text.
 * @example sharedPassages('建立健全网格化服务管理机制', '完善网格化服务管理') // → ['网格化服务管理']
 */
export function sharedPassages(a: string, b: string, namesA: NameContext = {}, namesB: NameContext = {}, max = 3): string[] {
  const na = normalizedForReader(a, namesA);
  const nb = normalizedForReader(b, namesB);
  return mayShare(na, nb) ? passagesOf(diffNormalized(a, na, b, nb), max) : [];
}

/** The passages of a reader's diff (diffForReader) that sharedPassages gives: the longest `max`, in text order. */
export function passagesOf(diff: readonly DiffSegment[], max = 3): string[] {
  const runs = diff.map((s, order) => ({ s, order })).filter(({ s }) => isSharedPassage(s));
  return runs
    .sort((x, y) => substance(y.s.text) - substance(x.s.text) || x.order - y.order)
    .slice(0, max)
    .sort((x, y) => x.order - y.order)
    .map(({ s }) => (s.textB ?? s.text).replace(EDGE_PUNCTUATION, ''));
}

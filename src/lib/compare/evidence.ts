// The evidence a reader is shown beside a pair: the passages the two provisions share, so that it is visible
// why they were paired (and, when little is shared, that the pairing rests on little).
import type { DiffSegment } from './diff.ts';
import { diffForReader } from './diff-reader.ts';
import { ACTORS, BOILERPLATE } from './features.ts';
import type { NameContext } from './normalize.ts';

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
  return segment.op === 'equal' && substance(segment.text) >= MIN_SHARED;
}

/**
 * The longest passages two provisions share, in the second one's words, longest first (at most `max`), then
 * in the order they stand in the text.
 * @example sharedPassages('建立健全网格化服务管理机制', '完善网格化服务管理') // → ['网格化服务管理']
 */
export function sharedPassages(a: string, b: string, namesA: NameContext = {}, namesB: NameContext = {}, max = 3): string[] {
  const runs = diffForReader(a, b, namesA, namesB)
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => isSharedPassage(s));
  return runs
    .sort((x, y) => substance(y.s.text) - substance(x.s.text) || x.order - y.order)
    .slice(0, max)
    .sort((x, y) => x.order - y.order)
    .map(({ s }) => (s.textB ?? s.text).replace(EDGE_PUNCTUATION, ''));
}

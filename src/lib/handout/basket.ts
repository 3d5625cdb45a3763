// The handout basket (讲义篮): provisions a trainer collected, in the trainer's order, with notes.
// Pure operations on a plain object; the browser keeps it in localStorage (src/islands/handout-basket.ts).
import { articleIdOfSlug } from '../cite/permalink.ts';

/** One provision in the basket. */
export interface BasketEntry {
  /** Regulation id, e.g. `suzhou`. */
  regId: string;
  /** Node id, e.g. `art_24__para_2` (the article id for a whole article). */
  nodeId: string;
  /** The exact citation when it was added, shown until the data is loaded. */
  citation: string;
  /** Permalink path, e.g. `/regulations/suzhou/24/#art_24__para_2`. */
  href: string;
  /** The trainer's note (讲师按语), plain text. */
  note: string;
}

/** The basket as stored. */
export interface Basket {
  version: 1;
  /** Title printed at the head of the handout. */
  title: string;
  entries: BasketEntry[];
}

/** localStorage key. */
export const BASKET_KEY = 'duizhao:handout-basket';
/** Title of a new handout. */
export const DEFAULT_TITLE = '平安建设法规讲义';

/** A basket with nothing in it. */
export function emptyBasket(): Basket {
  return { version: 1, title: DEFAULT_TITLE, entries: [] };
}

/** The key of an entry: regulation and node, e.g. `suzhou#art_24__para_2`. */
export function entryKey(e: Pick<BasketEntry, 'regId' | 'nodeId'>): string {
  return `${e.regId}#${e.nodeId}`;
}

/**
 * Read a stored basket, keeping every well-formed entry; anything unreadable gives an empty basket.
 * @example parseBasket(null) // → { version: 1, title: '平安建设法规讲义', entries: [] }
 */
export function parseBasket(stored: string | null): Basket {
  if (!stored) return emptyBasket();
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return emptyBasket();
  }
  if (typeof data !== 'object' || data === null) return emptyBasket();
  const { title, entries } = data as { title?: unknown; entries?: unknown };
  const kept = Array.isArray(entries) ? entries.filter(isEntry).map((e) => ({ ...e, note: typeof e.note === 'string' ? e.note : '' })) : [];
  return { version: 1, title: typeof title === 'string' ? title : DEFAULT_TITLE, entries: dedupe(kept) };
}

function isEntry(x: unknown): x is BasketEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return ['regId', 'nodeId', 'citation', 'href'].every((k) => typeof e[k] === 'string' && e[k] !== '');
}

function dedupe(entries: BasketEntry[]): BasketEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const fresh = !seen.has(entryKey(e));
    seen.add(entryKey(e));
    return fresh;
  });
}

/** Whether the basket holds the provision with this key. */
export function hasEntry(b: Basket, key: string): boolean {
  return b.entries.some((e) => entryKey(e) === key);
}

/** Add a provision at the end (no-op when it is already there). */
export function addEntry(b: Basket, e: Omit<BasketEntry, 'note'> & { note?: string }): Basket {
  if (hasEntry(b, entryKey(e))) return b;
  return { ...b, entries: [...b.entries, { ...e, note: e.note ?? '' }] };
}

/** Remove a provision. */
export function removeEntry(b: Basket, key: string): Basket {
  return { ...b, entries: b.entries.filter((e) => entryKey(e) !== key) };
}

/**
 * Move a provision up (`-1`) or down (`+1`); stays put at either end.
 * @example moveEntry(b, 'suzhou#art_24', -1)
 */
export function moveEntry(b: Basket, key: string, delta: -1 | 1): Basket {
  const from = b.entries.findIndex((e) => entryKey(e) === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= b.entries.length) return b;
  const entries = [...b.entries];
  [entries[from], entries[to]] = [entries[to]!, entries[from]!];
  return { ...b, entries };
}

/** Set the trainer's note on a provision. */
export function setNote(b: Basket, key: string, note: string): Basket {
  return { ...b, entries: b.entries.map((e) => (entryKey(e) === key ? { ...e, note } : e)) };
}

/** Set the handout title. */
export function setTitle(b: Basket, title: string): Basket {
  return { ...b, title };
}

/**
 * The regulation and node a permalink names: the anchor, or the article when there is none.
 * @example provisionOfHref('/regulations/suzhou/24/#art_24__para_2') // → { regId: 'suzhou', nodeId: 'art_24__para_2' }
 * @example provisionOfHref('/regulations/suzhou/10-1/') // → { regId: 'suzhou', nodeId: 'art_10_1' }
 */
export function provisionOfHref(href: string): { regId: string; nodeId: string } | null {
  const m = /^\/regulations\/([a-z][a-z0-9-]*)\/(\d+(?:-\d+)?)\/(?:#([\w-]+))?$/.exec(href);
  if (!m) return null;
  return { regId: m[1]!, nodeId: m[3] ?? articleIdOfSlug(m[2]!) };
}

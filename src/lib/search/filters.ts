// Search filters: which Pagefind filters the page offers, in what order, and how they live in the URL.
// Article pages declare filters with data-pagefind-filter="键:值"; a key listed here gets its label and
// place, and any other key Pagefind reports is still offered after these.
import { isAdvancedParam } from './advanced.ts';

/** A filter the search page offers. */
export interface FilterDef {
  /** The Pagefind filter key, as written in data-pagefind-filter. */
  key: string;
  /** The label shown to the reader. */
  label: string;
  /** How values are ordered: by result count, or by value descending (years). */
  order: 'count' | 'value-desc';
  /** Leave out values with no result for the query (a long list such as chapter names). */
  hideEmpty?: boolean;
  /** Show this many values until the reader asks for all (some 45 topics would push the results off a phone screen). */
  limit?: number;
  /** Not offered in the panel: set by 高级检索 (法规, the regulations meeting its criteria). */
  hidden?: boolean;
}

/** Known filters, in display order. */
export const FILTER_DEFS: readonly FilterDef[] = [
  // one value per place: six today, thousands in a national corpus (a panel of 2,000 checkboxes, most at 0)
  { key: '地区', label: '地区', order: 'count', limit: 10 },
  { key: '层级', label: '层级', order: 'count' },
  { key: '省份', label: '省份', order: 'count' },
  { key: '章', label: '章', order: 'count', hideEmpty: true },
  // some 45 topics: show only those the query reaches, most results first
  { key: '主题', label: '主题', order: 'count', hideEmpty: true, limit: 8 },
  { key: '施行年份', label: '施行年份', order: 'value-desc' },
  // one value per regulation (its id): 高级检索 passes the regulations that meet its criteria
  { key: '法规', label: '法规', order: 'count', hidden: true },
];

/** Selected values per filter key. */
export type FilterState = Record<string, string[]>;

/** The filters to show for the keys Pagefind reports: known ones in order, unknown ones after, by key. */
export function filterDefsFor(keys: readonly string[], defs: readonly FilterDef[] = FILTER_DEFS): FilterDef[] {
  const known = defs.filter((d) => keys.includes(d.key) && !d.hidden);
  const extra = keys
    .filter((k) => !defs.some((d) => d.key === k))
    .sort()
    .map((key): FilterDef => ({ key, label: key, order: 'count' }));
  return [...known, ...extra];
}

/** Order a filter's values for display. */
export function orderValues(def: FilterDef, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  if (def.order === 'value-desc') return values.sort((a, b) => b.localeCompare(a, 'zh-CN', { numeric: true }));
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'zh-CN'));
}

/** Read the query and filters from a URL's search params (`?q=网格&地区=苏州&地区=海东`); 高级检索's are not filters. */
export function readSearchParams(params: URLSearchParams): { q: string; filters: FilterState } {
  const filters: FilterState = {};
  for (const [key, value] of params) {
    if (key === 'q' || !value || isAdvancedParam(key)) continue;
    (filters[key] ??= []).includes(value) || filters[key].push(value);
  }
  return { q: params.get('q') ?? '', filters };
}

/** Write the query and filters as search params, in a stable order (shareable, comparable URLs). */
export function writeSearchParams(q: string, filters: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of Object.keys(filters).sort()) for (const v of [...(filters[key] ?? [])].sort()) params.append(key, v);
  return params;
}

/** Pagefind's filter argument: values of one key are alternatives (any), different keys all apply. */
export function toPagefindFilters(filters: FilterState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(filters)) if (values.length > 0) out[key] = { any: values };
  return out;
}

/** How many filter values are selected. */
export function countSelected(filters: FilterState): number {
  return Object.values(filters).reduce((n, v) => n + v.length, 0);
}

/**
 * The values to show of an ordered list: all when expanded or within the limit, else the first `limit` and any
 * selected value beyond them (a ticked box never hides).
 * @example shownValues({ …, limit: 2 }, ['a', 'b', 'c', 'd'], ['d'], false) // → ['a', 'b', 'd']
 */
export function shownValues(def: FilterDef, ordered: readonly string[], selected: readonly string[], expanded: boolean): string[] {
  if (expanded || def.limit === undefined || ordered.length <= def.limit) return [...ordered];
  return ordered.filter((v, i) => i < def.limit! || selected.includes(v));
}

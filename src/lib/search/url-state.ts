// What a search page URL says: the query, the panel's filters and 高级检索's criteria. The URL is the state: a link
// reproduces the search, and the back button returns to the previous one.
import { emptyCriteria, readAdvanced, writeAdvanced, type AdvancedCriteria } from './advanced.ts';
import { readSearchParams, writeSearchParams, type FilterState } from './filters.ts';

/** Everything a search page URL holds. */
export interface SearchState {
  q: string;
  filters: FilterState;
  advanced: AdvancedCriteria;
}

/** Read the state from a URL's search params. */
export function readSearchState(params: URLSearchParams): SearchState {
  return { ...readSearchParams(params), advanced: readAdvanced(params) };
}

/** Write the state as search params: query, filters, criteria, each in a stable order. */
export function writeSearchState(s: Partial<SearchState> & Pick<SearchState, 'q'>): URLSearchParams {
  return writeAdvanced(writeSearchParams(s.q, s.filters ?? {}), s.advanced ?? emptyCriteria());
}

/**
 * The search page URL of a state.
 * @example searchHref({ q: '网格', filters: { 地区: ['苏州'] } }) // → '/search/?q=%E7%BD%91…&%E5%9C%B0…'
 */
export function searchHref(s: Partial<SearchState> & Pick<SearchState, 'q'>): string {
  const params = writeSearchState(s).toString();
  return `/search/${params ? `?${params}` : ''}`;
}

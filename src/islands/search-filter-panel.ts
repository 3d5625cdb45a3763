// The filter panel (地区, 层级, 章, 主题, 施行年份 …): Pagefind's filters with the count of results each value gives.
import { countSelected, filterDefsFor, orderValues, shownValues, type FilterState } from '../lib/search/filters.ts';
import { h } from './dom.ts';
import { byId, linkButton } from './search-dom.ts';
import type { FilterCounts } from './search-engine.ts';

const body = () => byId<HTMLDivElement>('search-filter-groups');

/** What the panel shows: the filter keys and all their values, the selection, and the groups shown in full. */
export interface PanelState {
  keys: readonly string[];
  allValues: FilterCounts;
  filters: FilterState;
  expanded: Set<string>;
}

/** Draw the panel for a query's counts (`totals`: without the filters, for a key with a selection). */
export function renderFilters(s: PanelState, counts: FilterCounts, totals: FilterCounts): void {
  const groups = body();
  // the panel is rebuilt for each query: keep keyboard focus on the checkbox that was just toggled
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && groups.contains(active) ? [active.name, active.value] : null;
  groups.replaceChildren();
  for (const def of filterDefsFor(s.keys)) {
    const selected = s.filters[def.key] ?? [];
    // a key with a selection shows what each value would give without it (Pagefind's unfiltered counts)
    const shownCounts = selected.length > 0 ? (totals[def.key] ?? {}) : (counts[def.key] ?? {});
    const values = orderValues(def, { ...Object.fromEntries(Object.keys(s.allValues[def.key] ?? {}).map((v) => [v, 0])), ...shownCounts }).filter(
      (v) => !def.hideEmpty || (shownCounts[v] ?? 0) > 0 || selected.includes(v),
    );
    if (values.length === 0) continue;
    const fs = h('fieldset', 'filter-group');
    fs.append(h('legend', '', def.label));
    const shown = shownValues(def, values, selected, s.expanded.has(def.key));
    for (const value of shown) fs.append(option(def.key, value, selected.includes(value), shownCounts[value] ?? 0));
    if (shown.length < values.length) fs.append(expandButton(s, def.key, shown, values.length, counts, totals));
    groups.append(fs);
  }
  if (focused) [...groups.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === focused[0] && b.value === focused[1])?.focus();
  const n = countSelected(s.filters);
  byId('search-filter-count').textContent = n > 0 ? `（已选 ${n} 项）` : '';
  byId('search-filters-clear').hidden = n === 0;
}

function option(key: string, value: string, checked: boolean, n: number): HTMLLabelElement {
  const label = h('label', 'filter-option');
  const box = h('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  box.checked = checked;
  label.append(box, h('span', '', value), h('span', 'filter-n', String(n)));
  label.classList.toggle('zero', n === 0 && !checked);
  return label;
}

/** The button under a cut-short filter group that shows all of its values; focus moves to the first one revealed. */
function expandButton(s: PanelState, key: string, shown: readonly string[], total: number, counts: FilterCounts, totals: FilterCounts): HTMLButtonElement {
  return linkButton(
    `显示全部 ${total} 项`,
    () => {
      s.expanded.add(key);
      renderFilters(s, counts, totals);
      // the first value not shown before (a ticked value past the cut was shown already, so not "the next index")
      [...body().querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === key && !shown.includes(b.value))?.focus();
    },
    'link-button filter-more',
  );
}

/** The values ticked in the panel. */
export function readFilterInputs(): FilterState {
  const out: FilterState = {};
  for (const box of body().querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (out[box.name] ??= []).push(box.value);
  return out;
}

// The /search/ page's controller: the state the URL holds (query, filters, 高级检索's criteria; shareable, the back
// button works), what happens when it changes, and the order of the steps of a search. Each step lives in a module
// of its own: data loading (search-data), the direct article links (search-lookup), full-text results
// (search-results), the filter panel (search-filter-panel), 高级检索 (search-advanced, search-regulation-list) and
// 您是不是要找 (search-suggest).
import { countCriteria, type AdvancedCriteria, type CriteriaMatch } from '../lib/search/advanced.ts';
import type { SearchDirectory } from '../lib/search/directory.ts';
import { countSelected, toPagefindFilters, type FilterState } from '../lib/search/filters.ts';
import { normalizeQuery } from '../lib/search/normalize.ts';
import { pagefindQueries, planQuery, type QueryPlan } from '../lib/search/query.ts';
import { toSimplified, type T2sTable } from '../lib/search/t2s.ts';
import { readSearchState, searchHref, writeSearchState } from '../lib/search/url-state.ts';
import { beijingDateOf } from '../lib/corpus/validity.ts';
import { clearAdvancedForm, fillAdvancedForm, readAdvancedForm, regulationsMeeting, renderCriteriaLine } from './search-advanced.ts';
import { getCounter, getDirectory, getFacts, getPagefind, getT2s } from './search-data.ts';
import { byId, pager } from './search-dom.ts';
import { arrowKeysBetween } from './search-keyboard.ts';
import { startListing, startSearch, type FilterCounts, type PagefindApi, type SearchSession } from './search-engine.ts';
import { readFilterInputs, renderFilters } from './search-filter-panel.ts';
import { lookupHref, renderLookup } from './search-lookup.ts';
import { regulationItems } from './search-regulation-list.ts';
import { appendHits, renderEmpty, renderScope, renderUnavailable, resultCount } from './search-results.ts';
import { findSuggestions, renderSuggestions } from './search-suggest.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

const form = byId<HTMLFormElement>('search-form');
const input = byId<HTMLInputElement>('search-q');
const status = byId<HTMLParagraphElement>('search-status');
const criteriaLine = byId<HTMLParagraphElement>('search-criteria');
const note = byId<HTMLParagraphElement>('search-note');
const suggestion = byId<HTMLParagraphElement>('search-suggest');
const scopeNote = byId<HTMLParagraphElement>('search-scope');
const direct = byId<HTMLDivElement>('search-direct');
const list = byId<HTMLOListElement>('search-results');
const more = byId<HTMLButtonElement>('search-more');
const empty = byId<HTMLDivElement>('search-empty');
const idle = byId<HTMLDivElement>('search-idle');
const filterPanel = byId<HTMLDetailsElement>('search-filters');

/** The search the page shows: what the URL says, and how far the page has got with it. */
const state = {
  ...readSearchState(new URLSearchParams(location.search)),
  /** The current history entry holds a finished query: the next edit gets an entry of its own. */
  pendingPush: false,
  /** Search the text even though the query names an article. */
  fullText: false,
  seq: 0,
  /** Shows the next page of the current results (full-text hits or regulations); null when there is none. */
  showMore: null as ((focus: boolean) => Promise<void>) | null,
  session: null as SearchSession | null,
  /** The session whose filter counts are in. */
  counted: null as SearchSession | null,
  panel: { keys: [] as string[], allValues: {} as FilterCounts, filters: {} as FilterState, expanded: new Set<string>() },
};

/** The reader's date in Beijing: 时效性 is judged on it. */
const today = () => beijingDateOf(new Date().toISOString());

/** The plan of a query, traditional characters read as simplified first (網格員 → 网格员). */
const planFor = (q: string, directory: SearchDirectory, t2s: T2sTable): QueryPlan => planQuery(toSimplified(q, t2s), directory);

const hrefWith = (q: string) => searchHref({ q, filters: state.filters, advanced: state.advanced });

// ── URL and history ──

/** Write the state to the URL: a new history entry for a new query or filter, else replace the current one. */
function syncUrl(push: boolean): void {
  const url = hrefWith(state.q.trim());
  if (url !== location.pathname + location.search) {
    if (push || state.pendingPush) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  state.pendingPush = false;
  document.title = state.q.trim() ? `${state.q.trim()} · 搜索 · 对照` : '搜索 · 对照';
}

function readUrl(): void {
  Object.assign(state, readSearchState(new URLSearchParams(location.search)), { fullText: false });
  input.value = state.q;
  fillAdvancedForm(state.advanced);
}

/** Apply new filters and criteria: a new history entry, then search. */
function setCriteria(filters: FilterState, advanced: AdvancedCriteria = state.advanced): void {
  Object.assign(state, { filters, advanced });
  fillAdvancedForm(advanced);
  syncUrl(true);
  state.pendingPush = true;
  void run();
}

const clearAll = () => {
  clearAdvancedForm();
  setCriteria({}, readAdvancedForm());
};

// ── rendering ──

/** Record which search the shown results answer (tests wait for it; the bench reads the User Timing). */
function markDone(q: string): void {
  list.dataset['query'] = q;
  list.dataset['search'] = writeSearchState(state).toString();
  if (q) performance.measure('duizhao:search', 'duizhao:search-start');
}

function resetResults(): void {
  for (const box of [list, direct]) box.replaceChildren();
  for (const box of [scopeNote, more, empty, idle, suggestion, note]) box.hidden = true;
  state.showMore = null;
  state.session = null;
}

function finish(q: string, text: string): void {
  list.removeAttribute('aria-busy');
  status.textContent = text;
  markDone(q);
}

// ── search ──

/** Search for the current state; a failure to load the index is reported, not left spinning. */
async function run(): Promise<void> {
  try {
    await runSearch();
  } catch (error) {
    console.error(error);
    resetResults();
    renderUnavailable(empty);
    finish(state.q.trim(), '搜索出错：无法载入检索索引。');
  }
}

async function runSearch(): Promise<void> {
  const seq = ++state.seq;
  performance.mark('duizhao:search-start');
  const q = state.q.trim();
  if (!q && countCriteria(state.advanced) === 0 && countSelected(state.filters) === 0) {
    resetResults();
    criteriaLine.hidden = true;
    idle.hidden = false;
    filterPanel.hidden = countSelected(state.filters) === 0;
    finish('', '');
    return;
  }
  status.textContent = '正在搜索…';
  document.title = `${q || '高级检索'} · 搜索 · 对照`;
  list.setAttribute('aria-busy', 'true');
  const [directory, t2s] = await Promise.all([getDirectory(), getT2s()]);
  const scope = countCriteria(state.advanced) > 0 ? await regulationsMeeting(state.advanced, directory, t2s, today()) : null;
  if (seq !== state.seq) return;
  renderCriteriaLine(criteriaLine, state.advanced, q ? (scope?.ids.length ?? 0) : null, scope?.unknown ?? {}, clearAll);
  if (!q && countSelected(state.filters) === 0) return listRegulations(scope!, directory);
  const plan = planFor(q, directory, t2s);
  if (plan.lookup && !state.fullText) return showLookup(q, plan, directory);
  if (scope?.ids.length === 0) {
    resetResults();
    if (q) renderEmpty(empty, { text: plan.text, clear: clearAll, hrefFor: hrefWith });
    return finish(q, '没有符合高级检索条件的法规。');
  }
  const pagefind = await getPagefind();
  const filters = scope && scope.ids.length < directory.regulations.length ? { ...state.filters, 法规: withinSelected(scope.ids, state.filters['法规']) } : state.filters;
  // no words, only filters: the articles they select
  const session = q ? await startSearch(pagefind, plan, filters, directory) : await startListing(pagefind, plan, filters);
  if (seq !== state.seq) return;
  await showSession(seq, q, session, directory);
  // the panel's counts are a convenience: a failure to count leaves the results as they are
  void countFilters(seq, session, filters, Boolean(q)).catch((error: unknown) => console.error(error));
  if (q && seq === state.seq) await offerCorrection(seq, q, pagefind, session);
}

/** Show a session's results (or why there are none), its filter counts and notes. */
async function showSession(seq: number, q: string, session: SearchSession, directory: SearchDirectory): Promise<void> {
  const { plan } = session;
  resetResults();
  showConverted(q, plan);
  state.session = session;
  filterPanel.hidden = false;
  // the counts shown are another search's until this one's are in (countFilters): say so, and grey them
  filterPanel.setAttribute('aria-busy', 'true');
  renderPanel();
  renderScope(scopeNote, plan, directory, hrefWith);
  if (session.ranked.length === 0 && !q) {
    finish(q, '没有符合筛选条件的条文。');
  } else if (session.ranked.length === 0) {
    renderEmpty(empty, { text: plan.text, clear: countSelected(state.filters) + countCriteria(state.advanced) > 0 ? clearAll : null, hrefFor: hrefWith });
    finish(q, `没有找到与“${plan.text}”相符的条文。`);
  } else {
    state.showMore = (focus) => appendHits(list, more, session, PAGE_SIZE, focus, () => seq === state.seq);
    await state.showMore(false);
    if (seq !== state.seq) return;
    finish(q, q ? resultCount(session) : `符合筛选条件的条文 ${session.candidates} 条。`);
  }
}

/** The ids of the regulations in scope, narrowed to those the URL's own 法规 filter names, if any. */
const withinSelected = (ids: string[], selected: string[] | undefined) => (selected ? ids.filter((id) => selected.includes(id)) : ids);

/** 您是不是要找, for a query no article contains as typed; the list's data-suggested says the check is done. */
async function offerCorrection(seq: number, q: string, pagefind: PagefindApi, session: SearchSession): Promise<void> {
  const fixes = session.ranked.some((r) => r.complete) || session.plan.exact ? [] : await findSuggestions(pagefind, session.plan).catch(() => []);
  if (seq !== state.seq) return;
  if (fixes.length > 0)
    renderSuggestions(
      suggestion,
      fixes.map((text) => ({ text, href: hrefWith(text) })),
    );
  list.dataset['suggested'] = q;
}

/** Say so when the query was read in simplified characters. */
function showConverted(q: string, plan: QueryPlan): void {
  if (normalizeQuery(q) === plan.text) return;
  note.textContent = `已按简体字“${plan.text}”搜索。`;
  note.hidden = false;
}

function showLookup(q: string, plan: QueryPlan, directory: SearchDirectory): void {
  resetResults();
  // filters do not apply to an article named by number
  filterPanel.hidden = true;
  renderLookup(direct, plan.lookup!, directory, q, () => {
    state.fullText = true;
    void run();
  });
  const n = plan.lookup!.targets.length;
  finish(q, n === 1 ? '找到 1 条：按回车键直达该条。' : `${n} 部法规有此条。`);
}

/** 高级检索 without words: list the regulations meeting the criteria. */
async function listRegulations(scope: CriteriaMatch, directory: SearchDirectory): Promise<void> {
  const facts = await getFacts();
  resetResults();
  filterPanel.hidden = true;
  const items = regulationItems(scope.ids, directory, facts.regulations, today());
  state.showMore = pager(list, more, items, PAGE_SIZE * 2);
  await state.showMore(false);
  finish('', items.length > 0 ? `符合条件的法规 ${items.length} 部。输入词语可在其中搜索条文。` : '没有符合高级检索条件的法规。');
}

/**
 * The panel's counts for a session, from the counting instance (search-data.ts getCounter), after its results are shown.
 */
async function countFilters(seq: number, session: SearchSession, filters: FilterState, words: boolean): Promise<void> {
  const counter = await getCounter();
  // the words as the results were asked for (startSearch's first query); none: a listing by the filters alone
  const term = words ? pagefindQueries(session.plan)[0] : null;
  // Pagefind counts only the filters it has loaded: filters() loads them all (once) and gives each value's count in the
  // index, which is also what a value gives without the filters when there is no term (Pagefind's own is then empty)
  const all = await counter.filters();
  // words Pagefind has nothing to ask for (startSearch found nothing either): every count is 0
  const counted = term === undefined ? { filters: {}, totalFilters: {} } : await counter.search(term, { filters: toPagefindFilters(filters) });
  if (seq !== state.seq || !counted) return;
  session.counts = counted.filters;
  session.totalCounts = term === null ? all : counted.totalFilters;
  state.counted = session;
  renderPanel();
}

function renderPanel(): void {
  // until the counts are in, the panel keeps what it showed: values without counts would all read 0
  if (!state.session || state.counted !== state.session) return;
  state.panel.filters = state.filters;
  renderFilters(state.panel, state.session.counts, state.session.totalCounts);
  // the panel shows the counts of this search (tests wait for it): the filter values and the counts are both in
  if (state.panel.keys.length > 0) {
    filterPanel.dataset['counted'] = list.dataset['search'] ?? '';
    filterPanel.removeAttribute('aria-busy');
  }
}

/** Fetch the index chunks the words typed so far need, while the pause before searching runs out. */
function preloadTyped(text: string): void {
  if (!text.trim()) return;
  void Promise.all([getDirectory(), getPagefind(), getT2s()])
    .then(([directory, pagefind, t2s]) => Promise.all(pagefindQueries(planFor(text, directory, t2s)).map((q) => pagefind.preload(q))))
    .catch(() => undefined); // the search itself reports a failure to load
}

let timer = 0;
/** Search as the official types, once typing pauses. */
function scheduleSearch(): void {
  preloadTyped(input.value);
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    state.q = input.value;
    state.fullText = false;
    syncUrl(false);
    void run();
  }, DEBOUNCE_MS);
}

/** The one article a query names, if it names exactly one (苏州 第二十四条). */
async function singleTarget(q: string): Promise<string | null> {
  const [directory, t2s] = await Promise.all([getDirectory(), getT2s()]);
  const lookup = planFor(q, directory, t2s).lookup;
  return lookup && lookup.targets.length === 1 ? lookupHref(lookup.targets[0]!) : null;
}

// While a Chinese input method composes (xinli → 心理), the box holds pinyin: wait for the characters.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) scheduleSearch();
});
input.addEventListener('compositionend', scheduleSearch);

// The search box and 高级检索 are one form: Enter or 检索 searches the words with the criteria.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  const criteriaChanged = writeSearchState({ q: '', advanced: readAdvancedForm() }).toString() !== writeSearchState({ q: '', advanced: state.advanced }).toString();
  state.q = input.value;
  state.advanced = readAdvancedForm();
  fillAdvancedForm(state.advanced);
  void (async () => {
    const target = state.fullText || criteriaChanged ? null : await singleTarget(state.q);
    syncUrl(criteriaChanged);
    if (target) return location.assign(target);
    state.pendingPush = true;
    await run();
  })();
});

byId('search-filter-groups').addEventListener('change', () => setCriteria(readFilterInputs()));
byId('search-filters-clear').addEventListener('click', () => setCriteria({}));
byId('adv-clear').addEventListener('click', () => {
  clearAdvancedForm();
  if (countCriteria(state.advanced) > 0) setCriteria(state.filters, readAdvancedForm());
});
more.addEventListener('click', () => void state.showMore?.(true));

window.addEventListener('popstate', () => {
  readUrl();
  state.pendingPush = true;
  void run();
});

arrowKeysBetween(input, '#search-direct a.result-link, #search-results a.result-link');

/** Start: read the URL, go straight to a named article, else search; then offer the filters. */
async function start(): Promise<void> {
  readUrl();
  // the URL in its canonical order and encoding (a hand-written link, `~` in a date range): what the page answers
  syncUrl(false);
  state.pendingPush = Boolean(state.q) || countCriteria(state.advanced) > 0;
  // fetch both at once: the directory decides whether to leave for an article, Pagefind answers the rest
  void getPagefind();
  void getDirectory();
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (state.q && nav?.type !== 'back_forward') {
    const target = await singleTarget(state.q);
    if (target) return location.replace(target);
  }
  if (window.matchMedia('(min-width: 60rem)').matches) filterPanel.open = true;
  if (state.q) status.textContent = '正在搜索…';
  try {
    await getPagefind();
  } catch {
    return run(); // reports the failure
  }
  const loadFilterIndex = () =>
    getCounter()
      .then((counter) => counter.filters())
      .then((values) => {
        state.panel.allValues = values;
        state.panel.keys = Object.keys(values);
        // keys in the URL that are not filters (a tracking parameter) are ignored rather than matching nothing
        state.filters = Object.fromEntries(Object.entries(state.filters).filter(([k]) => state.panel.keys.includes(k)));
      });
  // a link with filters waits for the filter index, so that an unknown key cannot empty the results; otherwise
  // the filter index (six files) loads after the first results, not in competition with the word index they need.
  // Pagefind counts per filter value only once the filter index is in, so the counts are asked for again then.
  if (countSelected(state.filters) > 0) await loadFilterIndex();
  await run();
  await loadFilterIndex();
  renderPanel();
}

void start();

// The /search/ page: query and filters live in the URL (shareable, back button works), results render as
// citations with a whole-clause excerpt. All regulation text goes into the page with textContent.
import { targetNodeId, type ArticleLookup, type ArticleTarget } from '../lib/search/article-lookup.ts';
import type { SearchDirectory } from '../lib/search/directory.ts';
import { excerptAround, segmentsFromMarkedHtml, type Segment } from '../lib/search/excerpt.ts';
import { countSelected, filterDefsFor, orderValues, readSearchParams, shownValues, toPagefindFilters, writeSearchParams, type FilterState } from '../lib/search/filters.ts';
import { cacheTagFromHref } from '../lib/search/preload.ts';
import { pagefindQueries, planQuery, type QueryPlan } from '../lib/search/query.ts';
import type { RankedHit } from '../lib/search/rank.ts';
import { articleCite, citeNodeSuffix, itemCite, paragraphCite } from '../lib/cite/citation.ts';
import { articlePath } from '../lib/cite/permalink.ts';
import { loadPagefind, startSearch, type FilterCounts, type PagefindApi, type SearchSession } from './search-engine.ts';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 150;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $<HTMLParagraphElement>('search-status');
const scopeNote = $<HTMLParagraphElement>('search-scope');
const direct = $<HTMLDivElement>('search-direct');
const list = $<HTMLOListElement>('search-results');
const more = $<HTMLButtonElement>('search-more');
const empty = $<HTMLDivElement>('search-empty');
const idle = $<HTMLDivElement>('search-idle');
const filterPanel = $<HTMLDetailsElement>('search-filters');
const filterBody = $<HTMLDivElement>('search-filter-groups');
const filterCount = $<HTMLSpanElement>('search-filter-count');
const clearFilters = $<HTMLButtonElement>('search-filters-clear');

const state = {
  q: '',
  filters: {} as FilterState,
  /** The current history entry holds a finished query: the next edit gets an entry of its own. */
  pendingPush: false,
  /** Search the text even though the query names an article. */
  fullText: false,
  seq: 0,
  shown: 0,
  session: null as SearchSession | null,
  filterKeys: [] as string[],
  allValues: {} as FilterCounts,
  /** Filter keys whose whole list the reader asked to see. */
  expanded: new Set<string>(),
};

/** Create an element with optional text and class. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Append excerpt segments: plain runs as text nodes, matches as <mark>. Never parses HTML. */
function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) parent.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text));
}

// ── data ──

let directoryPromise: Promise<SearchDirectory> | null = null;
let pagefindPromise: Promise<PagefindApi> | null = null;
const getDirectory = () => (directoryPromise ??= fetch('/search/directory.json').then((r) => r.json() as Promise<SearchDirectory>));
const preloadedEntry = document.querySelector<HTMLLinkElement>('link[data-pagefind-preload="entry"]');
const bootStarted = () => document.documentElement.hasAttribute('data-pagefind-started');
const getPagefind = () => (pagefindPromise ??= loadPagefind('/pagefind/', preloadedEntry ? cacheTagFromHref(preloadedEntry.href) : null, bootStarted));

// ── URL and history ──

function urlFor(q: string, filters: FilterState): string {
  const params = writeSearchParams(q, filters).toString();
  return `/search/${params ? `?${params}` : ''}`;
}

/** Write the state to the URL: a new history entry for a new query or filter, else replace the current one. */
function syncUrl(push: boolean): void {
  const url = urlFor(state.q.trim(), state.filters);
  if (url !== location.pathname + location.search) {
    if (push || state.pendingPush) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  state.pendingPush = false;
  document.title = state.q.trim() ? `${state.q.trim()} · 搜索 · 对照` : '搜索 · 对照';
}

function readUrl(): void {
  const { q, filters } = readSearchParams(new URLSearchParams(location.search));
  state.q = q;
  state.filters = filters;
  state.fullText = false;
  input.value = q;
}

// ── rendering ──

function setStatus(text: string): void {
  status.textContent = text;
}

/** Record which query the shown results answer (tests wait for it; the bench reads the User Timing). */
function markDone(q: string): void {
  list.dataset['query'] = q;
  if (q) performance.measure('duizhao:search', 'duizhao:search-start');
}

function resetResults(): void {
  list.replaceChildren();
  direct.replaceChildren();
  scopeNote.hidden = true;
  more.hidden = true;
  empty.hidden = true;
  idle.hidden = true;
  state.shown = 0;
  state.session = null;
}

function renderIdle(): void {
  resetResults();
  idle.hidden = false;
  filterPanel.hidden = countSelected(state.filters) === 0;
  setStatus('');
}

/** The direct link(s) for a query that names an article. */
function renderLookup(lookup: ArticleLookup, directory: SearchDirectory): void {
  const box = el('section', undefined, 'direct-hit');
  box.setAttribute('aria-labelledby', 'direct-h');
  const h = el('h3', lookup.scoped ? '直达条文' : `各法规的${articleCite(lookup.number)}`);
  h.id = 'direct-h';
  box.append(h);
  const ul = el('ul', undefined, 'direct-list');
  ul.setAttribute('role', 'list');
  for (const t of lookup.targets) {
    const reg = directory.regulations.find((r) => r.id === t.regId)!;
    const a = el('a', directLabel(reg.title, lookup));
    a.href = lookupHref(t);
    a.dataset['resultKey'] = `${t.regId}/${t.slug}`;
    a.className = 'result-link';
    const li = el('li');
    li.append(a, el('span', ` ${reg.jurisdiction}`, 'muted'));
    ul.append(li);
  }
  box.append(ul);
  const again = el('button', `按全文搜索“${state.q.trim()}”`, 'link-button');
  again.type = 'button';
  again.addEventListener('click', () => {
    state.fullText = true;
    void run();
  });
  box.append(el('p', undefined, 'muted'));
  box.lastElementChild!.append(again);
  direct.append(box);
}

/** The link of a lookup target: the article page, with the paragraph or item anchor when one is named. */
function lookupHref(t: ArticleTarget): string {
  const node = targetNodeId(t);
  return articlePath(t.regId, t.slug, node.includes('__') ? node : undefined);
}

/** 《苏州市平安建设条例》第二十四条第二款 for a lookup target. */
function directLabel(title: string, l: ArticleLookup): string {
  const t = l.targets[0]!;
  let label = `《${title}》${articleCite(l.number, l.suffix)}`;
  if (t.paragraph) label += paragraphCite(t.paragraph);
  if (t.item) label += itemCite(t.item);
  return label;
}

/** One result: the citation, where it is from, and the matching clause(s). */
function renderHit(r: RankedHit): HTMLLIElement {
  const { hit } = r;
  const li = el('li', undefined, 'hit');
  const h = el('h3', undefined, 'hit-cite');
  const a = el('a', hit.citation, 'result-link');
  const paragraphCount = hit.nodes.filter((n) => n.kind === 'para').length;
  const [regId, slug] = hit.key.split('/') as [string, string];
  const linkNode = r.best && (paragraphCount > 1 || r.best.kind !== 'para') ? r.best.id : undefined;
  a.href = articlePath(regId, slug, linkNode);
  a.dataset['resultKey'] = hit.key;
  h.append(a);
  li.append(h);

  const meta = el('p', undefined, 'hit-meta');
  const year = hit.filters['施行年份']?.[0];
  for (const part of [hit.jurisdiction, hit.filters['层级']?.[0], hit.chapter, year ? `${year}年施行` : '']) if (part) meta.append(el('span', part));
  li.append(meta);

  const excerpt = el('p', undefined, 'hit-excerpt');
  if (r.best) {
    const suffix = citeNodeSuffix(r.best.id, paragraphCount);
    if (suffix) excerpt.append(el('span', suffix, 'hit-node'));
    appendSegments(excerpt, excerptAround(r.best.text, r.needles));
  } else {
    appendSegments(excerpt, segmentsFromMarkedHtml(hit.pagefindExcerpt));
  }
  li.append(excerpt);

  if (r.others.length > 0) {
    const subs = el('ul', undefined, 'hit-subs');
    subs.setAttribute('aria-label', '同一条中的其他匹配');
    for (const node of r.others) {
      const sub = el('li');
      const link = el('a', citeNodeSuffix(node.id, paragraphCount) || '本条');
      link.href = articlePath(regId, slug, node.id);
      link.setAttribute('aria-label', `${hit.citation}${citeNodeSuffix(node.id, paragraphCount)}`);
      sub.append(link, document.createTextNode(' '));
      const text = el('span');
      appendSegments(text, excerptAround(node.text, r.needles, 60));
      sub.append(text);
      subs.append(sub);
    }
    li.append(subs);
  }
  return li;
}

/** Show the next page of results; focus the first new one when the reader asked for more. */
async function showMore(focus: boolean): Promise<void> {
  const session = state.session;
  if (!session) return;
  const seq = state.seq;
  while (session.ranked.length < state.shown + PAGE_SIZE && session.hasMore()) await session.loadMore();
  if (seq !== state.seq) return;
  const shownKeys = new Set([...list.querySelectorAll<HTMLAnchorElement>('a[data-result-key]')].map((a) => a.dataset['resultKey']));
  const next = session.ranked.filter((r) => !shownKeys.has(r.hit.key)).slice(0, PAGE_SIZE);
  const items = next.map(renderHit);
  list.append(...items);
  state.shown += next.length;
  more.hidden = !(session.hasMore() || session.ranked.length > state.shown);
  if (focus) items[0]?.querySelector('a')?.focus();
}

function renderEmpty(plan: QueryPlan): void {
  empty.replaceChildren();
  empty.hidden = false;
  empty.append(el('h3', '无结果'));
  empty.append(el('p', `没有找到与“${plan.text}”相符的条文。可以试试：`));
  const tips = el('ul');
  if (countSelected(state.filters) > 0) {
    const li = el('li', '去掉筛选条件：');
    const b = el('button', '清除全部筛选', 'link-button');
    b.type = 'button';
    b.addEventListener('click', () => setFilters({}));
    li.append(b);
    tips.append(li);
  }
  const words = suggestWords(plan.text);
  if (words.length > 0) {
    const li = el('li', '换用更短的词：');
    words.forEach((w, i) => {
      const a = el('a', w);
      a.href = urlFor(w, state.filters);
      li.append(...(i > 0 ? [document.createTextNode('、'), a] : [a]));
    });
    tips.append(li);
  }
  tips.append(el('li', '用法规中的说法，例如“电信网络诈骗”“社会治安综合治理中心”；检查有无错别字'));
  const byNumber = el('li', '按条号查找，例如：');
  for (const [i, ex] of ['苏州 第二十四条', '新疆 52条'].entries()) {
    const a = el('a', ex);
    a.href = urlFor(ex, {});
    byNumber.append(...(i > 0 ? [document.createTextNode('、'), a] : [a]));
  }
  tips.append(byNumber);
  const browse = el('li');
  const all = el('a', '浏览全部法规');
  all.href = '/regulations/';
  browse.append(all);
  tips.append(browse);
  empty.append(tips);
}

/** Shorter words to try: the query's words of two or more characters (Intl.Segmenter). */
function suggestWords(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  if ([...compact].length <= 2) return [];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...seg.segment(compact)].map((s) => s.segment).filter((w) => [...w].length >= 2);
  return [...new Set(words.length > 1 ? words : [...compact].length >= 4 ? [compact.slice(0, 2), compact.slice(2, 4)] : [])].slice(0, 4);
}

// ── filters ──

function renderFilters(counts: FilterCounts, totals: FilterCounts): void {
  // the panel is rebuilt for each query: keep keyboard focus on the checkbox that was just toggled
  const focused = document.activeElement instanceof HTMLInputElement && filterBody.contains(document.activeElement) ? [document.activeElement.name, document.activeElement.value] : null;
  filterBody.replaceChildren();
  for (const def of filterDefsFor(state.filterKeys)) {
    const selected = state.filters[def.key] ?? [];
    // a key with a selection shows what each value would give without it (Pagefind's unfiltered counts)
    const shownCounts = selected.length > 0 ? totals[def.key] ?? {} : counts[def.key] ?? {};
    const values = orderValues(def, { ...Object.fromEntries(Object.keys(state.allValues[def.key] ?? {}).map((v) => [v, 0])), ...shownCounts })
      .filter((v) => !def.hideEmpty || (shownCounts[v] ?? 0) > 0 || selected.includes(v));
    if (values.length === 0) continue;
    const fs = el('fieldset', undefined, 'filter-group');
    fs.append(el('legend', def.label));
    const shown = shownValues(def, values, selected, state.expanded.has(def.key));
    for (const value of shown) {
      const label = el('label', undefined, 'filter-option');
      const box = el('input');
      box.type = 'checkbox';
      box.name = def.key;
      box.value = value;
      box.checked = selected.includes(value);
      const n = shownCounts[value] ?? 0;
      label.append(box, el('span', value), el('span', String(n), 'filter-n'));
      label.classList.toggle('zero', n === 0 && !box.checked);
      fs.append(label);
    }
    if (shown.length < values.length) fs.append(expandButton(def.key, shown, values.length));
    filterBody.append(fs);
  }
  if (focused) [...filterBody.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === focused[0] && b.value === focused[1])?.focus();
  const n = countSelected(state.filters);
  filterCount.textContent = n > 0 ? `（已选 ${n} 项）` : '';
  clearFilters.hidden = n === 0;
}

/** The button under a cut-short filter group that shows all of its values; focus moves to the first one revealed. */
function expandButton(key: string, shown: readonly string[], total: number): HTMLButtonElement {
  const more = el('button', `显示全部 ${total} 项`, 'link-button filter-more');
  more.type = 'button';
  more.addEventListener('click', () => {
    state.expanded.add(key);
    if (state.session) renderFilters(state.session.counts, state.session.totalCounts);
    // the first value not shown before (a ticked value past the cut was shown already, so not "the next index")
    [...filterBody.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === key && !shown.includes(b.value))?.focus();
  });
  return more;
}

function setFilters(filters: FilterState): void {
  state.filters = filters;
  syncUrl(true);
  state.pendingPush = true;
  void run();
}

function readFilterInputs(): FilterState {
  const out: FilterState = {};
  for (const box of filterBody.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) (out[box.name] ??= []).push(box.value);
  return out;
}

// ── search ──

/** Search for the current state; a failure to load the index is reported, not left spinning. */
async function run(): Promise<void> {
  try {
    await runSearch();
  } catch (error) {
    console.error(error);
    resetResults();
    list.removeAttribute('aria-busy');
    setStatus('搜索出错：无法载入检索索引。');
    empty.hidden = false;
    const all = el('a', '浏览全部法规');
    all.href = '/regulations/';
    const p = el('p', '请检查网络后刷新页面重试，或');
    p.append(all, document.createTextNode('，在法规页中按条号查阅。'));
    empty.replaceChildren(el('h3', '搜索暂时不可用'), p);
    markDone(state.q.trim());
  }
}

async function runSearch(): Promise<void> {
  const seq = ++state.seq;
  performance.mark('duizhao:search-start');
  const q = state.q.trim();
  if (!q) {
    renderIdle();
    markDone('');
    return;
  }
  setStatus('正在搜索…');
  document.title = `${q} · 搜索 · 对照`;
  list.setAttribute('aria-busy', 'true');
  const [directory, pagefind] = await Promise.all([getDirectory(), getPagefind()]);
  if (seq !== state.seq) return;
  const plan = planQuery(q, directory);
  if (plan.lookup && !state.fullText) {
    resetResults();
    // filters do not apply to an article named by number
    filterPanel.hidden = true;
    renderLookup(plan.lookup, directory);
    list.removeAttribute('aria-busy');
    setStatus(plan.lookup.targets.length === 1 ? '找到 1 条：按回车键直达该条。' : `${plan.lookup.targets.length} 部法规有此条。`);
    markDone(q);
    return;
  }
  const session = await startSearch(pagefind, plan, state.filters, directory);
  if (seq !== state.seq) return;
  resetResults();
  state.session = session;
  list.removeAttribute('aria-busy');
  filterPanel.hidden = false;
  renderFilters(session.counts, session.totalCounts);
  if (plan.scope.length > 0) {
    const names = directory.regulations.filter((r) => plan.scope.includes(r.id)).map((r) => `《${r.title}》`).join('、');
    scopeNote.replaceChildren(document.createTextNode(`优先显示${names}中的条文。`));
    const all = el('a', '在全部法规中搜索');
    all.href = urlFor(plan.terms.map((t) => t.text).join(' '), state.filters);
    scopeNote.append(all);
    scopeNote.hidden = false;
  }
  if (session.ranked.length === 0) {
    setStatus(`没有找到与“${plan.text}”相符的条文。`);
    renderEmpty(plan);
    markDone(q);
    return;
  }
  await showMore(false);
  if (seq !== state.seq) return;
  const complete = session.ranked.filter((r) => r.complete).length;
  const found = session.ranked.length;
  if (session.hasMore()) setStatus(`找到约 ${session.candidates} 条相关条文。`);
  else setStatus(complete > 0 && complete < found ? `找到 ${found} 条相关条文，其中 ${complete} 条含完整词语。` : `找到 ${found} 条相关条文。`);
  markDone(q);
}

/** Fetch the index chunks the words typed so far need, while the pause before searching runs out. */
function preloadTyped(text: string): void {
  if (!text.trim()) return;
  void Promise.all([getDirectory(), getPagefind()])
    .then(([directory, pagefind]) => Promise.all(pagefindQueries(planQuery(text, directory)).map((q) => pagefind.preload(q))))
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
// While a Chinese input method composes (xinli → 心理), the box holds pinyin: wait for the characters.
input.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) scheduleSearch();
});
input.addEventListener('compositionend', scheduleSearch);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  state.q = input.value;
  void (async () => {
    const directory = await getDirectory();
    const lookup = planQuery(state.q, directory).lookup;
    if (lookup && lookup.targets.length === 1 && !state.fullText) {
      syncUrl(false);
      location.assign(lookupHref(lookup.targets[0]!));
      return;
    }
    syncUrl(false);
    state.pendingPush = true;
    await run();
  })();
});

filterBody.addEventListener('change', () => setFilters(readFilterInputs()));
clearFilters.addEventListener('click', () => setFilters({}));
more.addEventListener('click', () => void showMore(true));

window.addEventListener('popstate', () => {
  readUrl();
  state.pendingPush = true;
  void run();
});

// Arrow keys move between the search box and the result links.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-direct a.result-link, #search-results a.result-link')];
  const active = document.activeElement;
  const at = links.indexOf(active as HTMLAnchorElement);
  if (active === input && event.key === 'ArrowDown' && links[0]) {
    event.preventDefault();
    links[0].focus();
  } else if (at >= 0) {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? input : links[at - 1];
    next?.focus();
  }
});

/** Start: read the URL, go straight to a named article, else search; then offer the filters. */
async function start(): Promise<void> {
  readUrl();
  state.pendingPush = Boolean(state.q);
  // fetch both at once: the directory decides whether to leave for an article, Pagefind answers the rest
  void getPagefind();
  void getDirectory();
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (state.q && nav?.type !== 'back_forward') {
    const directory = await getDirectory();
    const lookup = planQuery(state.q, directory).lookup;
    const t = lookup?.targets.length === 1 ? lookup.targets[0] : undefined;
    if (t) {
      location.replace(lookupHref(t));
      return;
    }
  }
  if (window.matchMedia('(min-width: 60rem)').matches) filterPanel.open = true;
  if (state.q) setStatus('正在搜索…');
  let pagefind: PagefindApi;
  try {
    pagefind = await getPagefind();
  } catch {
    await run(); // reports the failure
    return;
  }
  const loadFilterIndex = () =>
    pagefind.filters().then((values) => {
      state.allValues = values;
      state.filterKeys = Object.keys(values);
      // keys in the URL that are not filters (a tracking parameter) are ignored rather than matching nothing
      state.filters = Object.fromEntries(Object.entries(state.filters).filter(([k]) => state.filterKeys.includes(k)));
    });
  // a link with filters waits for the filter index, so that an unknown key cannot empty the results; otherwise
  // the filter index (six files) loads after the first results, not in competition with the word index they need.
  // Pagefind counts per filter value only once the filter index is in, so the counts are asked for again then.
  if (countSelected(state.filters) > 0) await loadFilterIndex();
  await run();
  await loadFilterIndex();
  if (state.session && Object.keys(state.session.counts).length === 0) {
    const counted = await pagefind.search(state.session.plan.terms.map((t) => t.text).join(' '), { filters: toPagefindFilters(state.filters) });
    if (counted) [state.session.counts, state.session.totalCounts] = [counted.filters, counted.totalFilters];
  }
  if (state.session) renderFilters(state.session.counts, state.session.totalCounts);
}

void start();

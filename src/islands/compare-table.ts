// The many-way table's chooser: any 2..N regulations; fetches only the chosen regulations' table data,
// groups them with the same library as the build, and renders the same markup as GroupTable.astro.
// The choice is kept in the URL (?r=suzhou,changji,shanxi) so a table can be shared. The page lists a few
// regulations as checkboxes; the filter box finds any other by name in /compare/choices.json.
import { chooserMatches, findChoices, foldQuery, type ChooserEntry } from '../lib/compare/chooser.ts';
import { MANY_COLUMNS, type GroupTableView } from '../lib/compare/group-table-view.ts';
import { LEVEL_NAMES } from '../lib/compare/levels.ts';
import { h } from './dom.ts';
import { loadGroupView, wireLegislativeTable } from './legislative-table.ts';

const form = document.getElementById('group-picker') as HTMLFormElement | null;
const output = document.getElementById('group-output') as HTMLDivElement | null;
const status = document.getElementById('group-status') as HTMLParagraphElement | null;
const sharedOnly = document.getElementById('group-shared-only') as HTMLInputElement | null;
const filter = document.getElementById('group-filter') as HTMLInputElement | null;
const choices = document.getElementById('group-choices') as HTMLSpanElement | null;
/** Whether the page lists only some regulations (the rest are found through the filter). */
const more = Boolean(form?.dataset['more']);
const MAX_FOUND = 20;
const cache = new Map<string, Promise<unknown>>();

function getJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}：${r.status}`);
      return r.json();
    });
    cache.set(url, p);
    // a failed download is not kept: the next choice or keystroke asks again
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}

function boxes(): HTMLInputElement[] {
  return [...form!.querySelectorAll<HTMLInputElement>('input[name="r"]')];
}

let choiceIndex: Promise<{ entries: ChooserEntry[]; byId: Map<string, ChooserEntry> }> | undefined;
/** The chooser's list of all regulations and its index by id, fetched and built once. */
function loadChoices(): Promise<{ entries: ChooserEntry[]; byId: Map<string, ChooserEntry> }> {
  choiceIndex ??= getJson<ChooserEntry[]>('/compare/choices.json').then((entries) => ({ entries, byId: new Map(entries.map((e) => [e.id, e])) }));
  return choiceIndex;
}

/** Add a checkbox for a regulation the page did not list. */
function addChoice(entry: ChooserEntry, checked: boolean): void {
  const box = Object.assign(h('input'), { type: 'checkbox', name: 'r', value: entry.id, checked });
  box.addEventListener('change', () => void update(true));
  const label = h('label');
  label.dataset['added'] = '';
  label.title = entry.title;
  label.append(box, ` ${entry.shortName}`);
  choices!.append(label);
}

/** Show the listed regulations that match the filter (chosen ones always stay) and, when the page lists only some, add the others that match. */
async function filterChoices(): Promise<void> {
  const query = filter!.value;
  const folded = foldQuery(query);
  const note = document.getElementById('group-filter-status')!;
  let entries: ChooserEntry[];
  let byId: Map<string, ChooserEntry>;
  try {
    ({ entries, byId } = await loadChoices());
  } catch (e) {
    choiceIndex = undefined; // let the next keystroke try again
    note.textContent = `无法读取条例列表：${(e as Error).message}`;
    return;
  }
  if (filter!.value !== query) return; // the reader has typed on; that call answers
  if (more) for (const label of choices!.querySelectorAll<HTMLLabelElement>('label[data-added]')) if (!label.querySelector('input')!.checked) label.remove();
  const { found, total } = findChoices(entries, query, MAX_FOUND);
  if (more) {
    const present = new Set(boxes().map((b) => b.value));
    for (const entry of found) if (!present.has(entry.id)) addChoice(entry, false);
  }
  for (const label of choices!.querySelectorAll<HTMLLabelElement>('label')) {
    const box = label.querySelector('input')!;
    const entry = byId.get(box.value);
    label.hidden = Boolean(folded) && !box.checked && !(entry && chooserMatches(entry, folded));
  }
  note.textContent = !folded
    ? ''
    : total === 0
      ? `没有名称含“${query.trim()}”的条例。`
      : total > MAX_FOUND && more
        ? `共 ${total} 部条例匹配，只列出前 ${MAX_FOUND} 部；请输入更具体的名称。`
        : `${total} 部条例匹配。`;
}

function render(view: GroupTableView): void {
  const shared = view.rows.filter((r) => r.filled > 1).length;
  const summary = h('p', 'group-summary', `${view.columns.map((c) => c.shortName).join('、')}：共 ${view.rows.length} 组规定，其中 ${shared} 组两地以上都有规定。`);
  summary.id = 'group-summary';
  const table = h('table', 'group-table');
  table.id = 'group-table';
  table.classList.toggle('many', view.columns.length > MANY_COLUMNS);
  table.classList.toggle('shared-only', sharedOnly!.checked);
  const caption = h('caption', 'visually-hidden', '多地对照表：每行为各地相应的规定');
  const head = h('tr');
  head.append(Object.assign(h('th', 'group-level', '对应'), { scope: 'col' }), ...view.columns.map((c) => Object.assign(h('th', '', c.shortName), { scope: 'col' })));
  const body = h('tbody');
  for (const row of view.rows) {
    const tr = h('tr', row.filled < 2 ? 'group-single' : '');
    const level = h('td', 'group-level');
    level.dataset['label'] = '对应';
    level.append(row.level ? h('span', `level-tag level-${row.level}`, LEVEL_NAMES[row.level]) : h('span', 'muted', row.levelName));
    tr.append(level);
    row.cells.forEach((cell, i) => {
      const td = h('td', cell ? 'group-cell' : 'group-cell group-none', cell ? undefined : '未找到');
      td.dataset['label'] = view.columns[i]!.shortName;
      if (cell) td.append(Object.assign(h('a', 'para-label', cell.label), { href: cell.href }), cell.text);
      tr.append(td);
    });
    body.append(tr);
  }
  const thead = h('thead');
  thead.append(head);
  table.append(caption, thead, body);
  const scroll = h('div', 'table-scroll');
  scroll.append(table);
  output!.replaceChildren(summary, scroll);
}

let latest = 0;
async function update(push: boolean): Promise<void> {
  // a slower earlier call (its data still downloading) must not draw over a later choice
  const call = ++latest;
  const ids = boxes()
    .filter((b) => b.checked)
    .map((b) => b.value);
  if (ids.length < 2) {
    status!.textContent = '请至少选择两部条例。';
    return;
  }
  status!.textContent = '正在生成对照表…';
  try {
    const view = await loadGroupView(ids, getJson);
    if (call !== latest) return;
    render(view);
    status!.textContent = `已生成：${ids.length} 部条例的对照表。`;
    if (push) {
      const url = new URL(location.href);
      url.searchParams.set('r', ids.join(','));
      history.replaceState(null, '', url);
    }
  } catch (e) {
    if (call !== latest) return;
    status!.textContent = `无法生成对照表：${(e as Error).message}`;
  }
}

if (form && output && status && sharedOnly) {
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const box of boxes()) box.addEventListener('change', () => void update(true));
  sharedOnly.addEventListener('change', () => document.getElementById('group-table')?.classList.toggle('shared-only', sharedOnly.checked));
  filter?.addEventListener('input', () => void filterChoices());
  const docx = document.getElementById('group-docx') as HTMLButtonElement | null;
  // the table shown is always the one of the boxes checked now (the prebuilt one included)
  if (docx) {
    wireLegislativeTable(
      docx,
      () => {
        const ids = boxes()
          .filter((b) => b.checked)
          .map((b) => b.value);
        return { ids, sharedOnly: sharedOnly.checked, source: new URL(`/compare/?r=${ids.join(',')}`, location.href).href };
      },
      getJson,
    );
  }
  void chooseFromUrl();
}

/** Apply ?r=a,b,c: check those regulations (adding any the page does not list) and build their table. */
async function chooseFromUrl(): Promise<void> {
  const asked = [...new Set(new URLSearchParams(location.search).get('r')?.split(',').filter(Boolean) ?? [])];
  if (asked.length === 0) return;
  const listed = new Set(boxes().map((b) => b.value));
  let unknown = asked.filter((id) => !listed.has(id));
  if (unknown.length > 0 && more) {
    const byId = (await loadChoices().catch(() => undefined))?.byId ?? new Map<string, ChooserEntry>();
    for (const id of unknown) if (byId.has(id)) addChoice(byId.get(id)!, true);
    unknown = unknown.filter((id) => !byId.has(id));
  }
  const known = asked.filter((id) => !unknown.includes(id));
  if (known.length >= 2) {
    for (const box of boxes()) box.checked = known.includes(box.value);
    await update(false);
  }
  if (unknown.length > 0) status!.textContent = `${status!.textContent ?? ''}链接中的条例不存在，已略去：${unknown.join('、')}。`;
}

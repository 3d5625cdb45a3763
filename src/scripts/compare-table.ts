// The many-way table's chooser: any 2..N regulations; fetches only the chosen regulations' table data,
// groups them with the same library as the build, and renders the same markup as GroupTable.astro.
// The choice is kept in the URL (?r=suzhou,changji,shanxi) so a table can be shared.
import { groupTableView, type GroupTableView } from '../lib/compare/group-table-view.ts';
import { LEVEL_NAMES } from '../lib/compare/levels.ts';
import type { CorpusAlignment, RegulationTableData } from '../lib/schemas/alignment.ts';
import { h } from './dom.ts';

const form = document.getElementById('group-picker') as HTMLFormElement | null;
const output = document.getElementById('group-output') as HTMLDivElement | null;
const status = document.getElementById('group-status') as HTMLParagraphElement | null;
const sharedOnly = document.getElementById('group-shared-only') as HTMLInputElement | null;
const cache = new Map<string, Promise<unknown>>();

function getJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}：${r.status}`);
      return r.json();
    });
    cache.set(url, p);
  }
  return p as Promise<T>;
}

function boxes(): HTMLInputElement[] {
  return [...form!.querySelectorAll<HTMLInputElement>('input[name="r"]')];
}

function render(view: GroupTableView): void {
  const shared = view.rows.filter((r) => r.filled > 1).length;
  const summary = h('p', 'group-summary', `${view.columns.map((c) => c.shortName).join('、')}：共 ${view.rows.length} 组规定，其中 ${shared} 组两地以上都有规定。`);
  summary.id = 'group-summary';
  const table = h('table', 'group-table');
  table.id = 'group-table';
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
      const td = h('td', cell ? 'group-cell' : 'group-cell group-none', cell ? undefined : '无');
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

async function update(push: boolean): Promise<void> {
  const ids = boxes().filter((b) => b.checked).map((b) => b.value);
  if (ids.length < 2) {
    status!.textContent = '请至少选择两部条例。';
    return;
  }
  status!.textContent = '正在生成对照表…';
  try {
    const [method, ...parts] = await Promise.all([
      getJson<CorpusAlignment['method']>('/compare/table/method.json'),
      ...ids.map((id) => getJson<RegulationTableData>(`/compare/table/${id}.json`)),
    ]);
    render(groupTableView(parts as RegulationTableData[], method as CorpusAlignment['method']));
    status!.textContent = `已生成：${ids.length} 部条例的对照表。`;
    if (push) {
      const url = new URL(location.href);
      url.searchParams.set('r', ids.join(','));
      history.replaceState(null, '', url);
    }
  } catch (e) {
    status!.textContent = `无法生成对照表：${(e as Error).message}`;
  }
}

if (form && output && status && sharedOnly) {
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const box of boxes()) box.addEventListener('change', () => void update(true));
  sharedOnly.addEventListener('change', () => document.getElementById('group-table')?.classList.toggle('shared-only', sharedOnly.checked));
  const asked = new URLSearchParams(location.search).get('r')?.split(',').filter(Boolean) ?? [];
  const known = new Set(boxes().map((b) => b.value));
  if (asked.length >= 2 && asked.every((id) => known.has(id))) {
    for (const box of boxes()) box.checked = asked.includes(box.value);
    void update(false);
  }
}

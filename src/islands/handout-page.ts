// /handout/: the basket as a handout — reorder, annotate, print on A4, download as Word.
import { DEFAULT_TITLE, emptyBasket, entryKey, moveEntry, removeEntry, setNote, setTitle, type Basket, type BasketEntry } from '../lib/handout/basket.ts';
import { resolveHandoutNode, type HandoutRegulation } from '../lib/handout/handout-data.ts';
import type { DocBlock, HandoutDoc } from '../lib/handout/handout-doc.ts';
import type { QuoteLine } from '../lib/handout/provision-lines.ts';
import { sourceLines } from '../lib/handout/text-source.ts';
import { byId } from './dom.ts';
import { loadBasket, renderBasket, saveBasket } from './handout-basket.ts';
import { wireDocxButton } from './docx-download.ts';
import { absoluteUrl, dataUrlBytes, h, qrDataUrl, qrFigure, renderLines } from './handout-render.ts';

const list = byId<HTMLOListElement>('handout-list');
const status = byId<HTMLParagraphElement>('handout-status');
const titleInput = byId<HTMLInputElement>('handout-title');
const titleOut = byId<HTMLSpanElement>('handout-title-out');
/** Regulation data by id, fetched once per page. */
const data = new Map<string, Promise<HandoutRegulation | null>>();

function regulationData(regId: string): Promise<HandoutRegulation | null> {
  let p = data.get(regId);
  if (!p) {
    p = fetch(`/handout/data/${regId}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<HandoutRegulation>) : null))
      .catch(() => null);
    data.set(regId, p);
  }
  return p;
}

/** One entry resolved against the data (lines null when the provision is gone or the data unreachable). */
interface Resolved {
  entry: BasketEntry;
  citation: string;
  url: string;
  lines: QuoteLine[] | null;
  reg: HandoutRegulation | null;
}

async function resolveAll(basket: Basket): Promise<Resolved[]> {
  return Promise.all(
    basket.entries.map(async (entry) => {
      const reg = await regulationData(entry.regId);
      const node = reg ? resolveHandoutNode(reg, entry.nodeId) : null;
      return { entry, reg, citation: node?.citation ?? entry.citation, url: absoluteUrl(node?.href ?? entry.href), lines: node?.lines ?? null };
    }),
  );
}

function save(basket: Basket): void {
  if (!saveBasket(basket)) status.textContent = '无法保存：浏览器禁止了本地存储，关闭页面后讲义篮不会保留。';
  renderBasket(basket);
}

function toolButton(label: string, action: string, r: Resolved, disabled = false): HTMLButtonElement {
  const b = h('button', 'secondary', label);
  b.type = 'button';
  b.dataset['action'] = action;
  b.dataset['key'] = entryKey(r.entry);
  b.disabled = disabled;
  b.setAttribute('aria-label', `${label}：${r.citation}`);
  return b;
}

async function renderEntry(r: Resolved, i: number, count: number): Promise<HTMLLIElement> {
  const key = entryKey(r.entry);
  const li = h('li', 'handout-entry');
  li.dataset['key'] = key;
  const cite = h('h2', 'entry-cite');
  const link = h('a', '', r.citation);
  link.href = r.url;
  cite.append(h('span', 'entry-num', `${i + 1}．`), link);
  const tools = h('div', 'entry-tools');
  tools.append(toolButton('上移', 'up', r, i === 0), toolButton('下移', 'down', r, i === count - 1), toolButton('移除', 'remove', r));
  const body = h('div', 'entry-body');
  body.append(
    r.lines ? renderLines(r.lines) : h('p', 'warning', r.reg ? '当前数据中已没有这一条文（编号可能已变），请移除后重新加入。' : '无法载入条文文本（离线？），请稍后重试。'),
  );
  body.append(await qrFigure(r.url, r.citation));
  const noteId = `note-${i}`;
  const note = h('div', 'entry-note');
  const label = h('label', '', '讲师按语');
  label.htmlFor = noteId;
  const area = h('textarea');
  area.id = noteId;
  area.rows = 3;
  area.value = r.entry.note;
  area.dataset['key'] = key;
  const printed = h('p', 'note-print');
  printed.hidden = !r.entry.note.trim();
  printed.append(h('strong', '', '讲师按语：'), r.entry.note);
  note.append(label, area, printed);
  li.append(cite, tools, body, note);
  return li;
}

function renderSource(resolved: Resolved[]): void {
  const regs = [...new Map(resolved.filter((r) => r.reg).map((r) => [r.reg!.id, r.reg!])).values()];
  const source = byId<HTMLUListElement>('handout-source');
  source.replaceChildren(...(regs.length ? sourceLines(regs[0]!.builtAt, regs) : []).map((line) => h('li', '', line)));
}

let current: Resolved[] = [];

async function render(focusKey?: string, focusAction?: string): Promise<void> {
  const basket = loadBasket();
  titleInput.value = basket.title;
  titleOut.textContent = basket.title || DEFAULT_TITLE;
  byId('handout-empty').hidden = basket.entries.length > 0;
  byId('handout-actions').hidden = basket.entries.length === 0;
  current = await resolveAll(basket);
  renderSource(current);
  list.replaceChildren(...(await Promise.all(current.map((r, i) => renderEntry(r, i, current.length)))));
  list.setAttribute('aria-busy', 'false');
  if (focusKey) {
    const again = list.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(focusKey)}"][data-action="${focusAction}"]:not(:disabled)`);
    (again ?? list.querySelector<HTMLElement>(`li[data-key="${CSS.escape(focusKey)}"] h2 a`))?.focus();
  }
}

list.addEventListener('click', (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
  if (!b) return;
  const key = b.dataset['key']!;
  const action = b.dataset['action']!;
  const basket = loadBasket();
  if (action === 'remove') save(removeEntry(basket, key));
  else save(moveEntry(basket, key, action === 'up' ? -1 : 1));
  status.textContent = action === 'remove' ? '已移除。' : `已${action === 'up' ? '上移' : '下移'}。`;
  void render(action === 'remove' ? undefined : key, action);
});

list.addEventListener('input', (event) => {
  const area = event.target as HTMLTextAreaElement;
  if (area.tagName !== 'TEXTAREA') return;
  save(setNote(loadBasket(), area.dataset['key']!, area.value));
  const printed = area.parentElement!.querySelector<HTMLElement>('.note-print')!;
  printed.replaceChildren(h('strong', '', '讲师按语：'), area.value);
  printed.hidden = !area.value.trim();
});

titleInput.addEventListener('input', () => {
  save(setTitle(loadBasket(), titleInput.value));
  titleOut.textContent = titleInput.value || DEFAULT_TITLE;
});

byId('handout-print').addEventListener('click', () => window.print());

byId('handout-clear').addEventListener('click', () => {
  if (!window.confirm('清空讲义篮？条文和按语都会删除。')) return;
  save(emptyBasket());
  status.textContent = '讲义篮已清空。';
  void render();
});

/** The handout as a document for the Word export. */
async function toDoc(): Promise<HandoutDoc> {
  const basket = loadBasket();
  const blocks: DocBlock[] = [];
  for (const [i, r] of current.entries()) {
    const entry = basket.entries.find((e) => entryKey(e) === entryKey(r.entry)) ?? r.entry;
    const qrPng = dataUrlBytes(await qrDataUrl(r.url));
    blocks.push({ kind: 'provision', numbered: i + 1, citation: r.citation, url: r.url, lines: r.lines ?? [], note: entry.note, qrPng });
  }
  const source = [...byId('handout-source').querySelectorAll('li')].map((li) => li.textContent ?? '');
  return { title: basket.title || DEFAULT_TITLE, source, blocks };
}

wireDocxButton(byId('handout-docx'), status, toDoc);

window.addEventListener('storage', () => void render());
byId('handout-app').hidden = false;
void render();

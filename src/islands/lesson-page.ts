// A lesson page as a handout: QR codes for the printed quotations, print, Word download, and adding
// every quoted provision to the handout basket.
import { addEntry, provisionOfHref } from '../lib/handout/basket.ts';
import type { DocBlock, DocProvision, DocRun, HandoutDoc } from '../lib/handout/handout-doc.ts';
import type { QuoteLine } from '../lib/handout/provision-lines.ts';
import { loadBasket, renderBasket, saveBasket } from './handout-basket.ts';
import { wireDocxButton } from './docx-download.ts';
import { absoluteUrl, dataUrlBytes, qrDataUrl, qrFigure } from './handout-render.ts';

const body = document.querySelector<HTMLElement>('.lesson-body')!;
const status = document.getElementById('lesson-status')!;
const quotes = () => [...body.querySelectorAll<HTMLElement>('.lesson-quote[data-href]')];

/** Print-only QR codes beside every quotation, made now so that printing right away shows them. */
async function addQrCodes(): Promise<void> {
  for (const q of quotes()) {
    const fig = await qrFigure(absoluteUrl(q.dataset['href']!), q.dataset['cite']!);
    fig.classList.add('print-only');
    q.prepend(fig);
  }
}

/** The lines of a rendered quotation, read back from its classes. */
function linesOf(q: HTMLElement): QuoteLine[] {
  return [...q.querySelectorAll<HTMLElement>('.quote-text > p')].map((p) => {
    const articleLabel = p.querySelector('.art-label')?.textContent ?? undefined;
    const label = p.querySelector('.item-label')?.textContent ?? '';
    const text = [...p.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/^\u3000/, '');
    const kind = p.classList.contains('item') ? 'item' : p.classList.contains('subitem') ? 'subitem' : 'paragraph';
    return { kind, label, text, id: '', ...(articleLabel ? { articleLabel } : {}) };
  });
}

async function provisionOf(q: HTMLElement): Promise<DocProvision> {
  const url = absoluteUrl(q.dataset['href']!);
  return { kind: 'provision', citation: q.dataset['cite']!, url, lines: linesOf(q), qrPng: dataUrlBytes(await qrDataUrl(url)) };
}

/** Prose as runs; citations keep their links. */
function runsOf(el: Element): DocRun[] {
  const runs: DocRun[] = [];
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) runs.push({ text: n.textContent ?? '' });
    else if (n instanceof HTMLAnchorElement) runs.push({ text: n.textContent ?? '', href: absoluteUrl(n.getAttribute('href')!) });
    else if (n instanceof HTMLElement && n.tagName !== 'BUTTON') runs.push(...runsOf(n).map((r) => (n.tagName === 'STRONG' ? { ...r, bold: true } : r)));
  }
  return runs;
}

async function blockOf(el: Element): Promise<DocBlock[]> {
  const tag = el.tagName;
  if (/^H[2-4]$/.test(tag)) return [{ kind: 'heading', level: (Number(tag[1]) - 1) as 1 | 2 | 3, text: el.textContent ?? '' }];
  if (el.matches('figure.lesson-quote')) return [await provisionOf(el as HTMLElement)];
  if (el.matches('figure.lesson-compare')) {
    const rows = await Promise.all(
      [...el.querySelectorAll('tbody tr')].map(async (tr) => ({
        who: tr.querySelector('th')?.firstChild?.textContent ?? '',
        meta: tr.querySelector('.compare-meta')?.textContent ?? '',
        provisions: await Promise.all([...tr.querySelectorAll<HTMLElement>('.lesson-quote')].map(provisionOf)),
      })),
    );
    return [{ kind: 'compare', caption: el.querySelector('figcaption')?.textContent ?? '', rows, note: el.querySelector('.compare-note')?.textContent ?? '' }];
  }
  if (tag === 'UL' || tag === 'OL') return [{ kind: 'list', ordered: tag === 'OL', items: [...el.children].map(runsOf) }];
  if (tag === 'P' || tag === 'BLOCKQUOTE') return [{ kind: 'paragraph', runs: runsOf(el) }];
  return [];
}

async function toDoc(): Promise<HandoutDoc> {
  const blocks: DocBlock[] = [{ kind: 'paragraph', style: 'summary', runs: [{ text: document.querySelector('.lesson-summary')?.textContent ?? '' }] }];
  for (const dt of document.querySelectorAll('.lesson-meta dt')) {
    blocks.push({ kind: 'paragraph', runs: [{ text: `${dt.textContent}：`, bold: true }, { text: dt.nextElementSibling?.textContent ?? '' }] });
  }
  for (const el of body.children) blocks.push(...(await blockOf(el)));
  const source = [...document.querySelectorAll('.lesson-head .handout-source li')].map((li) => li.textContent ?? '');
  return { title: document.querySelector('.lesson-head h1')?.textContent ?? '讲义', source, blocks };
}

document.getElementById('lesson-print')!.addEventListener('click', () => window.print());

wireDocxButton(document.getElementById('lesson-docx')!, status, toDoc);

document.getElementById('lesson-basket')!.addEventListener('click', () => {
  let basket = loadBasket();
  const before = basket.entries.length;
  for (const q of quotes()) {
    const where = provisionOfHref(q.dataset['href']!);
    if (where) basket = addEntry(basket, { ...where, citation: q.dataset['cite']!, href: q.dataset['href']! });
  }
  if (!saveBasket(basket)) {
    status.textContent = '无法保存讲义篮：浏览器禁止了本地存储。';
    return;
  }
  renderBasket(basket);
  status.textContent = `已加入 ${basket.entries.length - before} 条（讲义篮共 ${basket.entries.length} 条）。`;
});

document.getElementById('lesson-tools')!.hidden = false;
void addQrCodes();

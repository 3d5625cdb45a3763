// The handout basket on every page: a "＋讲义" toggle on each citable provision (any element with
// data-cite and data-href), and the count beside 讲义 in the navigation. The basket lives in
// localStorage, so it survives closing the tab; other tabs follow through the storage event.
import { BASKET_KEY, addEntry, entryKey, hasEntry, parseBasket, provisionOfHref, removeEntry, type Basket } from '../lib/handout/basket.ts';
import { announce } from './announce.ts';

/** The stored basket (empty when storage is unavailable or holds something unreadable). */
export function loadBasket(): Basket {
  try {
    return parseBasket(localStorage.getItem(BASKET_KEY));
  } catch {
    return parseBasket(null);
  }
}

/** Store the basket; false when the browser refuses (private mode, quota). */
export function saveBasket(basket: Basket): boolean {
  try {
    localStorage.setItem(BASKET_KEY, JSON.stringify(basket));
    return true;
  } catch {
    return false;
  }
}

/** Where a provision's toggle goes: in its caption, after its article label, or beside its own "#" anchor. */
function placeToggle(el: HTMLElement, button: HTMLButtonElement): void {
  const caption = el.querySelector(':scope > .quote-cite');
  const label = el.classList.contains('provision') ? el.querySelector('.art-label') : null;
  const anchor = el.querySelector(':scope > a.anchor');
  if (caption) caption.append(button);
  else if (label) label.after(button);
  else if (anchor) {
    // keep "#" and the toggle on one line, so that the toggle never starts a line alone
    const keep = document.createElement('span');
    keep.className = 'basket-keep';
    anchor.replaceWith(keep);
    keep.append(anchor, button);
  } else el.append(button);
}

/** Add a toggle to every citable provision on the page. */
function addToggles(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-cite][data-href]')) {
    const href = el.dataset['href']!;
    const where = provisionOfHref(href);
    if (!where) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'basket-add';
    button.dataset['basketKey'] = entryKey(where);
    button.dataset['basketCite'] = el.dataset['cite']!;
    button.dataset['basketHref'] = href;
    // the visible "＋讲义" is CSS content, so copying or reading the provision's text never picks it up
    button.setAttribute('aria-label', `加入讲义：${el.dataset['cite']}`);
    button.title = '加入讲义（讲义篮保存在本机浏览器中）';
    placeToggle(el, button);
  }
}

/** Reflect the basket in the toggles and the navigation count (pages that change the basket call it too). */
export function renderBasket(basket: Basket): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.basket-add')) {
    b.setAttribute('aria-pressed', String(hasEntry(basket, b.dataset['basketKey']!)));
  }
  const nav = document.querySelector<HTMLAnchorElement>('.site-nav a[href="/handout/"]');
  if (!nav) return;
  let count = nav.querySelector<HTMLElement>('.basket-count');
  if (!count) {
    count = document.createElement('span');
    count.className = 'basket-count';
    nav.append(count);
  }
  count.hidden = basket.entries.length === 0;
  count.textContent = String(basket.entries.length);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.basket-add');
  if (!button) return;
  const key = button.dataset['basketKey']!;
  const [regId, nodeId] = key.split('#') as [string, string];
  let basket = loadBasket();
  const adding = !hasEntry(basket, key);
  basket = adding ? addEntry(basket, { regId, nodeId, citation: button.dataset['basketCite']!, href: button.dataset['basketHref']! }) : removeEntry(basket, key);
  if (!saveBasket(basket)) return announce('无法保存讲义篮：浏览器禁止了本地存储');
  renderBasket(basket);
  announce(adding ? `已加入讲义（共 ${basket.entries.length} 条）` : '已从讲义移除');
});

window.addEventListener('storage', (event) => {
  if (event.key === BASKET_KEY || event.key === null) renderBasket(loadBasket());
});

addToggles();
renderBasket(loadBasket());

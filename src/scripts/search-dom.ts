// DOM helpers of the search page's modules. Regulation text goes in through textContent, never as HTML.
import type { Segment } from '../lib/search/excerpt.ts';

/** The element with this id (the page's markup is fixed: src/pages/search/index.astro). */
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Create an element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Append excerpt segments: plain runs as text nodes, matches as <mark>. Never parses HTML. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) parent.append(s.mark ? el('mark', s.text) : document.createTextNode(s.text));
}

/** Append links separated by 、 (例如：苏州 第二十四条、新疆 52条). */
export function appendLinks(parent: HTMLElement, links: ReadonlyArray<{ text: string; href: string }>): void {
  links.forEach(({ text, href }, i) => {
    const a = el('a', text);
    a.href = href;
    parent.append(...(i > 0 ? [document.createTextNode('、'), a] : [a]));
  });
}

/** A button that looks like a link. */
export function linkButton(text: string, onClick: () => void, className = 'link-button'): HTMLButtonElement {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/** A function that appends the next `size` of `items` to `list` (focusing the first when asked) and hides `more` at the end. */
export function pager(list: HTMLElement, more: HTMLElement, items: readonly HTMLElement[], size: number): (focus: boolean) => Promise<void> {
  let shown = 0;
  return async (focus) => {
    const next = items.slice(shown, shown + size);
    list.append(...next);
    shown += next.length;
    more.hidden = shown >= items.length;
    if (focus) next[0]?.querySelector('a')?.focus();
  };
}

// DOM helpers of the search page's modules (on top of dom.ts, the one element helper). Regulation text goes in through textContent, never as HTML.
import type { Segment } from '../lib/search/excerpt.ts';
import { h } from './dom.ts';

export { byId } from './dom.ts';

/** Append excerpt segments: plain runs as text nodes, matches as <mark>. Never parses HTML. */
export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const s of segments) parent.append(s.mark ? h('mark', '', s.text) : document.createTextNode(s.text));
}

/** Append links separated by 、 (例如：苏州 第二十四条、新疆 52条). */
export function appendLinks(parent: HTMLElement, links: ReadonlyArray<{ text: string; href: string }>): void {
  links.forEach(({ text, href }, i) => {
    const a = h('a', '', text);
    a.href = href;
    parent.append(...(i > 0 ? [document.createTextNode('、'), a] : [a]));
  });
}

/** A button that looks like a link. */
export function linkButton(text: string, onClick: () => void, className = 'link-button'): HTMLButtonElement {
  const b = h('button', className, text);
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

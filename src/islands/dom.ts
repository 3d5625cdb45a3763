// The one DOM helper every island uses; text always goes in through textContent, never as HTML.

/** Create an element with classes and text. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The element with this id, typed as the caller knows it to be (the page's markup is fixed). */
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// Arrow keys move between the search box and the result links, as in a desktop search dialog.

/** Down from the box to the first link, down and up through the links, up from the first back to the box. */
export function arrowKeysBetween(box: HTMLInputElement, linkSelector: string): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...document.querySelectorAll<HTMLAnchorElement>(linkSelector)];
    const active = document.activeElement;
    const at = links.indexOf(active as HTMLAnchorElement);
    if (active === box && event.key === 'ArrowDown' && links[0]) {
      event.preventDefault();
      links[0].focus();
    } else if (at >= 0) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? links[at + 1] : at === 0 ? box : links[at - 1];
      next?.focus();
    }
  });
}

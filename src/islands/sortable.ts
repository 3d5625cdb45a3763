// Progressive enhancement: click a column header of a [data-sortable] table to sort by it.
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const key = (row: HTMLTableRowElement) => row.cells[col]!.dataset['sort'] ?? row.cells[col]!.textContent ?? '';
      const rows = [...body.rows].sort((a, b) => key(a).localeCompare(key(b), 'zh-CN') * (ascending ? 1 : -1));
      body.append(...rows);
    });
  });
}

import type { Element, Nodes as HastNodes } from 'hast';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

/** Push every heading `by` levels down (a document's `#` becomes `##` under the page's own h1). */
function shiftHeadings(node: Nodes, by: number): void {
  if (node.type === 'heading') node.depth = Math.min(6, node.depth + by) as 1 | 2 | 3 | 4 | 5 | 6;
  if ('children' in node) for (const child of node.children) shiftHeadings(child, by);
}

/** The text of a hast node. */
function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as HastNodes)).join('') : '';
}

/** Direct child elements of `node` named `tag`. */
function childElements(node: Element, tag: string): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element' && c.tagName === tag);
}

/**
 * Every table becomes a `stack-table`: on a phone each row reads as a card, its first cell as the title and the
 * others after their column's name (`data-label`), instead of a box of long sentences scrolled sideways.
 */
function labelTableCells(node: HastNodes): void {
  if (node.type === 'element' && node.tagName === 'table') {
    node.properties['className'] = ['stack-table'];
    const head = childElements(node, 'thead').flatMap((t) => childElements(t, 'tr'))[0];
    const names = head ? childElements(head, 'th').map((th) => textOf(th).trim()) : [];
    for (const row of childElements(node, 'tbody').flatMap((t) => childElements(t, 'tr'))) {
      childElements(row, 'td').forEach((td, i) => {
        // an empty cell stays unnamed: a name with nothing after it reads as a mistake
        if (i > 0 && names[i] && textOf(td).trim()) td.properties['dataLabel'] = names[i];
      });
    }
    return;
  }
  if ('children' in node) for (const child of node.children) labelTableCells(child as HastNodes);
}

/**
 * Render one of our own Markdown documents (method notes, codebook) to HTML; raw HTML in it is dropped. Tables
 * (GFM) are read as tables, read as cards on a phone (labelTableCells), and wrapped so that a wide one scrolls
 * inside its box on a wider screen, not the page.
 */
export function renderOwnMarkdown(markdown: string, headingShift = 0): string {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  shiftHeadings(tree, headingShift);
  const hast = toHast(tree);
  labelTableCells(hast);
  return toHtml(hast)
    .replace(/<table class="stack-table">/g, '<div class="table-scroll" tabindex="0"><table class="stack-table">')
    .replace(/<\/table>/g, '</table></div>');
}

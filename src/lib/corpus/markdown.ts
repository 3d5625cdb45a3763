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

/**
 * Render one of our own Markdown documents (method notes, codebook) to HTML; raw HTML in it is dropped. Tables
 * (GFM) are read as tables and wrapped so that a wide one scrolls inside its box on a phone, not the page.
 */
export function renderOwnMarkdown(markdown: string, headingShift = 0): string {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  shiftHeadings(tree, headingShift);
  return toHtml(toHast(tree))
    .replace(/<table>/g, '<div class="table-scroll" tabindex="0"><table>')
    .replace(/<\/table>/g, '</table></div>');
}

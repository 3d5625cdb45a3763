import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

/** Push every heading `by` levels down (a document's `#` becomes `##` under the page's own h1). */
function shiftHeadings(node: Nodes, by: number): void {
  if (node.type === 'heading') node.depth = Math.min(6, node.depth + by) as 1 | 2 | 3 | 4 | 5 | 6;
  if ('children' in node) for (const child of node.children) shiftHeadings(child, by);
}

/** Render one of our own Markdown documents (method notes, codebook) to HTML; raw HTML in it is dropped. */
export function renderOwnMarkdown(markdown: string, headingShift = 0): string {
  const tree = fromMarkdown(markdown);
  shiftHeadings(tree, headingShift);
  return toHtml(toHast(tree));
}

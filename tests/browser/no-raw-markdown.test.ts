// No page of the build shows Markdown source to a reader: a table row `| a | b |`, a rule `|---|`, or a heading
// marker `## ` in visible text means a document was printed instead of rendered (/about/method/ did this).
import { describe, expect, it } from 'vitest';
import { readPages } from '../helpers/dist-links.ts';
import { DIST } from '../helpers/site.ts';

/** The text a reader sees: no scripts, styles or tags, entities left as they are (none of ours spell | or #). */
function visibleLines(html: string): string[] {
  const text = html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
    .replace(/<br\s*\/?>|<\/(p|li|td|th|tr|h[1-6]|div|pre|dd|dt)>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('the built pages', () => {
  const pages = readPages(DIST);

  it('show no raw Markdown table or heading in their visible text', () => {
    const raw: string[] = [];
    for (const [url, html] of pages) {
      for (const line of visibleLines(html)) {
        if (/^\|.*\|$/.test(line) || /^\|?\s*:?-{3,}:?\s*\|/.test(line) || /^#{1,6}\s+\S/.test(line)) raw.push(`${url}: ${line.slice(0, 60)}`);
      }
    }
    expect(pages.size).toBeGreaterThan(400);
    expect(raw).toEqual([]);
  });
});

// What no page of the build may show a reader: Markdown source (a table row `| a | b |`, a rule `|---|`, a heading
// marker `## `: a document printed instead of rendered, as /about/method/ did), an internal node id (`art_5__para_1`),
// or a citation with Arabic numerals (`第六条第1款`, as /matrix/ did).
import { describe, expect, it } from 'vitest';
import { readPages } from '../helpers/dist-links.ts';
import { DIST } from '../helpers/site.ts';

/** The text a reader sees: no scripts, styles or tags, entities left as they are (none of ours spell | or #). */
function visibleLines(html: string): string[] {
  const text = html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
    .replace(/<br\s*\/?>|<\/(p|li|td|th|tr|h[1-6]|div|pre|dd|dt)>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
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

  it('show no internal node ids and cite in Chinese numerals', () => {
    const bad: string[] = [];
    for (const [url, html] of pages) {
      // /data/ documents the download formats, whose fields are these ids: there they are the subject, not a leak
      if (url.startsWith('/data/')) continue;
      for (const line of visibleLines(html)) {
        const hit = /\bart_\d+(__\w+)?/.exec(line) ?? /第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?第\d+[款项目]/.exec(line);
        if (hit) bad.push(`${url}: ${hit[0]} in ${line.slice(0, 40)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

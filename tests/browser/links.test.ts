// Link check over the real build output: no broken internal link or anchor, every article reachable from home.
import { describe, expect, it } from 'vitest';
import { brokenLinks, internalLinks, readPages } from '../helpers/dist-links.ts';
import { DIST } from '../helpers/site.ts';
import { CORPUS_IDS, parseCorpus } from '../helpers/corpus.ts';

describe('the built site', () => {
  const pages = readPages(DIST);

  it('has no broken internal links or anchors', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('reaches every article of every regulation from the home page', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift()!;
      for (const link of internalLinks(url, pages.get(url) ?? '')) {
        const pathname = link.split('#')[0]!;
        if (pages.has(pathname) && !seen.has(pathname)) {
          seen.add(pathname);
          queue.push(pathname);
        }
      }
    }
    const missing: string[] = [];
    for (const id of CORPUS_IDS) {
      for (const a of parseCorpus(id).regulation.articles) if (!seen.has(`/regulations/${id}/${a.slug}/`)) missing.push(`${id}/${a.slug}`);
    }
    expect(missing).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(231 + 5);
  });
});

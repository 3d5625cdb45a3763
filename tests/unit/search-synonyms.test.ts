// The reviewed synonym list stays alive: every statutory form it searches for occurs in the corpus.
import { describe, expect, it } from 'vitest';
import { articleText } from '../../src/lib/search/metrics.ts';
import { SYNONYMS } from '../../src/lib/search/synonyms.ts';
import { CORPUS_IDS, parseCorpus } from '../helpers/corpus.ts';

const corpus = CORPUS_IDS.flatMap((id) => parseCorpus(id).regulation.articles.map(articleText)).join('\n');

describe('reviewed synonyms', () => {
  it.each(SYNONYMS.flatMap((e) => e.expand.map((x) => [x, e.terms.join('/')])))('finds the statutory form %s (for %s) in the corpus', (form) => {
    expect(corpus.includes(form)).toBe(true);
  });

  it('names a basis for every entry and never expands a term into itself only', () => {
    for (const e of SYNONYMS) {
      expect(e.basis.length).toBeGreaterThan(4);
      expect(e.expand.some((x) => !e.terms.includes(x))).toBe(true);
    }
  });
});

// The reviewed synonym list (content/taxonomy/synonyms.yaml) stays alive: every statutory form it searches for
// occurs in the corpus, and it reaches the browser with the search directory.
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';
import { buildSearchDirectory } from '../../src/lib/search/directory.ts';
import { articleText } from '../../src/lib/search/metrics.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { CORPUS_IDS, parseCorpus } from '../helpers/corpus.ts';

const corpus = CORPUS_IDS.flatMap((id) => parseCorpus(id).regulation.articles.map(articleText)).join('\n');
const SYNONYMS = loadVocabulary().synonyms.entries;

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

  it('travels with the search directory, so the planner in the browser expands what the YAML says', () => {
    const dir = buildSearchDirectory([], SYNONYMS);
    // 上访 → 信访 and 无人机 → 无人驾驶航空器 are entries of synonyms.yaml (苏州 第十七条“信访”, 第十九条“无人驾驶航空器”)
    expect(planQuery('上访', dir).terms[0]!.variants).toEqual(['上访', '信访']);
    expect(planQuery('无人机', dir).terms[0]!.variants).toEqual(['无人机', '无人驾驶航空器']);
    expect(planQuery('上访', { ...dir, synonyms: [] }).terms[0]!.variants).toEqual(['上访']);
    // a version-1 directory still in a browser's cache has no synonyms: the query runs as typed instead of failing
    const { synonyms: _none, ...oldDirectory } = dir;
    expect(planQuery('上访', oldDirectory as typeof dir).terms[0]!.variants).toEqual(['上访']);
  });
});

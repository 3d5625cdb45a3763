// Query planning: normalisation, regulation names as scope, synonyms, quoted phrases.
import { describe, expect, it } from 'vitest';
import type { SearchDirectory } from '../../src/lib/search/directory.ts';
import { compactText, countOccurrences, isQuoted, normalizeQuery } from '../../src/lib/search/normalize.ts';
import { pagefindQueries, planQuery } from '../../src/lib/search/query.ts';
import { expandTerm } from '../../src/lib/search/synonyms.ts';
import { loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';

// the reviewed list as the data build reads it (content/taxonomy/synonyms.yaml)
const synonyms = loadVocabulary().synonyms.entries;

const reg = (id: string, shortName: string, jurisdiction: string, title: string, articles: number) => ({ id, shortName, jurisdiction, title, articles });
const dir: SearchDirectory = {
  version: 2,
  synonyms,
  averageArticleLength: 135,
  regulations: [
    reg('suzhou', '苏州', '苏州市', '苏州市平安建设条例', 51),
    reg('xinjiang', '新疆', '新疆维吾尔自治区', '新疆维吾尔自治区平安建设条例', 58),
    reg('changji', '昌吉', '昌吉回族自治州', '昌吉回族自治州平安建设促进条例', 25),
  ],
};

describe('normalisation', () => {
  it('reduces what people type to one form', () => {
    expect(normalizeQuery('　苏州　第２４条 ')).toBe('苏州 第24条');
    expect(normalizeQuery('《海东市平安建设条例》第四十六条')).toBe('海东市平安建设条例 第四十六条');
    expect(normalizeQuery('“心理疏导”')).toBe('心理疏导');
    expect(normalizeQuery('ＡＢＣ  县级市（区）')).toBe('abc 县级市（区）');
  });

  it('recognises a quoted phrase', () => {
    expect(isQuoted('“心理疏导”')).toBe(true);
    expect(isQuoted('"一票否决"')).toBe(true);
    expect(isQuoted('心理疏导')).toBe(false);
    expect(isQuoted('“心理”疏导')).toBe(false);
  });

  it('compares text without the spaces Pagefind puts between words', () => {
    expect(compactText('第二章 风险防范\u200b')).toBe('第二章风险防范');
    expect(countOccurrences('网格网格化网', '网格')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });
});

describe('query planning', () => {
  it('treats a regulation named as a separate word as the scope', () => {
    const p = planQuery('苏州 网格', dir);
    expect(p.scope).toEqual(['suzhou']);
    expect(p.terms.map((t) => t.text)).toEqual(['网格']);
    expect(p.lookup).toBeNull();
    expect(planQuery('昌吉州 心理疏导', dir).scope).toEqual(['changji']);
  });

  it('keeps a name that is part of a phrase, and a name searched on its own, as text', () => {
    expect(planQuery('新疆生产建设兵团', dir).scope).toEqual([]);
    expect(planQuery('苏州', dir).terms.map((t) => t.text)).toEqual(['苏州']);
    expect(planQuery('苏州 新疆', dir).terms.map((t) => t.text)).toEqual(['苏州', '新疆']);
  });

  it('adds reviewed synonyms as variants and as extra Pagefind queries', () => {
    expect(expandTerm('反诈', synonyms)).toEqual(['反诈', '电信网络诈骗', '反诈骗']);
    expect(expandTerm('网格', synonyms)).toEqual(['网格']);
    const p = planQuery('反诈', dir);
    expect(pagefindQueries(p)).toEqual(['反诈', '电信网络诈骗', '反诈骗']);
    expect(pagefindQueries(planQuery('综治中心 苏州', dir))).toEqual(['综治中心', '社会治安综合治理中心', '综治']);
  });

  it('asks for the exact phrase when the query is quoted, and does not look it up as an article', () => {
    const p = planQuery('“苏州 24”', dir);
    expect(p.exact).toBe(true);
    expect(p.lookup).toBeNull();
    expect(planQuery('苏州 24', dir).lookup?.targets[0]?.slug).toBe('24');
  });
});

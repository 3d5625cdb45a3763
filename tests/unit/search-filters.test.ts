// Filters in the URL and in Pagefind's terms.
import { describe, expect, it } from 'vitest';
import { filterDefsFor, orderValues, readSearchParams, shownValues, toPagefindFilters, writeSearchParams } from '../../src/lib/search/filters.ts';
import { phrasePrecision, recallAt, reciprocalRank, sampleSubstrings, summarize } from '../../src/lib/search/metrics.ts';

describe('search filters', () => {
  it('round-trips the query and filters through a stable URL', () => {
    const params = writeSearchParams('网格', { 地区: ['苏州', '海东'], 层级: ['设区的市'] });
    expect(params.toString()).toBe(
      new URLSearchParams([
        ['q', '网格'],
        ['地区', '海东'],
        ['地区', '苏州'],
        ['层级', '设区的市'],
      ]).toString(),
    );
    expect(readSearchParams(params)).toEqual({ q: '网格', filters: { 地区: ['海东', '苏州'], 层级: ['设区的市'] } });
  });

  it('ORs values of one filter and ANDs filters', () => {
    expect(toPagefindFilters({ 地区: ['苏州', '海东'], 省份: [], 层级: ['设区的市'] })).toEqual({ 地区: { any: ['苏州', '海东'] }, 层级: { any: ['设区的市'] } });
  });

  it('offers known filters in order and any new filter key after them', () => {
    expect(filterDefsFor(['施行年份', '主题', '地区']).map((d) => d.key)).toEqual(['地区', '主题', '施行年份']);
    expect(filterDefsFor(['施行年份', '制定机关', '地区']).map((d) => d.key)).toEqual(['地区', '施行年份', '制定机关']);
  });

  it('cuts a long list short, keeping ticked values, until the reader asks for all', () => {
    const def = { key: '主题', label: '主题', order: 'count' as const, limit: 2 };
    expect(shownValues(def, ['信访工作', '校园安全', '公共法律服务', '区域协作'], ['区域协作'], false)).toEqual(['信访工作', '校园安全', '区域协作']);
    expect(shownValues(def, ['信访工作', '校园安全', '公共法律服务'], [], true)).toHaveLength(3);
    expect(shownValues({ ...def, limit: undefined }, ['信访工作', '校园安全', '公共法律服务'], [], false)).toHaveLength(3);
  });

  it('shows the ten places with most results of a corpus of thousands, ticked ones too, and all of the six today', () => {
    const def = filterDefsFor(['地区'])[0]!;
    const counts = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`地${i}`, i % 7 === 0 ? 3 : 0]));
    const ordered = orderValues(def, counts);
    const shown = shownValues(def, ordered, ['地5'], false);
    expect(shown).toHaveLength(11);
    expect(shown.slice(0, 10).every((v) => counts[v] === 3)).toBe(true);
    expect(shown).toContain('地5');
    expect(shownValues(def, ['苏州', '新疆', '山西', '昌吉', '广东', '海东'], [], false)).toHaveLength(6);
  });

  it('orders years newest first and other values by count', () => {
    expect(orderValues({ key: '施行年份', label: '', order: 'value-desc' }, { 2022: 1, 2024: 2, 2023: 3 })).toEqual(['2024', '2023', '2022']);
    expect(orderValues({ key: '地区', label: '', order: 'count' }, { 海东: 1, 苏州: 3 })).toEqual(['苏州', '海东']);
  });
});

describe('retrieval measures', () => {
  it('computes recall@k, reciprocal rank and phrase precision', () => {
    expect(recallAt(['a', 'x', 'b'], ['a', 'b'], 2)).toBe(0.5);
    expect(reciprocalRank(['x', 'a'], ['a'])).toBe(0.5);
    expect(reciprocalRank(['x'], ['a'])).toBe(0);
    expect(
      summarize([
        { q: '1', expect: ['a'], ranked: ['a'] },
        { q: '2', expect: ['b'], ranked: ['x', 'b'] },
      ]),
    ).toMatchObject({ recall: 1, mrr: 0.75 });
    expect(phrasePrecision(['a', 'x', 'b'], ['a', 'b'])).toBe(0.5);
  });

  it('samples the same substrings every time', () => {
    const texts = { a: '建立健全社会心理疏导危机干预机制', b: '深化网格化社会治理' };
    expect(sampleSubstrings(texts, 5)).toEqual(sampleSubstrings(texts, 5));
    expect(sampleSubstrings(texts, 5).every((s) => /^[\u4e00-\u9fff]{2,6}$/u.test(s))).toBe(true);
  });
});

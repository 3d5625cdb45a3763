// 高级检索: criteria in the URL, the facts file, and which regulations meet the criteria.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  countCriteria,
  describeCriteria,
  emptyCriteria,
  isAdvancedParam,
  matchCriteria,
  readAdvanced,
  readRange,
  writeAdvanced,
  type AdvancedCriteria,
} from '../../src/lib/search/advanced.ts';
import { readSearchState, searchHref } from '../../src/lib/search/url-state.ts';
import { buildSearchFacts, timelinessOn, type FactsSource } from '../../src/lib/search/regulation-facts.ts';
import { judgeTimeliness } from '../../src/lib/corpus/validity.ts';
import { RegulationMetaSchema } from '../../src/lib/schemas/metadata.ts';
import { CORPUS_IDS, ROOT } from '../helpers/corpus.ts';

const metas = CORPUS_IDS.map((id) => RegulationMetaSchema.parse(parse(readFileSync(path.join(ROOT, 'content/regulations', id, 'meta.yaml'), 'utf8'))));
const facts = buildSearchFacts(metas);
const subjects = facts.regulations.map((f) => ({ ...f, title: metas.find((m) => m.id === f.id)!.title }));
const ask = (c: Partial<AdvancedCriteria>, today = '2026-12-05') => matchCriteria(subjects, { ...emptyCriteria(), ...c }, today);

describe('advanced search criteria', () => {
  it('round-trips the criteria through the URL beside the query and filters', () => {
    const c: AdvancedCriteria = {
      title: '平安 条例',
      enactedBy: '山西',
      levels: ['省级地方性法规'],
      statuses: ['现行有效', '尚未施行'],
      promulgated: { from: '', to: '2023-12-31' },
      effective: { from: '2023-01-01', to: '2023-12-31' },
    };
    const params = writeAdvanced(new URLSearchParams([['q', '网格']]), c);
    expect(decodeURIComponent(params.toString())).toBe(
      'q=网格&标题=平安+条例&制定机关=山西&效力级别=省级地方性法规&时效性=现行有效&时效性=尚未施行&公布日期=~2023-12-31&施行日期=2023-01-01~2023-12-31',
    );
    expect(readAdvanced(params)).toEqual(c);
    expect(countCriteria(c)).toBe(6);
    expect(isAdvancedParam('施行日期')).toBe(true);
    expect(isAdvancedParam('地区')).toBe(false);
  });

  it('ignores malformed dates and unknown 时效性 values', () => {
    expect(readRange('2023-1-1~2023-12-31')).toEqual({ from: '', to: '2023-12-31' });
    expect(readAdvanced(new URLSearchParams('时效性=有效&施行日期=昨天')).statuses).toEqual([]);
    expect(countCriteria(readAdvanced(new URLSearchParams('施行日期=昨天')))).toBe(0);
  });

  it('says the criteria in words', () => {
    expect(describeCriteria({ ...emptyCriteria(), title: '平安', effective: { from: '2023-01-01', to: '' } })).toEqual(['标题含“平安”', '施行日期2023年1月1日起']);
    expect(describeCriteria({ ...emptyCriteria(), promulgated: { from: '2023-01-01', to: '2023-12-31' } })).toEqual(['公布日期2023年1月1日至2023年12月31日']);
  });

  it('finds regulations by title words, 制定机关 and 效力级别 as the metadata state them', () => {
    // only 昌吉's title says 促进
    expect(ask({ title: '促进' }).ids).toEqual(['changji']);
    expect(ask({ title: '平安建设 自治' }).ids.sort()).toEqual(['changji', 'xinjiang']);
    // 制定机关 is read off the adoption note, which only 山西 and 广东 state; the others are left out as 未核实
    expect(ask({ enactedBy: '人民代表大会常务委员会' })).toEqual({ ids: ['shanxi', 'guangdong'], unknown: { 制定机关: 4 } });
    expect(ask({ levels: ['省级地方性法规'] }).ids.sort()).toEqual(['guangdong', 'shanxi', 'xinjiang']);
  });

  it('finds regulations whose 施行日期 falls in a range, ends included', () => {
    // meta.yaml: 苏州 2023-01-01, 山西 2023-09-01; 新疆 and 广东 2022-01-01; 昌吉 2024-09-01, 海东 2024-10-01
    expect(ask({ effective: { from: '2023-01-01', to: '2023-12-31' } }).ids.sort()).toEqual(['shanxi', 'suzhou']);
    expect(ask({ effective: { from: '2024-09-01', to: '' } }).ids.sort()).toEqual(['changji', 'haidong']);
    expect(ask({ effective: { from: '', to: '2022-01-01' } }).ids.sort()).toEqual(['guangdong', 'xinjiang']);
    // no text states its 公布日期: a range leaves all out, and says why
    expect(ask({ promulgated: { from: '2020-01-01', to: '' } })).toEqual({ ids: [], unknown: { 公布日期: 6 } });
  });

  it('judges 时效性 on the reader’s date', () => {
    expect(ask({ statuses: ['现行有效'] }).ids).toHaveLength(6);
    expect(ask({ statuses: ['尚未施行'] }, '2023-06-01').ids.sort()).toEqual(['changji', 'haidong', 'shanxi']);
    expect(ask({ statuses: ['已废止'] }).ids).toEqual([]);
  });

  it('judges 时效性 as the regulation page does, on any date', () => {
    const old = { id: 'shanxi-1992', title: '山西省社会治安综合治理条例', level: '省' as const, effective: '1992-10-15', repeals: [], sources: {} };
    const revised = { ...metas.find((m) => m.id === 'suzhou')!, id: 'suzhou-2026', effective: '2026-07-01' };
    const corpus: FactsSource[] = [...metas, old, revised];
    const built = buildSearchFacts(corpus);
    for (const date of ['1990-01-01', '2022-01-01', '2023-08-31', '2023-09-01', '2024-09-30', '2026-06-30', '2026-07-01', '2030-01-01']) {
      for (const m of corpus) expect(timelinessOn(built.regulations.find((f) => f.id === m.id)!, date), `${m.id} ${date}`).toBe(judgeTimeliness(m, corpus, date).status);
    }
    expect(built.regulations.find((f) => f.id === 'shanxi-1992')!.changes).toEqual([{ status: '已废止', on: '2023-09-01', by: 'shanxi' }]);
  });
});

describe('search URL state', () => {
  it('holds the query, the filters and the criteria, and reads back what it wrote', () => {
    const state = { q: '网格', filters: { 地区: ['苏州'] }, advanced: { ...emptyCriteria(), statuses: ['现行有效' as const], effective: { from: '2023-01-01', to: '' } } };
    const href = searchHref(state);
    expect(decodeURIComponent(href)).toBe('/search/?q=网格&地区=苏州&时效性=现行有效&施行日期=2023-01-01~');
    expect(readSearchState(new URL(href, 'http://x').searchParams)).toEqual(state);
    expect(searchHref({ q: '' })).toBe('/search/');
  });
});

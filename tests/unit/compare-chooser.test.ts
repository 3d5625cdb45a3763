// The many-way table's name search. Entries as the corpus metadata states them (content/regulations/*/meta.yaml).
import { describe, expect, it } from 'vitest';
import { findChoices, foldQuery, type ChooserEntry } from '../../src/lib/compare/chooser.ts';

const entries: ChooserEntry[] = [
  { id: 'changji', shortName: '昌吉', title: '昌吉回族自治州平安建设促进条例', jurisdiction: '昌吉回族自治州', province: '新疆维吾尔自治区' },
  { id: 'haidong', shortName: '海东', title: '海东市平安建设条例', jurisdiction: '海东市', province: '青海省' },
  { id: 'suzhou', shortName: '苏州', title: '苏州市平安建设条例', jurisdiction: '苏州市', province: '江苏省' },
  { id: 'xinjiang', shortName: '新疆', title: '新疆维吾尔自治区平安建设条例', jurisdiction: '新疆维吾尔自治区', province: '新疆维吾尔自治区' },
];
const ids = (q: string, limit = 10) => findChoices(entries, q, limit).found.map((e) => e.id);

describe('finding regulations by name', () => {
  it('puts a short-name match before a province match', () => {
    // 新疆 is xinjiang's short name and changji's province
    expect(ids('新疆')).toEqual(['xinjiang', 'changji']);
  });

  it('matches the title, the jurisdiction and the id, ignoring spaces, width and case', () => {
    expect(ids('促进条例')).toEqual(['changji']);
    expect(ids('青海')).toEqual(['haidong']);
    expect(ids(' SUZHOU ')).toEqual(['suzhou']);
    expect(ids('ｓｕｚｈｏｕ')).toEqual(['suzhou']);
    expect(foldQuery('苏 州')).toBe('苏州');
  });

  it('counts every match but returns at most the limit; an empty query finds nothing', () => {
    expect(findChoices(entries, '平安建设', 2)).toMatchObject({ total: 4 });
    expect(ids('平安建设', 2)).toHaveLength(2);
    expect(findChoices(entries, '  ', 10)).toEqual({ found: [], total: 0 });
    expect(ids('广州')).toEqual([]);
  });
});

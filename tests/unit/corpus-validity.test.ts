// 效力级别, 制定机关 and 时效性 follow from the sourced metadata; what does not follow stays unknown (null → 未核实).
import { describe, expect, it } from 'vitest';
import { beijingDateOf, enactedByOf, enactingBodyOf, judgeTimeliness, needsApproval, validityLevelOf, type MetaFacts } from '../../src/lib/corpus/validity.ts';

/** A metadata record with only the fields the judgement reads. */
const meta = (m: Partial<MetaFacts> & Pick<MetaFacts, 'id' | 'title' | 'effective'>): MetaFacts => ({ level: '省', repeals: [], ...m });

// shanxi.txt 第四十六条: in force 2023-09-01, repeals 《山西省社会治安综合治理条例》 (adopted 1992, revised 2009)
const shanxi = meta({ id: 'shanxi', title: '山西省平安建设条例', effective: '2023-09-01', repeals: ['山西省社会治安综合治理条例'] });
const oldLaw = meta({ id: 'shanxi-1992', title: '山西省社会治安综合治理条例', effective: '1992-10-15' });
// an amendment: the same title in force later than the first version
const first = meta({ id: 'suzhou', title: '苏州市平安建设条例', level: '设区的市', effective: '2023-01-01' });
const revised = meta({ id: 'suzhou-2026', title: '苏州市平安建设条例', level: '设区的市', effective: '2026-07-01' });

describe('时效性 from dates and repeals in the corpus', () => {
  it('is 现行有效 for a text in force that nothing in the corpus repeals or amends', () => {
    expect(judgeTimeliness(shanxi, [shanxi, oldLaw], '2026-12-05')).toEqual({ status: '现行有效', judgedOn: '2026-12-05' });
  });

  it('is 尚未施行 before the date in force', () => {
    expect(judgeTimeliness(shanxi, [shanxi], '2023-08-31').status).toBe('尚未施行');
    expect(judgeTimeliness(shanxi, [shanxi], '2023-09-01').status).toBe('现行有效');
  });

  it('is 已废止 once a corpus text that repeals it is in force, and names that text', () => {
    expect(judgeTimeliness(oldLaw, [shanxi, oldLaw], '2023-09-01')).toEqual({
      status: '已废止',
      judgedOn: '2023-09-01',
      by: { id: 'shanxi', title: '山西省平安建设条例', effective: '2023-09-01' },
    });
    // the day before the repealing text takes effect the old one still applies
    expect(judgeTimeliness(oldLaw, [shanxi, oldLaw], '2023-08-31').status).toBe('现行有效');
  });

  it('matches the repealed title whatever book-title marks or spaces the metadata keeps', () => {
    const repealer = { ...shanxi, repeals: ['《山西省社会治安 综合治理条例》'] };
    expect(judgeTimeliness(oldLaw, [repealer, oldLaw], '2024-01-01').status).toBe('已废止');
  });

  it('is 已修改 once a later version with the same title is in force, and the later version is 现行有效', () => {
    expect(judgeTimeliness(first, [first, revised], '2026-07-01')).toEqual({
      status: '已修改',
      judgedOn: '2026-07-01',
      by: { id: 'suzhou-2026', title: '苏州市平安建设条例', effective: '2026-07-01' },
    });
    expect(judgeTimeliness(first, [first, revised], '2026-06-30').status).toBe('现行有效');
    expect(judgeTimeliness(revised, [first, revised], '2026-06-30').status).toBe('尚未施行');
    expect(judgeTimeliness(revised, [first, revised], '2026-07-01').status).toBe('现行有效');
  });

  it('prefers 已废止 over 已修改 when both happened', () => {
    const repealer = meta({ id: 'x', title: '苏州市某条例', effective: '2027-01-01', repeals: ['苏州市平安建设条例'] });
    expect(judgeTimeliness(first, [first, revised, repealer], '2027-01-01').status).toBe('已废止');
  });

  it('judges on the date in Beijing of the build time', () => {
    expect(beijingDateOf('2026-12-04T15:59:59Z')).toBe('2026-12-04');
    expect(beijingDateOf('2026-12-04T16:00:00Z')).toBe('2026-12-05');
  });
});

describe('效力级别 in the national database vocabulary', () => {
  it('gives 省级地方性法规 for a province, an autonomous region or a municipality', () => {
    expect(['省', '自治区', '直辖市'].map((level) => validityLevelOf({ level: level as MetaFacts['level'] }))).toEqual(['省级地方性法规', '省级地方性法规', '省级地方性法规']);
  });

  it('gives 设区的市地方性法规 for a city and for a 自治州 text not sourced as a 单行条例', () => {
    expect(validityLevelOf({ level: '设区的市' })).toBe('设区的市地方性法规');
    expect(validityLevelOf({ level: '自治州' })).toBe('设区的市地方性法规');
  });

  it('gives 自治州单行条例 only when the form is sourced', () => {
    expect(validityLevelOf({ level: '自治州', form: '单行条例' })).toBe('自治州单行条例');
    expect(validityLevelOf({ level: '自治区', form: '自治条例' })).toBe('自治区自治条例');
  });

  it('does not guess where the level alone does not decide', () => {
    expect(validityLevelOf({ level: '自治县' })).toBeNull();
    expect(validityLevelOf({ level: '经济特区' })).toBeNull();
    expect(validityLevelOf({ level: '设区的市', form: '单行条例' })).toBeNull();
  });

  it('asks for a 批准机关 only below the province level', () => {
    expect([needsApproval({ level: '省' }), needsApproval({ level: '自治区' }), needsApproval({ level: '设区的市' }), needsApproval({ level: '自治州' })]).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('制定机关', () => {
  it('reads the organ off the meeting of an adoption note', () => {
    // shanxi.txt line 3 and guangdong.md line 3
    expect(enactingBodyOf('山西省第十四届人民代表大会常务委员会第四次会议')).toBe('山西省人民代表大会常务委员会');
    expect(enactingBodyOf('广东省第十三届人民代表大会常务委员会第三十七次会议')).toBe('广东省人民代表大会常务委员会');
    expect(enactingBodyOf('昌吉回族自治州第十五届人民代表大会第四次会议')).toBe('昌吉回族自治州人民代表大会');
  });

  it('gives null for anything that is not a meeting of a people’s congress', () => {
    expect(enactingBodyOf('山西省人民政府')).toBeNull();
  });

  it('prefers a sourced 制定机关 and is null when nothing states one', () => {
    expect(enactedByOf({ enactedBy: '苏州市人民代表大会常务委员会' })).toBe('苏州市人民代表大会常务委员会');
    expect(enactedByOf({ adoptedBy: '山西省第十四届人民代表大会常务委员会第四次会议' })).toBe('山西省人民代表大会常务委员会');
    expect(enactedByOf({})).toBeNull();
  });
});

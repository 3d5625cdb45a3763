// Expected provisions were read in the texts: 一票否决 occurs only in xinjiang 第五十二条 to 第五十五条; 处分 in
// changji 第二十三条, guangdong 第四十九条第二款, shanxi 第四十五条, suzhou 第五十条 and xinjiang 第五十六条第二款, never in haidong.
import { describe, expect, it } from 'vitest';
import { buildPenaltyMatrix, citeSanction, type SanctionRow } from '../../src/lib/analyze/penalty-matrix.ts';
import { describeTriggers, listOtherConsequences } from '../../src/lib/analyze/trigger-index.ts';
import { findCiteTarget } from '../../src/lib/cite/cite-node.ts';
import { citeWithinArticle } from '../../src/lib/cite/citation.ts';
import { analyses, analysisOf, regulations, vocab } from './analyze-helpers.ts';

const groups = buildPenaltyMatrix(vocab.sanctions.sanctions, analyses);

/** `{ regulation: 'sourceId sourceId…' }` for one sanction row. */
function row(id: string): Record<string, string> {
  const r: SanctionRow | undefined = groups.flatMap((g) => g.rows).find((x) => x.id === id);
  if (!r) throw new Error(`no sanction ${id}`);
  return Object.fromEntries(r.cells.map((c) => [c.regulationId, c.citations.map((x) => x.sourceId).join(' ')]));
}

/** The citation of a node of one regulation, e.g. 第五十二条第一款. */
function cite(regId: string, nodeId: string): string {
  const target = findCiteTarget(regulations.find((r) => r.meta.id === regId)!.parsed.articles, nodeId);
  return target ? citeWithinArticle(target) : `?${nodeId}`;
}

describe('the sanction matrix', () => {
  it('groups the rows by kind, in vocabulary order within a kind', () => {
    expect(groups.map((g) => g.kind)).toEqual(['惩戒', '督导', '追责', '激励', '建议']);
    expect(groups[0]!.rows[0]!.name).toBe('一票否决');
    expect(groups.find((g) => g.kind === '追责')!.rows.map((r) => r.name)).toEqual(['处分', '政务处分', '依法追究刑事责任', '依法（依规）予以处理']);
    for (const g of groups) for (const r of g.rows) expect(r.cells.map((c) => c.regulationId)).toEqual(analyses.map((a) => a.regulationId));
  });

  it('cites 一票否决 in xinjiang only, 第五十二条 to 第五十五条', () => {
    expect(row('one-vote-veto')).toEqual({
      changji: '',
      guangdong: '',
      haidong: '',
      shanxi: '',
      suzhou: '',
      xinjiang: 'art_52__para_1 art_52__para_2 art_53__para_1 art_54__para_1 art_55__para_1',
    });
    const labels = citeSanction(analysisOf('xinjiang'), 'one-vote-veto').map((c) => cite('xinjiang', c.sourceId));
    expect(labels).toEqual(['第五十二条第一款', '第五十二条第二款', '第五十三条', '第五十四条', '第五十五条']);
  });

  it('cites 处分 everywhere but haidong, each provision once', () => {
    // guangdong 第四十九条第二款: 国家机关工作人员……滥用职权、玩忽职守、徇私舞弊的，依法给予处分
    expect(row('disciplinary-sanction')).toEqual({
      changji: 'art_23__para_1',
      guangdong: 'art_49__para_2',
      haidong: '',
      shanxi: 'art_45__para_1',
      suzhou: 'art_50__para_1',
      xinjiang: 'art_56__para_2',
    });
    expect(row('not-rated-excellent')).toEqual({ changji: '', guangdong: '', haidong: 'art_47__para_1', shanxi: '', suzhou: '', xinjiang: '' });
  });

  it('keeps the words that matched as evidence', () => {
    // xinjiang 第五十四条: 取消其本年度评选综合性荣誉称号的资格
    expect(citeSanction(analysisOf('xinjiang'), 'revoke-honour-eligibility')).toEqual([{ sourceId: 'art_54__para_1', words: ['取消其本年度评选综合性荣誉称号的资格'] }]);
  });

  it('does not count the words of a condition as a consequence', () => {
    // xinjiang 第五十二条第一款第（六）项 (经…提出警告、监察建议…) is a condition; 第三十二条 states the recommendations
    expect(row('official-recommendation')['xinjiang']).toBe('art_32__para_1');
  });

  it('names shanxi 第十五条’s 书面意见和建议 as such, not as a 监察建议', () => {
    // shanxi 第十五条: 应当向相关主管部门提出书面意见和建议
    expect(row('written-recommendation')['shanxi']).toBe('art_15__para_1');
    expect(row('official-recommendation')['shanxi']).toBe('');
  });
});

describe('condition lists', () => {
  it('reads xinjiang 第五十二条: eight conditions, 一票否决 or else 挂牌督办', () => {
    const [rule, ...rest] = describeTriggers(analysisOf('xinjiang'));
    expect(rest).toEqual([]);
    expect(cite('xinjiang', rule!.sourceId)).toBe('第五十二条第一款');
    expect(rule!.conditions).toHaveLength(8);
    expect(rule!.conditions[6]!.text).toBe('发生刑事案件、重大治安问题、公共安全事件等隐瞒不报或者作虚假报告的；');
    expect(cite('xinjiang', rule!.conditions[6]!.sourceId)).toBe('第五十二条第一款第（七）项');
    expect(rule!.consequences.map((c) => `${c.name}@${c.sourceId}`)).toEqual([
      '一票否决@art_52__para_1',
      '挂牌督办@art_52__para_2',
      '责令限期整改@art_52__para_2',
      '派驻工作组@art_52__para_2',
      '督办@art_52__para_2',
    ]);
    expect(rule!.consequences[2]!.words).toEqual(['限期整改']);
  });

  it('reads the supervision lists of haidong, suzhou and shanxi and finds none in changji', () => {
    const haidong = describeTriggers(analysisOf('haidong'));
    expect(haidong.map((r) => [r.sourceId, r.conditions.length, r.conditions.at(-1)!.text])).toEqual([['art_46__para_1', 7, '其他需要督导整改的情形。']]);
    expect(haidong[0]!.consequences.map((c) => c.name)).toEqual(['通报', '约谈', '挂牌督办', '责令限期整改']);
    const suzhou = describeTriggers(analysisOf('suzhou'));
    expect(suzhou.map((r) => [r.sourceId, r.conditions.length, r.conditions[2]!.text])).toEqual([['art_49__para_1', 5, '平安建设工作考核评价不合格、不达标的；']]);
    const shanxi = describeTriggers(analysisOf('shanxi'));
    expect(shanxi.map((r) => [r.sourceId, r.conditions.length, r.conditions.at(-1)!.text])).toEqual([['art_44__para_1', 8, '国家规定的其他情形。']]);
    // 第四十四条第二款: 受到挂牌督办的…在整改期限内取消其评选综合性荣誉称号的资格…不得评优评先、晋职晋级
    expect(shanxi[0]!.consequences.filter((c) => c.sourceId === 'art_44__para_2').map((c) => c.name)).toEqual(['取消评选综合性荣誉称号资格', '不得评优评先', '不得晋职晋级']);
    expect(describeTriggers(analysisOf('changji'))).toEqual([]);
  });

  it('lists the other provisions with consequences, without rewards', () => {
    const changji = listOtherConsequences(analysisOf('changji'));
    // 第十条第三款 追究刑事责任, 第二十二条 通报、约谈、督办, 第二十三条 处分 and 刑事责任; not 第八条第一款, whose
    // 挂牌督办 is of 重大风险隐患 (a risk measure), nor haidong 第十一条, whose 限期整改 is of problem areas
    expect(changji.map((o) => o.sourceId)).toEqual(['art_10__para_3', 'art_22__para_1', 'art_23__para_1']);
    expect(listOtherConsequences(analysisOf('haidong')).some((o) => o.sourceId.startsWith('art_11'))).toBe(false);
    expect(changji.at(-1)!.consequences.map((c) => c.name)).toEqual(['处分', '依法追究刑事责任']);
    expect(changji.at(-1)!.conditions).toContain('构成犯罪的');
    expect(listOtherConsequences(analysisOf('xinjiang')).some((o) => o.sourceId.startsWith('art_52'))).toBe(false);
  });

  it('reads guangdong 第四十九条 and 第五十条 as consequences, and not 第十五条’s 通报和发布预警信息', () => {
    // 第十五条: 对可能影响社会稳定的风险，按照规定通报和发布预警信息 (information, not a measure against anyone)
    expect(row('circulate-notice')['guangdong']).toBe('art_50__para_1');
    const other = Object.fromEntries(listOtherConsequences(analysisOf('guangdong')).map((o) => [o.sourceId, o.consequences.map((c) => c.name)]));
    expect(other['art_15__para_1']).toBeUndefined();
    // 第四十九条第一款: 由上一级平安建设组织协调机构责令限期整改；逾期不整改……有权机关应当依法予以处理
    expect(other['art_49__para_1']).toEqual(['责令限期整改', '依法（依规）予以处理']);
    // 第四十九条第二款: 依法给予处分；构成犯罪的，依法追究刑事责任
    expect(other['art_49__para_2']).toEqual(['处分', '依法追究刑事责任']);
    // 第五十条: 有关主管部门应当责令限期整改，并可以予以通报批评
    expect(other['art_50__para_1']).toEqual(['责令限期整改', '通报']);
    // 第四十七条: 发现相关单位履行职责不力的，应当对相关单位主要负责人进行约谈
    expect(other['art_47__para_1']).toEqual(['约谈']);
    expect(describeTriggers(analysisOf('guangdong'))).toEqual([]);
  });
});

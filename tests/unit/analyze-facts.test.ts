// Expected values below were read from the regulation texts, not from the program's output.
import { describe, expect, it } from 'vitest';
import { RegulationAnalysisSchema } from '../../src/lib/schemas/analysis.ts';
import { CORPUS_IDS } from '../helpers/corpus.ts';
import { actorKeys, analyses, analysisOf, clausesOf, findClause } from './analyze-helpers.ts';

describe('the analysis of the six texts', () => {
  it('validates against RegulationAnalysisSchema and keeps every clause inside its source text', () => {
    for (const a of analyses) {
      expect(() => RegulationAnalysisSchema.parse(a), a.regulationId).not.toThrow();
      for (const c of a.clauses) {
        expect(c.end - c.start, c.id).toBe(c.text.length);
        expect(c.id.startsWith(`${c.sourceId}__cl_`), c.id).toBe(true);
        expect(c.sourceId.startsWith(`${c.articleId}__`), c.id).toBe(true);
      }
    }
  });

  it('finds 一票否决 only in xinjiang, in 第五十二条 to 第五十五条', () => {
    const withVeto = analyses.flatMap((a) => a.clauses.filter((c) => c.sanctions.some((s) => s.id === 'one-vote-veto')).map((c) => `${a.regulationId}:${c.articleId}`));
    expect([...new Set(withVeto)]).toEqual(['xinjiang:art_52', 'xinjiang:art_53', 'xinjiang:art_54', 'xinjiang:art_55']);
  });

  it('reads 立即 as a time requirement but not the names 即时互通、即时查询 (changji 第七条, 第十五条)', () => {
    const immediate = analyses.flatMap((a) =>
      a.clauses.filter((c) => c.timings.some((t) => t.kind === 'immediate')).map((c) => `${a.regulationId}:${c.articleId}:${c.timings.find((t) => t.kind === 'immediate')!.text}`),
    );
    expect(immediate.filter((x) => x.startsWith('changji:'))).toEqual([]);
    // haidong: 发现法律、行政法规禁止…的信息，应当立即停止传输该信息
    expect(immediate.some((x) => x.startsWith('haidong:') && x.endsWith(':立即'))).toBe(true);
  });

  it('reads the 30日 review limit of xinjiang 第五十五条', () => {
    const review = findClause('xinjiang', 'art_55__para_1', '复查完毕');
    expect(review?.modality).toBe('义务');
    expect(actorKeys(review!)).toEqual(['coordination-body@upper']);
    expect(review?.timings).toEqual([expect.objectContaining({ kind: 'deadline', value: 30, unit: '日', text: '在接到申诉的30日内' })]);
  });

  it('orders the appeal procedure of xinjiang 第五十五条 as the text does: 申诉 → 复查 → 答复 → 最后决定', () => {
    const appeal = analysisOf('xinjiang').procedures.find((p) => p.id === 'veto-appeal');
    expect(appeal?.articleId).toBe('art_55');
    expect(appeal?.steps.map((s) => s.name)).toEqual(['申诉', '复查', '答复', '最后决定']);
    expect(analyses.filter((a) => a.procedures.some((p) => p.id === 'veto-appeal')).map((a) => a.regulationId)).toEqual(['xinjiang']);
  });

  it('reads shanxi 第六条: 每年的十二月第二周 is 平安建设宣传周', () => {
    const week = findClause('shanxi', 'art_6__para_1', '宣传周');
    expect(week?.timings).toEqual([expect.objectContaining({ kind: 'date', text: '每年的十二月第二周' })]);
    expect(week?.topics.map((t) => t.id)).toContain('publicity-education');
  });

  it('gives the eight items of shanxi 第九条 the actors of its opening sentence', () => {
    const lead = clausesOf('shanxi', 'art_9__para_1');
    expect(lead).toHaveLength(1);
    const expected = ['disabled-federation', 'legal-persons', 'state-organs', 'trade-union', 'womens-federation', 'youth-league'];
    expect(actorKeys(lead[0]!)).toEqual(expected);
    for (let n = 1; n <= 8; n++) {
      const [item] = clausesOf('shanxi', `art_9__para_1__item_${n}`);
      expect(item?.modality, `item ${n}`).toBe('义务');
      expect(actorKeys(item!), `item ${n}`).toEqual(expected);
      expect(
        item!.actors.every((r) => r.via === 'list-lead'),
        `item ${n}`,
      ).toBe(true);
    }
  });

  it('splits a list of departments and normalises 公安 to 公安机关 (shanxi 第十八条)', () => {
    const c = findClause('shanxi', 'art_18__para_1', '公安、交通运输、应急管理、市场监管、海关等部门');
    expect(c!.actors.map((a) => [a.raw, a.name])).toEqual([
      ['公安', '公安机关'],
      ['交通运输', '交通运输部门'],
      ['应急管理', '应急管理部门'],
      ['市场监管', '市场监督管理部门'],
      ['海关等部门', '海关'],
    ]);
  });

  it("keeps the level of people's governments: 各级 vs 县级以上 vs 乡镇", () => {
    expect(actorKeys(findClause('xinjiang', 'art_8__para_1', '县级以上人民政府应当')!)).toEqual(['people-government@county-up']);
    expect(actorKeys(findClause('xinjiang', 'art_8__para_2', '各级人民政府应当')!)).toEqual(['people-government@all']);
    expect(actorKeys(findClause('suzhou', 'art_5__para_2', '镇人民政府、街道办事处应当')!)).toEqual(['people-government@township', 'subdistrict-office']);
    expect(findClause('xinjiang', 'art_8__para_1', '县级以上人民政府应当')!.actors[0]!.name).toBe('县级以上人民政府');
  });

  it('reads a reporting duty and its recipient (xinjiang 第二十二条第二款)', () => {
    const c = findClause('xinjiang', 'art_22__para_2', '发现违禁物品的');
    expect(c?.condition).toBe('发现违禁物品的');
    expect(c?.reports.map((r) => r.recipients.map((x) => x.key))).toEqual([['public-security']]);
  });

  it('links the eight 情形 of xinjiang 第五十二条 to 一票否决 and, short of it, 挂牌督办 and 限期整改', () => {
    const rule = analysisOf('xinjiang').triggers.find((t) => t.articleId === 'art_52');
    expect(rule?.triggers).toHaveLength(8);
    expect(rule?.triggers[6]?.text).toBe('发生刑事案件、重大治安问题、公共安全事件等隐瞒不报或者作虚假报告的；');
    expect(rule?.sanctions.map((s) => s.id)).toEqual(expect.arrayContaining(['one-vote-veto', 'listed-supervision', 'rectify-within-deadline', 'work-team']));
    expect(clausesOf('xinjiang', 'art_52__para_1__item_1')[0]?.modality).toBe('情形');
  });

  it('has condition lists in xinjiang 52, haidong 46, suzhou 49 and shanxi 44, and none in changji or guangdong (whose 第四十九条, 第五十条 name no list of 情形)', () => {
    const lists = analyses.flatMap((a) => a.triggers.map((t) => `${a.regulationId}:${t.articleId}:${t.triggers.length}`));
    expect(lists.sort()).toEqual(['haidong:art_46:7', 'shanxi:art_44:8', 'suzhou:art_49:5', 'xinjiang:art_52:8']);
  });

  it('records dates in force and repeals with the clauses that state them', () => {
    expect(analyses.map((a) => [a.regulationId, a.inForce.date])).toEqual([
      // guangdong 第五十一条: 本条例自2022年1月1日起施行。
      ['changji', '2024-09-01'],
      ['guangdong', '2022-01-01'],
      ['haidong', '2024-10-01'],
      ['shanxi', '2023-09-01'],
      ['suzhou', '2023-01-01'],
      ['xinjiang', '2022-01-01'],
    ]);
    expect(analysisOf('shanxi').repeals).toEqual([{ title: '山西省社会治安综合治理条例', sourceId: 'art_46__para_2' }]);
    expect(clausesOf('shanxi', 'art_46__para_2')[0]?.modality).toBe('废止');
    expect(clausesOf('xinjiang', 'art_58__para_1')[0]?.modalities).toEqual(['施行', '废止']);
    // guangdong 第五十一条, one paragraph like xinjiang 第五十八条: 施行 then ……《广东省人民代表大会常务委员会关于深化平安广东建设的决定》同时废止
    expect(analysisOf('guangdong').repeals).toEqual([{ title: '广东省人民代表大会常务委员会关于深化平安广东建设的决定', sourceId: 'art_51__para_1' }]);
    expect(clausesOf('guangdong', 'art_51__para_1').flatMap((c) => c.modalities)).toEqual(['施行', '废止']);
  });

  it('reads 不得评优评先 as a consequence, not a prohibition (xinjiang 第五十四条)', () => {
    const c = findClause('xinjiang', 'art_54__para_1', '不得评优评先');
    expect(c?.modality).toBe('罚则');
    expect(c?.sanctions.map((s) => s.id)).toEqual(['no-merit-award', 'no-promotion', 'handled-per-rules']);
  });

  it('analyses the six regulations in the order given', () => {
    expect(analyses.map((a) => a.regulationId).sort()).toEqual([...CORPUS_IDS].sort());
  });
});

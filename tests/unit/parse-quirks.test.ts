// Issue 14 §2: the parser never states a wrong fact silently. One group per quirk, each reading a fixture in
// tests/fixtures/parse/<quirk>/ written from a realistic snippet; every expected value was read off the fixture.
import { describe, expect, it } from 'vitest';
import { checkMetadataAgainstText } from '../../src/lib/corpus/check-metadata.ts';
import { RegulationMetaSchema } from '../../src/lib/schemas/metadata.ts';
import { article, diagnosticsOf, fixturePath, parseFixture, parseText } from './parse-fixture-helpers.ts';

const refsOf = (node: { refs: ReadonlyArray<{ kind: string; text: string; targets: string[]; lawTitle?: string | undefined }> }) =>
  node.refs.map(({ kind, text, targets, lawTitle }) => (lawTitle === undefined ? { kind, text, targets } : { kind, text, targets, lawTitle }));

describe('reference-continues-article', () => {
  const result = parseFixture('reference-continues-article');
  const para = (n: number) => article(result, '第六条').paragraphs[n - 1]!;

  it('reads 第二款 after 第三条第一款第（四）项或者 as 第三条第二款, not a paragraph of the citing article', () => {
    expect(refsOf(para(1))).toEqual([
      { kind: 'internal', text: '本条例第三条第一款第（四）项', targets: ['art_3__para_1__item_4'] },
      { kind: 'internal', text: '第二款', targets: ['art_3__para_2'] },
    ]);
  });

  it('reads 第（五）项 after 第三条第一款第（二）项、第（三）项或者 as an item of 第三条第一款', () => {
    expect(refsOf(para(3))).toEqual([
      { kind: 'internal', text: '本条例第三条第一款第（二）项、第（三）项', targets: ['art_3__para_1__item_2', 'art_3__para_1__item_3'] },
      { kind: 'internal', text: '第（五）项', targets: ['art_3__para_1__item_5'] },
    ]);
  });

  it('expands 第四条第二、三、四、五、七、八项 and reads 第五条第二项 after the comma as its own article', () => {
    expect(refsOf(para(2))).toEqual([
      {
        kind: 'internal',
        text: '本条例第四条第二、三、四、五、七、八项',
        targets: ['art_4__para_1__item_2', 'art_4__para_1__item_3', 'art_4__para_1__item_4', 'art_4__para_1__item_5', 'art_4__para_1__item_7', 'art_4__para_1__item_8'],
      },
      { kind: 'internal', text: '第五条第二项', targets: ['art_5__para_1__item_2'] },
    ]);
  });

  it('keeps 第二款 after 《…法》第二十三条第一款第（一）项或者 in that law', () => {
    const law = '中华人民共和国治安管理处罚法';
    expect(refsOf(para(4))).toEqual([
      { kind: 'external', text: `《${law}》`, targets: [], lawTitle: law },
      { kind: 'external', text: '第二十三条第一款第（一）项', targets: [], lawTitle: law },
      { kind: 'external', text: '第二款', targets: [], lawTitle: law },
    ]);
  });

  it('reports no broken reference', () => {
    expect(diagnosticsOf(result)).toEqual([]);
  });
});

describe('repeal-list-with-words', () => {
  const result = parseFixture('repeal-list-with-words');
  const meta = (repeals: string[]) =>
    RegulationMetaSchema.parse({
      id: 'jiangzhou-shirong',
      title: '江州市城市市容和环境卫生管理条例',
      shortName: '江州',
      jurisdiction: '江州市',
      level: '设区的市',
      province: '江西省',
      effective: '2025-03-01',
      repeals,
    });

  it('records every repealed act when words stand between the titles', () => {
    expect(result.regulation.facts.repeals).toEqual([
      { title: '江州市城市市容管理条例', sourceId: 'art_3__para_1' },
      { title: '江州市环境卫生管理办法', sourceId: 'art_3__para_1' },
    ]);
  });

  it('does not take the title named as a ground (国务院《…》) for a repealed act', () => {
    expect(result.regulation.facts.repeals.map((r) => r.title)).not.toContain('城市市容和环境卫生管理条例');
  });

  it('lets the metadata check accept metadata naming both acts, and refuse metadata naming one', () => {
    const file = fixturePath('repeal-list-with-words');
    expect(checkMetadataAgainstText(meta(['江州市环境卫生管理办法', '江州市城市市容管理条例']), result.regulation, file)).toEqual([]);
    expect(checkMetadataAgainstText(meta(['江州市环境卫生管理办法']), result.regulation, file).map((d) => d.ruleId)).toEqual(['meta-repeals']);
  });
});

describe('document-title-not-law', () => {
  const result = parseFixture('document-title-not-law');
  const law = '中华人民共和国治安管理处罚法';

  it('does not record 《特种行业许可证》 or 《责令改正通知书》 as references to laws', () => {
    expect(refsOf(article(result, '第二条').paragraphs[0]!)).toEqual([]);
    expect(refsOf(article(result, '第三条').paragraphs[0]!)).toEqual([]);
    expect(refsOf(article(result, '第三条').paragraphs[1]!)).toEqual([]);
  });

  it('still records the laws named beside them', () => {
    expect(refsOf(article(result, '第一条').paragraphs[0]!)).toEqual([
      { kind: 'external', text: `《${law}》`, targets: [], lawTitle: law },
      { kind: 'external', text: '《旅馆业治安管理办法》', targets: [], lawTitle: '旅馆业治安管理办法' },
    ]);
    expect(refsOf(article(result, '第四条').paragraphs[0]!)).toEqual([
      { kind: 'internal', text: '本条例第三条第一款', targets: ['art_3__para_1'] },
      { kind: 'external', text: `《${law}》`, targets: [], lawTitle: law },
      { kind: 'external', text: '第五十四条', targets: [], lawTitle: law },
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });
});

describe('definition-forms', () => {
  const result = parseFixture('definition-forms');
  const defs = () => result.regulation.facts.definitions;

  it('reads 本条例所称的X，是指… with a term that does not start with 的', () => {
    expect(defs()[0]).toEqual({
      term: '电动自行车',
      definition: '以车载蓄电池作为辅助能源，具有脚踏骑行能力，能实现电助动或者电驱动功能，并符合国家标准的两轮自行车',
      sourceId: 'art_2__para_1',
    });
    expect(defs().every((d) => !d.term.startsWith('的'))).toBe(true);
  });

  it('reads 本条例所称X，包括… keeping 包括 in the definition', () => {
    expect(defs()[1]).toEqual({ term: '电动自行车经营者', definition: '包括电动自行车及其蓄电池的生产者、销售者和维修者', sourceId: 'art_2__para_2' });
  });

  it('reads items X是指… (no comma) after 下列用语的含义', () => {
    expect(defs().slice(2, 4)).toEqual([
      { term: '集中充电设施', definition: '为电动自行车提供集中充电服务的充电桩、充电柜等设施', sourceId: 'art_3__para_1__item_1' },
      { term: '换电服务', definition: '为电动自行车提供蓄电池更换的经营性服务', sourceId: 'art_3__para_1__item_2' },
    ]);
  });

  it('reads 本条例所称以上、以下、以内，包括本数', () => {
    expect(defs()[4]).toEqual({ term: '以上、以下、以内', definition: '包括本数', sourceId: 'art_5__para_1' });
    expect(defs()).toHaveLength(5);
    expect(diagnosticsOf(result)).toEqual([]);
  });
});

describe('history blocks', () => {
  const eventsOf = (result: ReturnType<typeof parseText>) => result.regulation.history.map((h) => h.events.map((e) => [e.date, e.action]));
  const warningsOf = (result: ReturnType<typeof parseText>) => diagnosticsOf(result, 'warning').map((d) => [d.line, d.column, d.ruleId]);

  describe('history-foreign-lines', () => {
    const result = parseFixture('history-foreign-lines');

    it("keeps as this regulation's history only the events of its own note", () => {
      expect(eventsOf(result)).toEqual([
        [
          ['2010-08-27', '通过'],
          ['2010-09-29', '批准'],
          ['2019-06-28', '修正'],
          ['2019-07-26', '批准'],
        ],
        [],
        [],
      ]);
    });

    it('warns at each event copied from another regulation: dates running backwards, and a decision on another title', () => {
      expect(warningsOf(result)).toEqual([
        [3, 2, 'history-foreign'],
        [3, 40, 'history-foreign'],
        [4, 2, 'history-foreign'],
      ]);
      const reasons = diagnosticsOf(result, 'warning').map((d) => d.reason);
      expect(reasons[0]).toContain('1997-06-20');
      expect(reasons[2]).toContain('江州市城市绿化条例');
      expect(diagnosticsOf(result, 'error')).toEqual([]);
    });
  });

  describe('history-unreadable-lines', () => {
    const result = parseFixture('history-unreadable-lines');

    it('reads the events around a dangling 根据 and a stray ）', () => {
      expect(eventsOf(result)).toEqual([
        [
          ['2015-10-28', '通过'],
          ['2015-11-27', '批准'],
        ],
        [['2021-06-24', '修正']],
        [['2022-03-30', '批准']],
      ]);
    });

    it('warns with file:line:column at the dangling 根据, the stray ） and the event without an act', () => {
      expect(warningsOf(result)).toEqual([
        [2, 80, 'history-unreadable'],
        [3, 38, 'history-stray-bracket'],
        [4, 2, 'history-unreadable'],
      ]);
      expect(result.diagnostics.every((d) => d.file === 'tests/fixtures/parse/history-unreadable-lines/input.txt')).toBe(true);
      expect(diagnosticsOf(result, 'error')).toEqual([]);
    });
  });

  it('keeps an amendment by a decision on several regulations, this one among them, and a 根据 set off by spaces', () => {
    const result = parseText(
      '江州市乙条例\n（2005年3月1日江州市第十二届人民代表大会常务委员会第十次会议通过　根据　　2012年5月1日江州市第十三届人民代表大会常务委员会第二次会议《关于修改〈江州市甲条例〉〈江州市乙条例〉的决定》修正）\n第一条　为了规范管理，制定本条例。\n',
    );
    expect(eventsOf(result)).toEqual([
      [
        ['2005-03-01', '通过'],
        ['2012-05-01', '修正'],
      ],
    ]);
    expect(diagnosticsOf(result)).toEqual([]);
  });

  describe('history-run-together', () => {
    const result = parseFixture('history-run-together');

    it('splits …会议通过2020年11月25日…批准 into two events and warns where they run together', () => {
      expect(result.regulation.history[0]!.events).toEqual([
        {
          date: '2020-10-29',
          body: '江州市第十五届人民代表大会常务委员会第三十一次会议',
          action: '通过',
          text: '2020年10月29日江州市第十五届人民代表大会常务委员会第三十一次会议通过',
        },
        {
          date: '2020-11-25',
          body: '江西省第十三届人民代表大会常务委员会第二十五次会议',
          action: '批准',
          text: '2020年11月25日江西省第十三届人民代表大会常务委员会第二十五次会议批准',
        },
      ]);
      expect(warningsOf(result)).toEqual([[2, 40, 'history-run-together']]);
    });

    it('splits events separated by a comma instead of a space', () => {
      const result = parseText(
        '江州市文明行为促进条例\n（2020年10月29日江州市第十五届人民代表大会常务委员会第三十一次会议通过，2020年11月25日江西省第十三届人民代表大会常务委员会第二十五次会议批准）\n第一条　为了引导和促进文明行为，制定本条例。\n',
      );
      expect(eventsOf(result)).toEqual([
        [
          ['2020-10-29', '通过'],
          ['2020-11-25', '批准'],
        ],
      ]);
      expect(diagnosticsOf(result)).toEqual([]);
    });
  });
});

describe('in-force-on-promulgation', () => {
  const result = parseFixture('in-force-on-promulgation');
  const file = fixturePath('in-force-on-promulgation');
  const meta = (fields: Record<string, unknown>) =>
    RegulationMetaSchema.parse({
      id: 'jiangzhou-zhifa',
      title: '江州市城市管理综合执法条例',
      shortName: '江州',
      jurisdiction: '江州市',
      level: '设区的市',
      province: '江西省',
      adoptedBy: '江州市第十五届人民代表大会常务委员会第十七次会议',
      adoptedOn: '2023-12-28',
      ...fields,
    });
  const check = (fields: Record<string, unknown>) => checkMetadataAgainstText(meta(fields), result.regulation, file).map((d) => [d.ruleId, d.line, d.column]);

  it('says the text is in force from its promulgation, stated in 第三条, with no date of its own', () => {
    expect(result.regulation.facts).toMatchObject({ effectiveDate: null, effectiveSourceId: 'art_3__para_1', effectiveOnPromulgation: true });
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('accepts the promulgation date from the metadata with its source as the date in force, with no source for effective', () => {
    expect(check({ promulgatedOn: '2024-01-10', effective: '2024-01-10', sources: { promulgatedOn: '江州市人民代表大会常务委员会公告第5号' } })).toEqual([]);
  });

  // 第三条's paragraph text starts after `第三条　`, at column 5 of line 5
  it('asks for promulgatedOn, not an invented source for effective, at the paragraph that says so', () => {
    expect(check({ effective: '2024-01-10' })).toEqual([['meta-promulgated-on', 5, 5]]);
    expect(check({ promulgatedOn: '2024-01-10', effective: '2024-01-10' })).toEqual([['meta-source', 5, 5]]);
  });

  it('refuses a date in force other than the promulgation date', () => {
    expect(check({ promulgatedOn: '2024-01-10', effective: '2024-03-01', sources: { promulgatedOn: '江州市人民代表大会常务委员会公告第5号' } })).toEqual([
      ['meta-effective', 5, 5],
    ]);
  });

  it('takes the promulgation date a history note states, needing no source, and refuses metadata that differs', () => {
    const stated = parseText(
      '江州市城市管理综合执法条例\n（2023年12月28日江州市第十五届人民代表大会常务委员会第十七次会议通过　2024年1月10日江州市人民代表大会常务委员会公告第5号公布）\n第一条　本条例自公布之日起施行。\n',
    );
    const run = (fields: Record<string, unknown>) => checkMetadataAgainstText(meta(fields), stated.regulation, 'inline.txt').map((d) => d.ruleId);
    expect(run({ promulgatedOn: '2024-01-10', effective: '2024-01-10' })).toEqual([]);
    expect(run({ promulgatedOn: '2024-01-11', effective: '2024-01-11' })).toEqual(['meta-promulgated-on']);
  });
});

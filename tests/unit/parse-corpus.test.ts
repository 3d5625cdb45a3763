// Expected values below were read from the regulation texts (and ../shared/regulations/README.md), not from parser output.
import { describe, expect, it } from 'vitest';
import { keptTextInOrder, textWithoutArtifacts } from '../../src/lib/corpus/accounting.ts';
import { CORPUS_IDS, corpusBytes, parseCorpus } from '../helpers/corpus.ts';

const byLabel = (id: string, label: string) => {
  const a = parseCorpus(id).regulation.articles.find((x) => x.label === label);
  if (!a) throw new Error(`${id} has no ${label}`);
  return a;
};

describe('the six corpus texts', () => {
  it.each([
    ['xinjiang', 58, 0],
    ['changji', 25, 0],
    ['haidong', 51, 7],
    ['suzhou', 51, 6],
    ['shanxi', 46, 9],
    ['guangdong', 51, 8],
  ])('%s has %i articles and %i chapters', (id, articles, chapters) => {
    const { regulation } = parseCorpus(id);
    expect(regulation.articles).toHaveLength(articles);
    expect(regulation.divisions.filter((d) => d.kind === 'chapter')).toHaveLength(chapters);
  });

  it('parse without errors, 282 articles and 30 chapters in all (shared README)', () => {
    let articles = 0;
    let chapters = 0;
    for (const id of CORPUS_IDS) {
      const { regulation, diagnostics } = parseCorpus(id);
      expect(
        diagnostics.filter((d) => d.severity === 'error'),
        id,
      ).toEqual([]);
      articles += regulation.articles.length;
      chapters += regulation.divisions.filter((d) => d.kind === 'chapter').length;
    }
    expect(articles).toBe(282);
    expect(chapters).toBe(30);
  });

  it('numbers articles 第一条 … in order with stable ids', () => {
    const { regulation } = parseCorpus('xinjiang');
    expect(regulation.articles.map((a) => a.number)).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    expect(regulation.articles[23]!.label).toBe('第二十四条');
    expect(regulation.articles[23]!.id).toBe('art_24');
    expect(regulation.articles[23]!.slug).toBe('24');
  });

  it('splits xinjiang 第九条 inline items into 11 items', () => {
    const a = byLabel('xinjiang', '第九条');
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]!.text).toBe('平安建设的主要任务是：');
    expect(a.paragraphs[0]!.inlineItems).toBe(true);
    expect(a.paragraphs[0]!.items).toHaveLength(11);
    expect(a.paragraphs[0]!.items[0]!.label).toBe('（一）');
    expect(a.paragraphs[0]!.items[0]!.text.startsWith('依法精准深化严打暴恐专项斗争')).toBe(true);
    expect(a.paragraphs[0]!.items[2]!.id).toBe('art_9__para_1__item_3');
    expect(a.paragraphs[0]!.items[10]!.label).toBe('（十一）');
  });

  it('gives xinjiang 第五十二条 8 items and a second paragraph', () => {
    const a = byLabel('xinjiang', '第五十二条');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]!.items).toHaveLength(8);
    expect(a.paragraphs[0]!.items[7]!.text).toBe('因教育管理工作不力，本单位工作人员中违法犯罪情况比较严重的。');
    expect(a.paragraphs[1]!.text.startsWith('具有上述情形，尚不够实施一票否决的')).toBe(true);
    expect(a.paragraphs[1]!.items).toHaveLength(0);
  });

  it('gives suzhou 第四条 8 items on their own lines', () => {
    const a = byLabel('suzhou', '第四条');
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]!.text).toBe('平安建设的主要任务是：');
    expect(a.paragraphs[0]!.items.map((i) => i.text)[7]).toBe('国家和省、市规定的其他平安建设任务。');
    expect(a.paragraphs[0]!.items).toHaveLength(8);
    expect(a.paragraphs[0]!.inlineItems).toBe(false);
  });

  it('gives shanxi 第四十四条 2 paragraphs and 8 items', () => {
    const a = byLabel('shanxi', '第四十四条');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs[0]!.items).toHaveLength(8);
    expect(a.paragraphs[1]!.text.startsWith('受到挂牌督办的平安建设主体')).toBe(true);
  });

  it('removes and records the [bookmark: _GoBack] artifact in haidong 第四十六条', () => {
    const { regulation } = parseCorpus('haidong');
    const a = byLabel('haidong', '第四十六条');
    expect(a.paragraphs[0]!.items).toHaveLength(7);
    expect(a.paragraphs[0]!.items[5]!.label).toBe('（六）');
    expect(a.paragraphs[0]!.items[5]!.text).toBe('平安建设考评评价等次为一般的；');
    const art = regulation.artifacts.find((x) => x.text === '[bookmark: _GoBack]');
    expect(art).toMatchObject({ kind: 'bookmark', pos: { line: 113, column: 1 } });
  });

  it('joins the wrapped paragraph of changji 第十七条 and warns about it', () => {
    const { diagnostics } = parseCorpus('changji');
    const a = byLabel('changji', '第十七条');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[3]!.text).toContain('基层法律服务工作者、人民调解员');
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'joined-wrapped-line', line: 41, severity: 'warning' }));
  });

  it('records every suzhou bookmark (one per chapter and article line)', () => {
    const { regulation } = parseCorpus('suzhou');
    // 6 chapter lines + 51 article lines each start with a bookmark
    expect(regulation.artifacts.filter((a) => a.kind === 'bookmark')).toHaveLength(57);
  });

  it('reads titles where the text has a title line, and none where it has not', () => {
    expect(parseCorpus('changji').regulation.title?.text).toBe('昌吉回族自治州平安建设促进条例');
    expect(parseCorpus('haidong').regulation.title?.text).toBe('海东市平安建设条例');
    expect(parseCorpus('shanxi').regulation.title?.text).toBe('山西省平安建设条例');
    expect(parseCorpus('xinjiang').regulation.title).toBeNull();
    expect(parseCorpus('suzhou').regulation.title).toBeNull();
  });

  it('reads the shanxi adoption note', () => {
    const { regulation } = parseCorpus('shanxi');
    expect(regulation.history).toHaveLength(1);
    expect(regulation.history[0]!.events).toEqual([
      { date: '2023-07-29', body: '山西省第十四届人民代表大会常务委员会第四次会议', action: '通过', text: '2023年7月29日山西省第十四届人民代表大会常务委员会第四次会议通过' },
    ]);
  });

  it.each([
    ['xinjiang', '2022-01-01', 'art_58__para_1'],
    ['changji', '2024-09-01', 'art_25__para_1'],
    ['haidong', '2024-10-01', 'art_51__para_1'],
    ['suzhou', '2023-01-01', 'art_51__para_1'],
    ['shanxi', '2023-09-01', 'art_46__para_1'],
  ])('%s comes into force on %s (stated in %s)', (id, date, source) => {
    const { facts } = parseCorpus(id).regulation;
    expect(facts.effectiveDate).toBe(date);
    expect(facts.effectiveSourceId).toBe(source);
  });

  it('reads the repeals of xinjiang 第五十八条 and shanxi 第四十六条第二款', () => {
    expect(parseCorpus('xinjiang').regulation.facts.repeals).toEqual([{ title: '新疆维吾尔自治区社会治安综合治理条例', sourceId: 'art_58__para_1' }]);
    expect(parseCorpus('shanxi').regulation.facts.repeals).toEqual([{ title: '山西省社会治安综合治理条例', sourceId: 'art_46__para_2' }]);
    expect(parseCorpus('suzhou').regulation.facts.repeals).toEqual([]);
  });

  it('reads the definition of 平安建设 in xinjiang 第四条 and shanxi 第二条第二款', () => {
    const x = parseCorpus('xinjiang').regulation.facts.definitions;
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ term: '平安建设', sourceId: 'art_4__para_1' });
    expect(x[0]!.definition.startsWith('组织和动员全社会力量')).toBe(true);
    expect(parseCorpus('shanxi').regulation.facts.definitions[0]).toMatchObject({ term: '平安建设', sourceId: 'art_2__para_2' });
  });

  it('puts haidong 第四十六条 in 第六章 考评监督 and padded chapter names are squeezed', () => {
    const { regulation } = parseCorpus('haidong');
    const ch6 = regulation.divisions.find((d) => d.id === 'chp_6')!;
    expect(ch6.name).toBe('考评监督');
    expect(ch6.articleIds[0]).toBe('art_45');
    expect(ch6.articleIds).toContain('art_46');
    const ch1 = regulation.divisions.find((d) => d.id === 'chp_1')!;
    expect(ch1.rawName).toBe('总　　则');
    expect(ch1.name).toBe('总则');
  });

  it.each(CORPUS_IDS)('accounts for every non-whitespace character of %s', (id) => {
    const text = corpusBytes(id).toString('utf8');
    const { regulation } = parseCorpus(id);
    const squash = (s: string) => s.replace(/[\s\u3000\u00a0\ufeff]/g, '');
    for (const a of regulation.artifacts) expect(text.slice(a.pos.offset, a.pos.offset + a.text.length)).toBe(a.text);
    expect(squash(keptTextInOrder(regulation).join(''))).toBe(squash(textWithoutArtifacts(text, regulation)));
  });
});

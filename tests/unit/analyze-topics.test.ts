import { describe, expect, it } from 'vitest';
import { analyzeRegulation } from '../../src/lib/analyze/analyze-regulation.ts';
import { applyOverrides, coversNode, findTopics, type TopicHook } from '../../src/lib/analyze/topics.ts';
import { analyses, analysisOf, regulations, vocab } from './analyze-helpers.ts';

const paragraph = (id: string, pid: string) => analysisOf(id).paragraphs.find((p) => p.id === pid)!;

describe('topics', () => {
  it('gives every paragraph of the six texts at least one topic', () => {
    const bare = analyses.flatMap((a) => a.paragraphs.filter((p) => p.topics.length === 0).map((p) => `${a.regulationId}:${p.id}`));
    expect(bare).toEqual([]);
  });

  it('shows the matched words as evidence, and they are in the text', () => {
    const hits = findTopics('公安机关会同地方金融监管、通信管理部门建立健全即时查询、紧急止付、快速冻结的联动机制，完善预警劝阻和诈骗电话拦截封堵等机制', vocab.topics);
    expect(hits.find((t) => t.id === 'telecom-fraud')).toEqual({ id: 'telecom-fraud', name: '电信网络诈骗治理', source: 'keyword', evidence: ['诈骗', '止付', '冻结'] });
    for (const a of analyses) {
      for (const c of a.clauses) for (const t of c.topics.filter((x) => x.source === 'keyword')) for (const w of t.evidence) expect(c.text, `${c.id} ${t.id}`).toContain(w);
    }
  });

  it('does not read 网格 as 网络 (exclude words)', () => {
    expect(findTopics('加强网格化服务管理，建立网络社会综合防控体系', vocab.topics).some((t) => t.id === 'network-security')).toBe(false);
  });

  it('applies the reviewed overrides: add with the reason as evidence, remove what a keyword got wrong', () => {
    const added = paragraph('shanxi', 'art_18__para_2').topics.find((t) => t.id === 'dangerous-goods');
    expect(added?.source).toBe('override');
    expect(added?.evidence[0]).toContain('相关企业');
    const xj7 = paragraph('xinjiang', 'art_7__para_2').topics.map((t) => t.id);
    expect(xj7).not.toContain('national-security');
    expect(xj7).toContain('leadership-principles');
  });

  it('matches an override on an article to its paragraphs and items', () => {
    expect(coversNode('art_9', 'art_9__para_1__item_5')).toBe(true);
    expect(coversNode('art_9', 'art_90__para_1')).toBe(false);
    const overrides = { overrides: [{ regulation: 'shanxi', provision: 'art_9', add: ['schools'], remove: ['national-security'], reason: '测试' }] };
    const out = applyOverrides([{ id: 'national-security', name: '', source: 'keyword', evidence: ['国家安全'] }], 'shanxi', 'art_9__para_1__item_1', overrides, vocab.topics);
    expect(out).toEqual([{ id: 'schools', name: '校园安全', source: 'override', evidence: ['测试'] }]);
  });

  it("takes topic signals from a hook (the comparison layer's alignment groups plug in here)", () => {
    const hook: TopicHook = ({ paragraphId, text }) =>
      paragraphId === 'art_22__para_2' && text.includes('实名收寄')
        ? [
            { id: 'delivery-logistics', evidence: ['对齐组：寄递实名收寄'] },
            { id: 'no-such-topic', evidence: ['x'] },
          ]
        : [];
    const shanxi = regulations.find((r) => r.meta.id === 'shanxi')!;
    const topics = analyzeRegulation(shanxi, vocab, { topicHooks: [hook] }).paragraphs.find((p) => p.id === 'art_22__para_2')!.topics;
    expect(topics.filter((t) => t.source === 'hook')).toEqual([{ id: 'delivery-logistics', name: '寄递物流安全', source: 'hook', evidence: ['对齐组：寄递实名收寄'] }]);
    expect(topics.some((t) => t.id === 'delivery-logistics' && t.source === 'keyword')).toBe(true);
  });

  it('classifies the key fields where a trainer would look for them', () => {
    expect(paragraph('changji', 'art_15__para_2').topics.map((t) => t.id)).toContain('telecom-fraud');
    expect(paragraph('haidong', 'art_25__para_2').topics.map((t) => t.id)).toContain('delivery-logistics');
    expect(paragraph('suzhou', 'art_33__para_3').topics.map((t) => t.id)).toContain('rented-housing');
    expect(paragraph('xinjiang', 'art_26__para_3').topics.map((t) => t.id)).toContain('mental-health');
    expect(paragraph('shanxi', 'art_23__para_2').topics.map((t) => t.id)).toContain('schools');
    // guangdong 第二条 本条例适用于……; 第十九条 社会风险防控责任制; 第二十三条第二款 发现涉黑涉恶案件线索的，应当及时移交公安机关
    expect(paragraph('guangdong', 'art_2__para_1').topics.map((t) => t.id)).toEqual(['purpose-scope']);
    expect(
      paragraph('guangdong', 'art_19__para_1')
        .topics.map((t) => t.id)
        .sort(),
    ).toEqual(['responsibility-system', 'risk-monitoring']);
    expect(paragraph('guangdong', 'art_23__para_2').topics.map((t) => t.id)).toContain('crime-crackdown');
  });
});

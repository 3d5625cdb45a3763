// Expected citations follow Chinese legal citation practice, checked against the texts' structure.
import { describe, expect, it } from 'vitest';
import { citableNodes, formatCitation } from '../../src/lib/cite/citation.ts';
import { articlePath, slugOfArticleId } from '../../src/lib/cite/permalink.ts';
import { segmentByRefs } from '../../src/lib/cite/segments.ts';
import { parseCorpus } from '../helpers/corpus.ts';

const article = (id: string, label: string) => parseCorpus(id).regulation.articles.find((a) => a.label === label)!;

describe('citations', () => {
  it('names the paragraph of a multi-paragraph article: 《苏州市平安建设条例》第二十四条第二款', () => {
    const a = article('suzhou', '第二十四条');
    expect(formatCitation('苏州市平安建设条例', { article: a, paragraph: a.paragraphs[1]! })).toBe('《苏州市平安建设条例》第二十四条第二款');
  });

  it('leaves out 款 for an item of a one-paragraph article: 《新疆维吾尔自治区平安建设条例》第九条第（三）项', () => {
    const a = article('xinjiang', '第九条');
    const p = a.paragraphs[0]!;
    expect(formatCitation('新疆维吾尔自治区平安建设条例', { article: a, paragraph: p, item: p.items[2]! })).toBe('《新疆维吾尔自治区平安建设条例》第九条第（三）项');
  });

  it('keeps 款 for an item of a multi-paragraph article', () => {
    const a = article('shanxi', '第四十四条');
    const p = a.paragraphs[0]!;
    expect(formatCitation('山西省平安建设条例', { article: a, paragraph: p, item: p.items[7]! })).toBe('《山西省平安建设条例》第四十四条第一款第（八）项');
  });

  it('lists every citable node of an article once, in reading order', () => {
    const a = article('xinjiang', '第五十二条');
    const nodes = citableNodes('新疆维吾尔自治区平安建设条例', a);
    // the article, its 2 paragraphs and the 8 items of the first
    expect(nodes).toHaveLength(1 + 2 + 8);
    expect(nodes.map((n) => n.citation).slice(0, 3)).toEqual([
      '《新疆维吾尔自治区平安建设条例》第五十二条',
      '《新疆维吾尔自治区平安建设条例》第五十二条第一款',
      '《新疆维吾尔自治区平安建设条例》第五十二条第一款第（一）项',
    ]);
  });
});

describe('permalinks', () => {
  it('puts paragraph and item anchors on the article page', () => {
    expect(articlePath('suzhou', '24')).toBe('/regulations/suzhou/24/');
    expect(articlePath('suzhou', '24', 'art_24__para_2')).toBe('/regulations/suzhou/24/#art_24__para_2');
    expect(articlePath('suzhou', '24', 'art_24')).toBe('/regulations/suzhou/24/');
    expect(slugOfArticleId('art_10_1')).toBe('10-1');
  });
});

describe('text segments', () => {
  it('cuts text around references without losing a character', () => {
    const text = '违反本条例第十条规定的，依照《中华人民共和国治安管理处罚法》处罚。';
    const refs = [
      { kind: 'internal' as const, text: '本条例第十条', start: 2, end: 8, targets: ['art_10'] },
      { kind: 'external' as const, text: '《中华人民共和国治安管理处罚法》', start: 14, end: 30, targets: [], lawTitle: '中华人民共和国治安管理处罚法' },
    ];
    const segs = segmentByRefs(text, refs);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.ref).map((s) => s.text)).toEqual(['本条例第十条', '《中华人民共和国治安管理处罚法》']);
  });
});

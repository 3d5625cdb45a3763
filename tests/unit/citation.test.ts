// Expected citations follow Chinese legal citation practice, checked against the texts' structure.
import { describe, expect, it } from 'vitest';
import { articleCite, articleLabel, articleNameOf, citableNodes, citeNodeSuffix, formatCitation, itemCite, numeral, paragraphName } from '../../src/lib/cite/citation.ts';
import { articleIdOf, articleNumberOf, nodeIdOf, paragraphIdOf, paragraphNumberOf, parseNodeId } from '../../src/lib/cite/node-id.ts';
import { articleIdOfSlug, articlePath, nodePath, regulationPath, slugOfArticleId } from '../../src/lib/cite/permalink.ts';
import { segmentByRefs } from '../../src/lib/cite/segments.ts';
import { CORPUS_IDS, parseCorpus } from '../helpers/corpus.ts';
import { article as articleOf, parseFixture } from './parse-fixture-helpers.ts';

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

  it('writes 第十条之一 for an added article, and cites items of a one-paragraph article without 款', () => {
    const r = parseFixture('article-suffix');
    expect(formatCitation('江州市消防条例', { article: articleOf(r, '第十条之一') })).toBe('《江州市消防条例》第十条之一');
    expect(articleCite(10, 2)).toBe('第十条之二');
    const xinjiang9 = article('xinjiang', '第九条');
    expect(citeNodeSuffix(xinjiang9.paragraphs[0]!.items[2]!.id, 1)).toBe('第（三）项');
    expect(itemCite(3)).toBe('第（三）项');
  });

  it('cites an article its text numbers 第24条 in standard form, while a message keeps the label as written', () => {
    const a = articleOf(parseFixture('arabic-numbers'), '第24条');
    expect(articleLabel(a)).toBe('第二十四条');
    expect(formatCitation('江州市电动自行车管理条例（草案）', { article: a })).toBe('《江州市电动自行车管理条例（草案）》第二十四条');
    expect(paragraphName({ label: a.label, paragraphs: [1, 2] }, 2)).toBe('第24条第二款');
    expect(paragraphName(a, 1)).toBe('第24条');
    expect(articleNameOf('第24条第二款')).toBe('第24条');
  });

  it('reads the article back from every paragraph name of the corpus', () => {
    for (const id of CORPUS_IDS) {
      for (const a of parseCorpus(id).regulation.articles) for (const p of a.paragraphs) expect(articleNameOf(paragraphName(a, p.number))).toBe(a.label);
    }
  });

  it('writes numbers outside 1..9999 in digits instead of failing on a mistyped reference', () => {
    expect([numeral(110), numeral(101), numeral(0), numeral(10000)]).toEqual(['一百一十', '一百零一', '0', '10000']);
  });

  it('gives, from a node id alone, the same wording as the parsed article for every node of the corpus', () => {
    let checked = 0;
    for (const id of CORPUS_IDS) {
      const { regulation } = parseCorpus(id);
      const title = regulation.title?.text ?? id;
      for (const a of regulation.articles) {
        const head = formatCitation(title, { article: a });
        for (const n of citableNodes(title, a)) {
          expect(head + citeNodeSuffix(n.id, a.paragraphs.length), n.id).toBe(n.citation);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(600); // 692 nodes in the six texts: a loop that ran over nothing would pass
  });
});

describe('node ids', () => {
  it('reads the numbers back from an id', () => {
    expect(parseNodeId('art_24__para_2__item_3')).toEqual({ articleId: 'art_24', article: 24, suffix: 0, paragraph: 2, item: 3 });
    expect(parseNodeId('art_10_1')).toEqual({ articleId: 'art_10_1', article: 10, suffix: 1 });
    expect(parseNodeId('art_3__para_1__item_1__subitem_2')?.subItem).toBe(2);
    expect(parseNodeId('art_3__dup2__para_1')).toMatchObject({ articleId: 'art_3__dup2', article: 3, paragraph: 1 });
    expect([parseNodeId('chp_2'), parseNodeId('art_24__para_2__cl_1')]).toEqual([null, null]);
    expect([articleIdOf('art_24__para_2__item_3'), paragraphIdOf('art_9__para_1__item_5'), paragraphIdOf('art_9')]).toEqual(['art_24', 'art_9__para_1', 'art_9']);
    expect([articleNumberOf('art_26__para_3__cl_2'), paragraphNumberOf('art_26__para_3'), paragraphNumberOf('art_26')]).toEqual([26, 3, 1]);
  });

  it('builds every id of the corpus back from its numbers, and every article id from its URL slug', () => {
    for (const id of CORPUS_IDS) {
      for (const a of parseCorpus(id).regulation.articles) {
        expect(articleIdOfSlug(slugOfArticleId(a.id))).toBe(a.id);
        for (const n of citableNodes('', a)) {
          const p = parseNodeId(n.id)!;
          expect(nodeIdOf(p.articleId, p.paragraph, p.item, p.subItem)).toBe(n.id);
        }
      }
    }
  });

  it('puts an item named without its paragraph in the first paragraph', () => {
    expect(nodeIdOf('art_44', null, 5)).toBe('art_44__para_1__item_5');
    expect(nodeIdOf('art_52', 1, null)).toBe('art_52__para_1');
  });
});

describe('permalinks', () => {
  it('puts paragraph and item anchors on the article page', () => {
    expect(articlePath('suzhou', '24')).toBe('/regulations/suzhou/24/');
    expect(articlePath('suzhou', '24', 'art_24__para_2')).toBe('/regulations/suzhou/24/#art_24__para_2');
    expect(articlePath('suzhou', '24', 'art_24')).toBe('/regulations/suzhou/24/');
    expect(slugOfArticleId('art_10_1')).toBe('10-1');
    expect(articleIdOfSlug('10-1')).toBe('art_10_1');
  });

  it('links any node by id, and a regulation with an optional anchor', () => {
    expect(nodePath('suzhou', 'art_24__para_2')).toBe('/regulations/suzhou/24/#art_24__para_2');
    expect(nodePath('changji', 'art_10_1')).toBe('/regulations/changji/10-1/');
    expect(regulationPath('suzhou')).toBe('/regulations/suzhou/');
    expect(regulationPath('suzhou', 'chp_3')).toBe('/regulations/suzhou/#chp_3');
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

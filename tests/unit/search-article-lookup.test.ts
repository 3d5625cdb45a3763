// Article-number lookup: every form an official types maps to the one article it names.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { lookupArticle, matchRegulations, targetNodeId } from '../../src/lib/search/article-lookup.ts';
import { buildSearchDirectory, hasArticle, type SearchDirectory } from '../../src/lib/search/directory.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const corpus = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
const dir = buildSearchDirectory(corpus, []);
const target = (q: string, d: SearchDirectory = dir) => lookupArticle(q, d)?.targets.map((t) => `${t.regId}/${t.slug}`) ?? null;

describe('the search directory', () => {
  it('lists every regulation with its names, collapsing slugs 1..N to N', () => {
    expect(dir.regulations.map((r) => [r.id, r.shortName, r.articles])).toEqual([
      // 广东's text runs 第一条 to 第五十一条
      ['changji', '昌吉', 25],
      ['guangdong', '广东', 51],
      ['haidong', '海东', 51],
      ['shanxi', '山西', 46],
      ['suzhou', '苏州', 51],
      ['xinjiang', '新疆', 58],
    ]);
    expect(dir.averageArticleLength).toBeGreaterThan(50);
  });

  it('keeps the slug list when it is not 1..N', () => {
    const d = buildSearchDirectory(
      [{ meta: { id: 'x', title: '某市条例', shortName: '某市', jurisdiction: '某市' }, parsed: { articles: ['1', '2', '2-1', '3'].map((slug) => ({ slug, paragraphs: [] })) } }],
      [],
    );
    expect(d.regulations[0]!.articles).toEqual(['1', '2', '2-1', '3']);
    expect(hasArticle(d.regulations[0]!, '2-1')).toBe(true);
    expect(hasArticle(d.regulations[0]!, '4')).toBe(false);
  });
});

describe('article-number lookup', () => {
  it.each([
    ['苏州 第二十四条', 'suzhou/24'],
    ['苏州 24', 'suzhou/24'],
    ['苏州24', 'suzhou/24'],
    ['苏州 二十四', 'suzhou/24'],
    ['苏州 第２４条', 'suzhou/24'],
    ['苏州条例第二十四条', 'suzhou/24'],
    ['第二十四条 苏州', 'suzhou/24'],
    ['suzhou 24', 'suzhou/24'],
    ['新疆 52条', 'xinjiang/52'],
    ['新疆第五十二条第一款', 'xinjiang/52'],
    ['山西省平安建设条例第六条', 'shanxi/6'],
    ['《海东市平安建设条例》第四十六条', 'haidong/46'],
    ['海东 第31条', 'haidong/31'],
    ['昌吉州第15条', 'changji/15'],
    ['昌吉回族自治州 第十五条', 'changji/15'],
    ['苏州市条例 第51条', 'suzhou/51'],
    ['广东省平安建设条例第五十一条', 'guangdong/51'],
    ['广东 第46条', 'guangdong/46'],
  ])('maps %s to %s', (q, want) => {
    expect(target(q)).toEqual([want]);
  });

  it('keeps the paragraph and item a query names, for the link anchor', () => {
    const para = lookupArticle('新疆第五十二条第一款', dir)!.targets[0]!;
    expect(targetNodeId(para)).toBe('art_52__para_1');
    const item = lookupArticle('新疆 第九条第（三）项', dir)!.targets[0]!;
    expect(targetNodeId(item)).toBe('art_9__para_1__item_3');
    expect(targetNodeId(lookupArticle('山西 44条第5项', dir)!.targets[0]!)).toBe('art_44__para_1__item_5');
    // written as people type it, without 第 before 款 (苏州 24条2款 is 第二十四条第二款)
    expect(targetNodeId(lookupArticle('苏州 24条2款', dir)!.targets[0]!)).toBe('art_24__para_2');
    expect(targetNodeId(lookupArticle('苏州 第24条第2款', dir)!.targets[0]!)).toBe('art_24__para_2');
    expect(targetNodeId({ regId: 'x', slug: '10-1', paragraph: 2, item: null })).toBe('art_10_1__para_2');
  });

  it('lists the article in every regulation for a bare 第N条', () => {
    const l = lookupArticle('第二十四条', dir)!;
    expect(l.scoped).toBe(false);
    expect(l.targets.map((t) => t.regId)).toEqual(['changji', 'guangdong', 'haidong', 'shanxi', 'suzhou', 'xinjiang']);
    // 昌吉 has only 25 articles, 山西 46; 广东 runs to 第五十一条
    expect(lookupArticle('第五十条', dir)!.targets.map((t) => t.regId)).toEqual(['guangdong', 'haidong', 'suzhou', 'xinjiang']);
  });

  it.each(['网格', '苏州 网格', '一票否决', '24', '苏州 第999条', '第三章', '平安建设十', '新疆生产建设兵团', ''])('does not treat %j as an article number', (q) => {
    expect(lookupArticle(q, dir)).toBeNull();
  });

  it('prefers the longest regulation name and returns every regulation an ambiguous name fits', () => {
    const reg = (id: string, shortName: string, title: string) => ({ id, title, shortName, jurisdiction: shortName + '市', articles: 30 });
    const d: SearchDirectory = {
      version: 2,
      synonyms: [],
      averageArticleLength: 100,
      regulations: [
        reg('a', '合成1', '合成1市平安建设条例'),
        reg('b', '合成12', '合成12市平安建设条例'),
        reg('c', '苏州', '苏州市物业管理条例'),
        reg('d', '苏州', '苏州市平安建设条例'),
      ],
    };
    expect(target('合成12 3', d)).toEqual(['b/3']);
    expect(target('合成1 3', d)).toEqual(['a/3']);
    expect(target('苏州 3', d)).toEqual(['c/3', 'd/3']);
    expect(target('苏州平安 3', d)).toEqual(['d/3']);
    expect(matchRegulations('苏州网格', d)).toEqual([]);
  });
});

// Ranking: an article with the phrase beats one with the characters scattered, whatever Pagefind scored.
import { describe, expect, it } from 'vitest';
import { citeNodeSuffix } from '../../src/lib/cite/citation.ts';
import type { SearchDirectory } from '../../src/lib/search/directory.ts';
import { articleKeyOf, hitFromFragment, type PagefindFragment } from '../../src/lib/search/fragment.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { matchedPieces, rankHits } from '../../src/lib/search/rank.ts';
import { loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';

const dir: SearchDirectory = {
  version: 2,
  synonyms: loadVocabulary().synonyms.entries,
  averageArticleLength: 100,
  regulations: [{ id: 'suzhou', shortName: '苏州', jurisdiction: '苏州市', title: '苏州市平安建设条例', articles: 51 }],
};

/** A fragment as Pagefind 1.6 returns it for an article page. */
function fragment(regId: string, slug: string, paragraphs: string[], extra: PagefindFragment['anchors'] = []): PagefindFragment {
  return {
    url: `/regulations/${regId}/${slug}/`,
    content: paragraphs.join(' '),
    excerpt: '<mark>x</mark>',
    meta: { citation: `《${regId}条例》第${slug}条`, regulationId: regId, jurisdiction: `${regId}市`, chapter: '第二章　风险防范', title: `《${regId}条例》第${slug}条` },
    filters: { 地区: [regId], 施行年份: ['2023'] },
    anchors: [
      { element: 'div', id: `art_${slug}`, text: '', location: 10 },
      ...paragraphs.map((t, i) => ({ element: 'p', id: `art_${slug}__para_${i + 1}`, text: (i === 0 ? `第${slug}条　` : '') + t + '#', location: 10 + i })),
      ...extra,
    ],
  };
}
const hit = (f: PagefindFragment, score: number) => hitFromFragment(f, score)!;

describe('search hits from Pagefind fragments', () => {
  it('reads the article key, citation and provisions, without label and # marks', () => {
    const h = hit(fragment('suzhou', '24', ['建立健全社会心理疏导机制。', '卫生健康部门……']), 3);
    expect(h.key).toBe('suzhou/24');
    expect(h.citation).toBe('《suzhou条例》第24条');
    expect(h.nodes.map((n) => [n.id, n.text])).toEqual([
      ['art_24__para_1', '建立健全社会心理疏导机制。'],
      ['art_24__para_2', '卫生健康部门……'],
    ]);
    expect(articleKeyOf('/regulations/xinjiang/10-1/#art_10_1__para_2')).toBe('xinjiang/10-1');
    expect(articleKeyOf('/timeline/')).toBeNull();
  });

  it('cites the matching paragraph or item the way citations are written', () => {
    expect(citeNodeSuffix('art_24__para_2', 3)).toBe('第二款');
    expect(citeNodeSuffix('art_24__para_1', 1)).toBe('');
    expect(citeNodeSuffix('art_9__para_1__item_3', 1)).toBe('第（三）项');
    expect(citeNodeSuffix('art_44__para_1__item_8', 2)).toBe('第一款第（八）项');
  });
});

describe('ranking', () => {
  const scattered = hit(fragment('a', '1', ['网格管理，格局优化，文化建设。网络。网络。']), 9);
  const phrase = hit(fragment('b', '2', ['深化网格化社会治理。']), 2);

  it('puts the contiguous phrase before pieces of it, and drops scattered characters', () => {
    const ranked = rankHits(planQuery('网格化', dir), [scattered, phrase], 100);
    expect(ranked.map((r) => r.hit.key)).toEqual(['b/2', 'a/1']);
    expect(ranked.map((r) => r.complete)).toEqual([true, false]);
    expect(rankHits(planQuery('格化', dir), [scattered, phrase], 100).map((r) => r.hit.key)).toEqual(['b/2']);
  });

  it('keeps only exact phrases for a quoted query', () => {
    expect(rankHits(planQuery('“网格化”', dir), [scattered, phrase], 100).map((r) => r.hit.key)).toEqual(['b/2']);
  });

  it('counts a reviewed synonym as the term', () => {
    const statutory = hit(fragment('c', '3', ['防范电信网络诈骗。']), 1);
    const other = hit(fragment('d', '4', ['反对诈骗。']), 5);
    const ranked = rankHits(planQuery('反诈', dir), [other, statutory], 100);
    expect(ranked[0]!.hit.key).toBe('c/3');
    expect(ranked[0]!.needles).toContain('电信网络诈骗');
  });

  it('puts the regulation the query names first', () => {
    const suzhou = hit(fragment('suzhou', '15', ['网格员队伍。']), 1);
    const xinjiang = hit(fragment('xinjiang', '30', ['网格管理员，网格，网格。']), 8);
    expect(rankHits(planQuery('苏州 网格', dir), [xinjiang, suzhou], 100).map((r) => r.hit.key)).toEqual(['suzhou/15', 'xinjiang/30']);
  });

  it('prefers more occurrences at an equal Pagefind score, and Pagefind’s score at equal occurrences', () => {
    const once = hit(fragment('e', '1', ['网格。']), 5);
    const thrice = hit(fragment('f', '2', ['网格，网格，网格。']), 5);
    const onceHigher = hit(fragment('g', '3', ['网格。']), 6);
    expect(rankHits(planQuery('网格', dir), [once, thrice], 100).map((r) => r.hit.key)).toEqual(['f/2', 'e/1']);
    expect(rankHits(planQuery('网格', dir), [once, onceHigher], 100).map((r) => r.hit.key)).toEqual(['g/3', 'e/1']);
  });

  it('gives partial credit for the pieces of a term that does not occur whole', () => {
    expect(matchedPieces('网格员的职责', '编制网格员职责清单')).toEqual({ pieces: ['网格员', '职责'], coverage: 5 / 6 });
    const pieces = hit(fragment('suzhou', '15', ['编制网格员职责清单。']), 1);
    const none = hit(fragment('h', '1', ['加强员工管理。']), 9);
    const ranked = rankHits(planQuery('网格员的职责', dir), [none, pieces], 100);
    expect(ranked.map((r) => r.hit.key)).toEqual(['suzhou/15']);
    expect(ranked[0]!.needles).toEqual(['网格员', '职责']);
  });

  it('drops hits where nothing of the query occurs (Pagefind answers 量子纠缠态 with 态)', () => {
    expect(rankHits(planQuery('量子纠缠态', dir), [hit(fragment('i', '1', ['新业态。']), 3)], 100)).toEqual([]);
  });

  it('links an inline item rather than its paragraph, and lists other matching paragraphs', () => {
    const f = fragment(
      'xinjiang',
      '9',
      ['主要任务是：（一）打击；（五）实施网格化服务；', '网格员。'],
      [
        { element: 'span', id: 'art_9__para_1__item_1', text: '（一）打击；#', location: 12 },
        { element: 'span', id: 'art_9__para_1__item_5', text: '（五）实施网格化服务；#', location: 13 },
      ],
    );
    const [r] = rankHits(planQuery('网格', dir), [hit(f, 1)], 100);
    expect(r!.best?.id).toBe('art_9__para_1__item_5');
    expect(r!.others.map((n) => n.id)).toEqual(['art_9__para_2']);
  });
});

// Topics lent by close counterparts. Read in the texts: haidong 第三十六条 and suzhou 第四十条第二款 are the same
// rule (物业服务企业…推进平安小区建设), where suzhou writes 智慧安防小区 for haidong's 平安小区, so suzhou's 安防
// (社会治安防控体系) is haidong's subject too. suzhou 第六条 lists 矛盾纠纷调处 among the coordination body's duties;
// haidong 第六条, otherwise much the same, does not, so haidong must not get 矛盾纠纷多元化解 from it. Only xinjiang
// has 一票否决; shanxi 第四十四条 (取消评优评先资格 after 挂牌督办) resembles xinjiang 第五十四条 and must not get it.
import { describe, expect, it } from 'vitest';
import { alignmentTopicHook, substitutedText } from '../../src/lib/analyze/alignment-hook.ts';
import { analyzeWithAlignment } from '../../src/lib/analyze/analyze-with-alignment.ts';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { analyses as keywordOnly, regulations, vocab } from './analyze-helpers.ts';

const alignment = alignCorpus(regulations);
const hooked = analyzeWithAlignment(regulations, vocab, alignment);
const topicsOf = (reg: string, para: string) => hooked.find((a) => a.regulationId === reg)!.paragraphs.find((p) => p.id === para)!.topics;

describe('substitutedText', () => {
  it('finds words swapped for others at the same place', () => {
    expect(substitutedText('做好矛盾化解工作', '做好纠纷调处工作')).toEqual(['纠纷调处']);
  });

  it('ignores what the other text only adds, and rewritten passages', () => {
    expect(substitutedText('做好工作', '做好纠纷调处工作')).toEqual([]);
    expect(substitutedText('甲' + '做好全部的各项平安建设日常工作任务' + '乙', '甲' + '建立健全矛盾纠纷多元化解协调机制' + '乙')).toEqual([]);
  });
});

describe('alignment topic hook', () => {
  it('lends haidong 第三十六条 the 社会治安防控体系 topic of suzhou 第四十条第二款, naming its evidence', () => {
    const lent = topicsOf('haidong', 'art_36__para_1').find((t) => t.source === 'hook' && t.id === 'public-order-control');
    expect(lent?.evidence).toEqual(['苏州第四十条第二款（基本相同）作“安防”']);
  });

  it('does not lend a topic the counterpart only adds, nor 一票否决 to a place without it', () => {
    expect(topicsOf('haidong', 'art_6__para_1').some((t) => t.id === 'dispute-resolution')).toBe(false);
    for (const a of hooked.filter((x) => x.regulationId !== 'xinjiang')) {
      expect(a.paragraphs.filter((p) => p.topics.some((t) => t.id === 'one-vote-veto')).map((p) => `${a.regulationId}:${p.id}`)).toEqual([]);
    }
  });

  it('only adds topics: every keyword topic of the first pass is still there', () => {
    for (const a of keywordOnly) {
      const after = hooked.find((x) => x.regulationId === a.regulationId)!;
      a.paragraphs.forEach((p, i) => expect(after.paragraphs[i]!.topics.filter((t) => t.source !== 'hook')).toEqual(p.topics));
    }
  });

  it('lends nothing to a paragraph the alignment does not know', () => {
    const hook = alignmentTopicHook(alignment, keywordOnly, () => '');
    expect(hook({ regulationId: 'suzhou', articleId: 'art_999', paragraphId: 'art_999__para_1', text: '网格' })).toEqual([]);
  });
});

// Excerpts: a whole clause around the match, matches marked, and no way for text to become markup.
import { describe, expect, it } from 'vitest';
import { excerptAround, findMatches, segmentsFromMarkedHtml, type Segment } from '../../src/lib/search/excerpt.ts';

const show = (segs: Segment[]) => segs.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
// suzhou 第二十四条第一款
const P = '市、县级市（区）人民政府及其有关部门应当建立健全社会心理疏导、危机干预机制，加强社会心理问题排查化解，预防和减少个人极端事件发生。';

describe('excerpts', () => {
  it('shows the whole clause around the match, widened while it is short', () => {
    expect(show(excerptAround('第一句话很短。建立网格员制度；第三句。', ['网格'], 20))).toBe('…建立[网格]员制度；第三句。');
    expect(show(excerptAround(P, ['心理疏导']))).toBe(
      '市、县级市（区）人民政府及其有关部门应当建立健全社会[心理疏导]、危机干预机制，加强社会心理问题排查化解，预防和减少个人极端事件发生。',
    );
  });

  it('cuts a long clause around the match at a pause and says so with …', () => {
    const text = '甲'.repeat(200) + '，乙乙乙网格丙丙丙' + '丁'.repeat(200) + '。';
    const out = show(excerptAround(text, ['网格'], 60));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[网格]');
    expect(out.length).toBeLessThanOrEqual(60 + 2 + 2);
  });

  it('marks every match, the longest needle first', () => {
    expect(findMatches('反电信网络诈骗和诈骗', ['诈骗', '电信网络诈骗'])).toEqual([
      [1, 7],
      [8, 10],
    ]);
    expect(show(excerptAround('加强反电信网络诈骗宣传，防范诈骗。', ['诈骗', '电信网络诈骗']))).toBe('加强反[电信网络诈骗]宣传，防范[诈骗]。');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(show(excerptAround('第一句。第二句。', ['网格']))).toBe('第一句。第二句。');
  });
});

describe('Pagefind excerpts', () => {
  it('reads only <mark> as markup: any other tag in the text stays text', () => {
    const segs = segmentsFromMarkedHtml('社会<mark>心理</mark>疏导<img src=x onerror=alert(1)>&lt;b&gt;粗&lt;/b&gt;&amp;');
    expect(segs).toEqual([
      { text: '社会', mark: false },
      { text: '心理', mark: true },
      { text: '疏导<img src=x onerror=alert(1)><b>粗</b>&', mark: false },
    ]);
  });

  it('does not decode an entity twice', () => {
    expect(segmentsFromMarkedHtml('&amp;lt;mark&amp;gt;')).toEqual([{ text: '&lt;mark&gt;', mark: false }]);
  });
});

// Expected passages read from the texts: what two provisions visibly share.
import { describe, expect, it } from 'vitest';
import { isSharedPassage, mayShare, passagesOf, sharedPassages } from '../../src/lib/compare/evidence.ts';
import { diffForReader } from '../../src/lib/compare/diff-reader.ts';
import { normalizeForCompare } from '../../src/lib/compare/normalize.ts';
import { paragraphText } from '../../src/lib/compare/units.ts';
import { loadRegulations } from './compare-labels.ts';

const regulations = loadRegulations();
const articleText = (id: string, n: number) =>
  regulations
    .find((r) => r.meta.id === id)!
    .parsed.articles.find((a) => a.number === n)!
    .paragraphs.map(paragraphText)
    .join('');
const names = (id: string) => regulations.find((r) => r.meta.id === id)!.meta;

describe('shared passages', () => {
  it('finds 网格化服务管理 and 网格员队伍 shared by shanxi 第三十五条 and guangdong 第十条', () => {
    // read: shanxi 第三十五条 "建立健全网格化服务管理机制…加强网格员队伍建设"; guangdong 第十条 "…网格化服务管理…网格员队伍"
    const shared = sharedPassages(articleText('shanxi', 35), articleText('guangdong', 10), names('shanxi'), names('guangdong'));
    expect(shared.some((s) => s.includes('网格化服务管理'))).toBe(true);
    expect(shared).toContain('加强网格员队伍建设，发挥网格化');
  });

  it('ignores runs of fewer than four characters, punctuation and formulae every regulation repeats', () => {
    expect(isSharedPassage({ op: 'equal', text: '，应当。' })).toBe(false);
    expect(isSharedPassage({ op: 'equal', text: '各级人民政府应当建立健全' })).toBe(false);
    expect(isSharedPassage({ op: 'equal', text: '网格员队伍建设' })).toBe(true);
    expect(isSharedPassage({ op: 'delete', text: '平安建设工作' })).toBe(false);
    expect(sharedPassages('甲乙丙丁', '戊己庚辛')).toEqual([]);
  });

  it('gives at most three passages, in text order, in the second text’s words', () => {
    const a = '县级以上人民政府应当建立健全矛盾纠纷多元化解机制。';
    const b = '州、县（市）人民政府应当建立健全矛盾纠纷多元化解机制。';
    expect(sharedPassages(a, b, { jurisdiction: '山西省' }, { jurisdiction: '昌吉回族自治州' }).join('')).toContain('建立健全矛盾纠纷多元化解机制');
  });
});

describe('skipping the diff when nothing can be shared', () => {
  it('finds a passage whose normalised form is shorter than four characters but stands for more (自治区、各州（市、地）、县（市、区）)', () => {
    // the tiers of xinjiang and of haidong both normalise to one placeholder: two normalised characters in common,
    // eleven characters of substance behind them in the first text
    const a = '自治区、各州（市、地）、县（市、区）甲';
    const b = '市、县（区）甲';
    const [na, nb] = [normalizeForCompare(a, { jurisdiction: '新疆维吾尔自治区' }), normalizeForCompare(b, { jurisdiction: '海东市' })];
    expect(na.text).toBe(nb.text);
    expect(na.text.length).toBeLessThan(4);
    expect(mayShare(na, nb)).toBe(true);
    // one normalised character, 自治区各州市地县市区 behind it: shown in the second text's words
    expect(sharedPassages(a, b, { jurisdiction: '新疆维吾尔自治区' }, { jurisdiction: '海东市' })).toEqual(['市、县（区）']);
  });

  it('says nothing can be shared only when no window of four original characters is common', () => {
    expect(mayShare(normalizeForCompare('甲乙丙丁戊'), normalizeForCompare('乙丙丁戊己'))).toBe(true);
    expect(mayShare(normalizeForCompare('甲乙丙丁戊'), normalizeForCompare('乙丙丁己戊'))).toBe(false);
    expect(mayShare(normalizeForCompare('甲乙丙'), normalizeForCompare('甲乙丙'))).toBe(false);
  });

  it('gives the passages of the full diff for every pair of articles of haidong and xinjiang, both ways', () => {
    const pick = (id: string) => regulations.find((r) => r.meta.id === id)!;
    const [x, y] = [pick('haidong'), pick('xinjiang')];
    let skipped = 0;
    let pairs = 0;
    for (const [p, q] of [
      [x, y],
      [y, x],
    ] as const) {
      for (const a of p.parsed.articles)
        for (const b of q.parsed.articles) {
          const [ta, tb] = [a.paragraphs.map(paragraphText).join(''), b.paragraphs.map(paragraphText).join('')];
          const full = passagesOf(diffForReader(ta, tb, p.meta, q.meta));
          expect(sharedPassages(ta, tb, p.meta, q.meta)).toEqual(full);
          if (!mayShare(normalizeForCompare(ta, p.meta), normalizeForCompare(tb, q.meta))) skipped++;
          pairs++;
        }
    }
    // the skip is taken for some pairs (else this test would not test it)
    expect(skipped).toBeGreaterThan(pairs / 20);
  });
});

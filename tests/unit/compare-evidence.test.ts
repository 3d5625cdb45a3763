// Expected passages read from the texts: what two provisions visibly share.
import { describe, expect, it } from 'vitest';
import { isSharedPassage, sharedPassages } from '../../src/lib/compare/evidence.ts';
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

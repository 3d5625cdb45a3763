// 您是不是要找: a one-character slip read off the texts of the articles found for the term's intact half.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestCorrections, corrections, editDistance, isCorrectable, probePieces } from '../../src/lib/search/suggest.ts';
import { compactText } from '../../src/lib/search/normalize.ts';
import { ROOT } from '../helpers/corpus.ts';

const text = (id: string) => compactText(readFileSync(path.join(ROOT, 'content/regulations', id, 'text.txt'), 'utf8'));

describe('typo suggestion', () => {
  it('measures edit distance by character', () => {
    expect(editDistance('一票否绝', '一票否决')).toBe(1);
    expect(editDistance('网格员', '网格员')).toBe(0);
    expect(editDistance('网格化服务管理', '网格化管理')).toBe(2);
    expect(editDistance('网格', '网格化服务管理', 2)).toBe(3);
    expect(editDistance('𠵾格', '网格')).toBe(1);
  });

  it('looks up the halves a single slip leaves whole', () => {
    expect(probePieces('一票否绝')).toEqual(['一票', '否绝']);
    expect(probePieces('网格化服物管理')).toEqual(['网格化', '服物管理']);
    expect(probePieces('网格圆')).toEqual(['网格', '格圆']);
  });

  it('corrects only Chinese terms of three characters or more', () => {
    expect(isCorrectable('网格')).toBe(false);
    expect(isCorrectable('一票否绝')).toBe(true);
    expect(isCorrectable('gps定位')).toBe(false);
  });

  it('finds 一票否决 for 一票否绝 and 网格化服务管理 for 网格化服物管理 in the texts', () => {
    // 新疆 第五十二条 to 第五十五条 say 一票否决; 山西 第三十五条 says 网格化服务管理
    expect(bestCorrections('一票否绝', [text('xinjiang')])).toEqual(['一票否决']);
    expect(bestCorrections('网格化服物管理', [text('shanxi')])).toEqual(['网格化服务管理']);
  });

  it('offers each string about as frequent as the most frequent one', () => {
    // 网格圆 is one character from 网格员 and from 网格化; 苏州 says both (网格员 five times, 网格化 three)
    const fixes = bestCorrections('网格圆', [text('suzhou')]);
    expect(fixes).toEqual(expect.arrayContaining(['网格员', '网格化']));
    expect(bestCorrections('平安建议', ['平安建设'.repeat(8) + '平安建成'])).toEqual(['平安建设']);
  });

  it('prefers the most frequent string, and a replaced character to an added one', () => {
    const found = corrections('平安建议', ['平安建设平安建设平安建设', '平安建议书']);
    expect(found[0]).toEqual({ text: '平安建设', count: 3, sameLength: true });
  });

  it('offers nothing when no string of the texts is one edit away', () => {
    expect(bestCorrections('量子纠缠态', [text('suzhou'), text('xinjiang')])).toEqual([]);
    expect(corrections('一票否决', ['实行一票否决。'])).toEqual([]);
    // a word of the corpus is never corrected, even where another string one edit away is more frequent
    expect(bestCorrections('平安建议', ['平安建设平安建设', '提出平安建议'])).toEqual([]);
  });
});

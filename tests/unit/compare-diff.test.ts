import { describe, expect, it } from 'vitest';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { diffChars, type DiffSegment } from '../../src/lib/compare/diff.ts';
import { diffForReader } from '../../src/lib/compare/diff-reader.ts';
import { toUnits } from '../../src/lib/compare/units.ts';
import { loadRegulations } from './compare-labels.ts';

const seg = (op: DiffSegment['op'], text: string, textB?: string): DiffSegment => (textB === undefined ? { op, text } : { op, text, textB });
/** The first text back from a diff (equal + delete). */
const sideA = (d: DiffSegment[]) =>
  d
    .filter((s) => s.op !== 'insert')
    .map((s) => s.text)
    .join('');
/** The second text back from a diff (equal + insert, with textB where the form differs). */
const sideB = (d: DiffSegment[]) =>
  d
    .filter((s) => s.op !== 'delete')
    .map((s) => s.textB ?? s.text)
    .join('');

describe('diffChars', () => {
  it('shows an inserted clause as one insertion', () => {
    // changji 第十一条第二款 against haidong 第三十三条第二款's ending
    expect(diffChars('防止精神障碍患者对他人造成伤害。', '防止精神障碍患者对自身和他人造成伤害。')).toEqual([
      seg('equal', '防止精神障碍患者对'),
      seg('insert', '自身和'),
      seg('equal', '他人造成伤害。'),
    ]);
  });

  it('shows a changed actor as one deletion and one insertion', () => {
    expect(diffChars('公安机关应当加强对吸毒人员的管理。', '司法行政部门应当加强对吸毒人员的管理。')).toEqual([
      seg('delete', '公安机关'),
      seg('insert', '司法行政部门'),
      seg('equal', '应当加强对吸毒人员的管理。'),
    ]);
    // haidong 第三十二条 against suzhou 第三十四条第三款: an actor dropped, 应当 added
    expect(diffChars('公安、司法行政、卫生健康等部门按照职责分工，加强对吸毒人员的管理', '公安、卫生健康等部门应当按照职责分工，加强对吸毒人员的管理')).toEqual([
      seg('equal', '公安、'),
      seg('delete', '司法行政、'),
      seg('equal', '卫生健康等部门'),
      seg('insert', '应当'),
      seg('equal', '按照职责分工，加强对吸毒人员的管理'),
    ]);
  });

  it('keeps full-width punctuation as it is and changes only the words', () => {
    expect(diffChars('加强管理，完善制度；', '加强管理，健全制度；')).toEqual([seg('equal', '加强管理，'), seg('delete', '完善'), seg('insert', '健全'), seg('equal', '制度；')]);
  });

  it('merges one-character islands into whole phrases', () => {
    const d = diffChars('依法加强对旅馆业的管理', '依法强化对旅游业的监管');
    expect(d).toEqual([
      seg('equal', '依法'),
      seg('delete', '加强'),
      seg('insert', '强化'),
      seg('equal', '对旅'),
      seg('delete', '馆'),
      seg('insert', '游'),
      seg('equal', '业的'),
      seg('delete', '管理'),
      seg('insert', '监管'),
    ]);
  });

  it('treats a number as one piece', () => {
    expect(diffChars('本条例自2024年10月1日起施行。', '本条例自2023年1月1日起施行。')).toEqual([
      seg('equal', '本条例自'),
      seg('delete', '2024年10'),
      seg('insert', '2023年1'),
      seg('equal', '月1日起施行。'),
    ]);
  });

  it('never splits a character outside the basic plane', () => {
    const d = diffChars('第𠀀条甲', '第𠀁条甲');
    expect(d).toEqual([seg('equal', '第'), seg('delete', '𠀀'), seg('insert', '𠀁'), seg('equal', '条甲')]);
  });

  it('handles empty and identical texts', () => {
    expect(diffChars('', '')).toEqual([]);
    expect(diffChars('甲乙', '甲乙')).toEqual([seg('equal', '甲乙')]);
    expect(diffChars('', '甲')).toEqual([seg('insert', '甲')]);
    expect(diffChars('甲', '')).toEqual([seg('delete', '甲')]);
  });
});

describe('diffForReader', () => {
  it('shows jurisdiction words in the original but not as a change', () => {
    // haidong 第五条 against shanxi 第四条
    const d = diffForReader(
      '市、县（区）人民政府应当将平安建设纳入国民经济和社会发展规划以及年度计划，所需经费列入本级财政预算。',
      '县级以上人民政府应当将平安建设工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。',
      { jurisdiction: '海东市', shortName: '海东' },
      { jurisdiction: '山西省', shortName: '山西' },
    );
    expect(d).toEqual([
      seg('equal', '市、县（区）', '县级以上'),
      seg('equal', '人民政府应当将平安建设'),
      seg('insert', '工作'),
      seg('equal', '纳入国民经济和社会发展规划'),
      seg('delete', '以及年度计划'),
      seg('equal', '，所需经费列入本级财政预算。'),
    ]);
  });

  it('does not mark a half-width comma against a full-width one', () => {
    expect(diffForReader('加强管理,完善制度', '加强管理，完善制度')).toEqual([seg('equal', '加强管理'), seg('equal', ',', '，'), seg('equal', '完善制度')]);
  });
});

describe('diffs of every aligned pair of the corpus', () => {
  const regulations = loadRegulations();
  const alignment = alignCorpus(regulations);
  const texts = regulations.flatMap((r) => toUnits(r).map((u) => ({ text: u.text, meta: r.meta })));

  it('give both texts back, have no one-character island between edits, and take little time', () => {
    const started = performance.now();
    let pieces = 0;
    for (const [a, b] of alignment.links) {
      const A = texts[a]!;
      const B = texts[b]!;
      const d = diffChars(A.text, B.text);
      expect(sideA(d)).toBe(A.text);
      expect(sideB(d)).toBe(B.text);
      d.forEach((s, i) => {
        if (s.op === 'equal' && i > 0 && i < d.length - 1) expect(s.text.length, `${A.text} / ${B.text}`).toBeGreaterThan(1);
      });
      const r = diffForReader(A.text, B.text, A.meta, B.meta);
      expect(sideA(r)).toBe(A.text);
      expect(sideB(r)).toBe(B.text);
      pieces += d.length;
    }
    const ms = performance.now() - started;
    console.log(`diffed ${alignment.links.length} aligned pairs twice (${pieces} segments) in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5000);
  });
});

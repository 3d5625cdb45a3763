// Expected cells were read from the texts (which articles say what), not from the program's output.
import { describe, expect, it } from 'vitest';
import { loadMatrixQuestions } from '../../scripts/lib/load-taxonomy.ts';
import { matrixCodebook } from '../../src/lib/analyze/codebook.ts';
import { buildMatrix } from '../../src/lib/analyze/matrix.ts';
import { csvField } from '../../src/lib/export/csv.ts';
import { matrixToCsv } from '../../src/lib/analyze/matrix-csv.ts';
import { MatrixSchema } from '../../src/lib/schemas/analysis.ts';
import { analyses, regulations, vocab } from './analyze-helpers.ts';

const questions = loadMatrixQuestions();
const matrix = buildMatrix(analyses, questions, Object.fromEntries(regulations.map((r) => [r.meta.id, r.meta.shortName])));

/** `{ regulation: 'answer articles…' }` for one question, e.g. `{ shanxi: 'yes art_6' }`. */
function row(id: string): Record<string, string> {
  const r = matrix.rows.find((x) => x.id === id);
  if (!r) throw new Error(`no question ${id}`);
  return Object.fromEntries(r.cells.map((c) => [c.regulationId, [c.answer, ...c.articles].join(' ')]));
}

describe('the comparison matrix', () => {
  it('has at least 25 questions, one column per regulation, and validates', () => {
    expect(matrix.rows.length).toBeGreaterThanOrEqual(25);
    expect(matrix.jurisdictions.map((j) => j.shortName)).toEqual(['昌吉', '广东', '海东', '山西', '苏州', '新疆']);
    expect(() => MatrixSchema.parse(matrix)).not.toThrow();
    for (const r of matrix.rows) for (const c of r.cells) expect(c.answer === 'no', `${r.id} ${c.regulationId}`).toBe(c.provisions.length === 0);
  });

  it('answers 设平安建设宣传周？ yes only for shanxi, citing 第六条', () => {
    // guangdong has no 宣传周: its 第七条 and 第四十四条 ask for 宣传活动 and 公益宣传 without a week
    expect(row('publicity-week')).toEqual({ changji: 'no', guangdong: 'no', haidong: 'no', shanxi: 'yes art_6', suzhou: 'no', xinjiang: 'no' });
  });

  it('answers 规定一票否决？ and 规定申诉复查期限？ yes only for xinjiang', () => {
    // guangdong names neither 一票否决 nor 申诉; its 第四十七条 to 第五十条 are 约谈, 责令限期整改, 处分
    expect(row('one-vote-veto')).toEqual({ changji: 'no', guangdong: 'no', haidong: 'no', shanxi: 'no', suzhou: 'no', xinjiang: 'yes art_52 art_53 art_54 art_55' });
    expect(row('appeal-review-deadline')).toEqual({ changji: 'no', guangdong: 'no', haidong: 'no', shanxi: 'no', suzhou: 'no', xinjiang: 'yes art_55' });
  });

  it('answers 要求寄递实名收寄与安全查验？ from the articles on delivery', () => {
    // xinjiang 22: 实名登记 + 开包安全检查; shanxi 22: 实名收寄、收件验视、过机安检; haidong 25: 寄件人身份核查、物件安全检查;
    // suzhou 19 and changji 13 only supervise the delivery trade in general; guangdong has no article on 寄递, 快递 or 物流
    expect(row('delivery-real-name-check')).toEqual({
      changji: 'partly art_13',
      guangdong: 'no',
      haidong: 'yes art_25',
      shanxi: 'yes art_22',
      suzhou: 'partly art_19',
      xinjiang: 'yes art_22',
    });
  });

  it('answers 设见义勇为奖励？ yes for the first five, with the article that says so, and no for guangdong', () => {
    // guangdong never names 见义勇为: its only reward, 第四十六条第一款, is 表彰、奖励 for 成绩显著的单位、组织和个人
    expect(row('good-samaritan-reward')).toEqual({
      changji: 'yes art_21',
      guangdong: 'no',
      haidong: 'yes art_38',
      shanxi: 'yes art_41',
      suzhou: 'yes art_43',
      xinjiang: 'yes art_42',
    });
  });

  it('answers 规定网格员待遇保障？ yes for xinjiang (报酬、补贴、物质保障), partly where only the teams are built', () => {
    // guangdong 第十条: 加强网格员队伍建设, nothing on their pay
    expect(row('grid-worker-pay')).toEqual({
      changji: 'no',
      guangdong: 'partly art_10',
      haidong: 'no',
      shanxi: 'partly art_35',
      suzhou: 'partly art_15 art_18',
      xinjiang: 'yes art_8 art_30',
    });
  });

  it('tells 不得评优评先 (shanxi 44, xinjiang 49 and 54) from 不得评为优秀等次 (haidong 47)', () => {
    // guangdong 第四十六条第二款 only says 追究相关单位、组织和个人的责任
    expect(row('honours-and-promotion-bans')).toEqual({
      changji: 'no',
      guangdong: 'no',
      haidong: 'partly art_47',
      shanxi: 'yes art_44',
      suzhou: 'no',
      xinjiang: 'yes art_49 art_54',
    });
  });

  it('answers 规定处分和刑事责任？ partly for haidong, whose 第五十条 says 依法予以处理 but not 处分', () => {
    // guangdong 第四十九条第二款: 依法给予处分；构成犯罪的，依法追究刑事责任
    expect(row('disciplinary-and-criminal')).toEqual({
      changji: 'yes art_23',
      guangdong: 'yes art_49',
      haidong: 'partly art_50',
      shanxi: 'yes art_45',
      suzhou: 'yes art_50',
      xinjiang: 'yes art_56',
    });
  });

  it('answers 要求学校聘任法治副校长？ for shanxi alone and 规定人大常委会对平安建设的监督？ for suzhou and guangdong', () => {
    expect(row('rule-of-law-vice-principal').shanxi).toBe('yes art_23');
    expect(Object.values(row('rule-of-law-vice-principal')).filter((v) => v !== 'no')).toHaveLength(1);
    expect(row('congress-oversight').suzhou).toBe('yes art_44');
    // guangdong 第四十八条第一款: 县级以上人民代表大会常务委员会应当加强对平安建设工作的监督
    expect(row('congress-oversight').guangdong).toBe('yes art_48');
    expect(Object.values(row('congress-oversight')).filter((v) => v !== 'no')).toHaveLength(2);
  });

  it('serialises to CSV with one row per question and two columns per jurisdiction', () => {
    const csv = matrixToCsv(matrix);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(matrix.rows.length + 1);
    expect(lines[0]).toBe(
      'question_id,question,group,昌吉,昌吉_provisions,广东,广东_provisions,海东,海东_provisions,山西,山西_provisions,苏州,苏州_provisions,新疆,新疆_provisions',
    );
    expect(lines.find((l) => l.startsWith('publicity-week,'))).toBe('publicity-week,设平安建设宣传周？,participation,no,,no,,no,,yes,art_6__para_1,no,,no,');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('规定一票否决？')).toBe('规定一票否决？');
  });

  it('has a codebook that says how every answer is derived', () => {
    const book = matrixCodebook(questions, vocab);
    for (const q of questions.questions) expect(book).toContain(`| ${q.id} | ${q.question} |`);
    expect(book).toContain('| publicity-week | 设平安建设宣传周？ | 社会参与 | 同一分句中出现“宣传周” | — |');
    expect(book).toContain('后果包括一票否决');
    expect(book).toContain('同一分句中出现“申诉”，且出现“复查”；含时限（期限）');
  });
});

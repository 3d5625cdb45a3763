import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/lib/compare/features.ts';
import { PLACEHOLDER } from '../../src/lib/compare/jurisdiction-words.ts';
import { foldWidth, normalizeForCompare } from '../../src/lib/compare/normalize.ts';

const haidong = { jurisdiction: '海东市', shortName: '海东' };
const changji = { jurisdiction: '昌吉回族自治州', shortName: '昌吉' };
const xinjiang = { jurisdiction: '新疆维吾尔自治区', shortName: '新疆' };
const suzhou = { jurisdiction: '苏州市', shortName: '苏州' };
const shanxi = { jurisdiction: '山西省', shortName: '山西' };
const { jurisdiction: J, levels: L, county: C, township: T } = PLACEHOLDER;

describe('normalizeForCompare', () => {
  it('folds full-width letters and digits to half-width and half-width punctuation to Chinese forms', () => {
    expect(normalizeForCompare('第１２条ＡＢ，(一)；:').text).toBe('第12条AB，（一）；：');
    expect(normalizeForCompare('加强管理,完善制度;').text).toBe(normalizeForCompare('加强管理，完善制度；').text);
    expect(foldWidth('\u3000')).toBe('');
  });

  it('drops whitespace, wherever a text puts it', () => {
    expect(normalizeForCompare(' 基层法律服务 工作者').text).toBe('基层法律服务工作者');
  });

  it('makes the tiers of local government one word, whatever the jurisdiction calls them', () => {
    const forms = [
      ['市、县（区）人民政府', haidong],
      ['州、县（市）人民政府', changji],
      ['县级以上人民政府', shanxi],
      ['市、县级市（区）人民政府', suzhou],
      ['各级人民政府', xinjiang],
      ['本市各级人民政府', suzhou],
      ['市、县(区)人民政府', haidong],
    ] as const;
    for (const [text, names] of forms) expect(normalizeForCompare(text, names).text).toBe(`${L}人民政府`);
  });

  it('makes county and township tiers one word each', () => {
    expect(normalizeForCompare('县（市、区）、乡镇（街道）').text).toBe(`${C}、${T}`);
    expect(normalizeForCompare('县（市）、乡（镇）').text).toBe(`${C}、${T}`);
    expect(normalizeForCompare('镇人民政府、街道办事处').text).toBe(`${T}人民政府、街道办事处`);
    expect(normalizeForCompare('乡镇人民政府、街道办事处（片区管委会）').text).toBe(`${T}人民政府、街道办事处`);
    // 城镇 is not a township tier
    expect(normalizeForCompare('城镇人民政府').text).toBe('城镇人民政府');
  });

  it("makes a regulation's own names and 本市/本省/自治区 one word, so the first articles agree", () => {
    expect(normalizeForCompare('推进平安海东建设，结合本市实际', haidong).text).toBe(`推进平安${J}建设，结合${J}实际`);
    expect(normalizeForCompare('推进平安新疆建设，结合自治区实际', xinjiang).text).toBe(`推进平安${J}建设，结合${J}实际`);
    expect(normalizeForCompare('本省行政区域内开展平安建设', shanxi).text).toBe(`${J}行政区域内开展平安建设`);
    expect(normalizeForCompare('按照国家和省有关规定', shanxi).text).toBe(normalizeForCompare('按照国家和自治区有关规定', xinjiang).text);
  });

  it("leaves other jurisdictions' names alone", () => {
    // changji 第七条 names 新疆生产建设兵团: only changji's own names are rewritten in changji's text
    expect(normalizeForCompare('新疆生产建设兵团第六师', changji).text).toBe('新疆生产建设兵团第六师');
  });

  it('makes two spellings of one name the same', () => {
    expect(normalizeForCompare('村（居）民委员会').text).toBe('村民委员会、居民委员会');
    expect(normalizeForCompare('工会、共青团、妇联').text).toBe('工会、共产主义青年团、妇女联合会');
    expect(normalizeForCompare('法院、检察院').text).toBe(normalizeForCompare('人民法院、人民检察院').text);
    expect(normalizeForCompare('市场监管部门').text).toBe('市场监督管理部门');
  });

  it('knows where every normalised character came from', () => {
    const raw = '市、县（区） 人民政府，应当';
    const n = normalizeForCompare(raw, haidong);
    expect(n.text).toBe(`${L}人民政府，应当`);
    expect(n.starts).toHaveLength(n.text.length + 1);
    expect(raw.slice(n.starts[0], n.starts[1])).toBe('市、县（区） ');
    expect(raw.slice(n.starts[1], n.starts[5])).toBe('人民政府');
    expect(n.starts.at(-1)).toBe(raw.length);
  });
});

describe('extractFeatures', () => {
  it('takes bigrams inside runs and marks those inside boilerplate and actors', () => {
    expect(extractFeatures('应当加强管理。')).toEqual(['#应当', '#当加', '#加强', '强管', '管理']);
    // 民政 inside 人民政府 is not the civil-affairs department
    expect(extractFeatures('人民政府')).toEqual(['#人民', '#民政', '#政府']);
    expect(extractFeatures('民政部门')).toEqual(['@民政', '@政部', '@部门']);
  });

  it('never makes a bigram across punctuation or a placeholder', () => {
    expect(extractFeatures(`调解，仲裁${L}复议`)).toEqual(['调解', '仲裁', '复议']);
  });
});

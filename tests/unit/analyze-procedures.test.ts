// Expected steps, limits and reports were read in the texts: xinjiang 第五十五条 (提出申诉 … 在接到申诉的30日内复查完毕
// … 予以答复 … 作出最后决定), xinjiang 第二十二条第二款 (及时向公安机关报告), haidong 第十条第二款 (及时报告, no recipient).
import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/lib/analyze/hit-excerpt.ts';
import { isTimeLimit, listProcedures, listReports, listTimings } from '../../src/lib/analyze/procedure-index.ts';
import { findCiteTarget } from '../../src/lib/cite/cite-node.ts';
import { citeWithinArticle } from '../../src/lib/cite/citation.ts';
import { analysisOf, regulations } from './analyze-helpers.ts';

const xinjiang = regulations.find((r) => r.meta.id === 'xinjiang')!.parsed.articles;

describe('procedures', () => {
  it('gives xinjiang 第五十五条 its steps in the order of the text', () => {
    const appeal = listProcedures(analysisOf('xinjiang')).find((p) => p.articleId === 'art_55');
    expect(appeal?.name).toBe('一票否决的申诉与复查');
    expect(appeal!.steps.map((s) => `${s.name}:${s.text}`)).toEqual(['申诉:提出申诉', '复查:复查', '答复:答复', '最后决定:最后决定']);
    expect(new Set(appeal!.steps.map((s) => s.sourceId))).toEqual(new Set(['art_55__para_1']));
  });

  it('keeps the first step when the words that name the procedure are also its first step (suzhou 第十四条, 第十五条)', () => {
    // suzhou 第十四条第二款: 推进风险采集、专题研判、分流处置、责任追究等工作;
    // 第十五条第一款: 通过发现受理、分流处置、跟踪督办、反馈评价等工作流程
    const suzhou = listProcedures(analysisOf('suzhou'));
    expect(suzhou.find((p) => p.articleId === 'art_14')!.steps.map((s) => s.text)).toEqual(['风险采集', '专题研判', '分流处置', '责任追究']);
    expect(suzhou.find((p) => p.articleId === 'art_15')!.steps.map((s) => s.text)).toEqual(['发现受理', '分流处置', '跟踪督办', '反馈评价']);
  });

  it('cites each step from the paragraph that states the procedure (suzhou 第九条第三款, not the 集中受理 of 第二款)', () => {
    // suzhou 第九条第三款: 对社会矛盾纠纷和群众诉求进行在线受理、流转、办理、反馈和评价
    const online = listProcedures(analysisOf('suzhou')).find((p) => p.articleId === 'art_9')!;
    expect(online.steps.map((s) => `${s.text}@${s.sourceId}`)).toEqual(['受理', '流转', '办理', '反馈', '评价'].map((t) => `${t}@art_9__para_3`));
  });

  it('reads xinjiang 第三十二条 as 提出建议 → 研究办理 → 反馈 (its 办理案件中 is the recommender at work, not a step)', () => {
    // 监察委员会…办理案件中发现…隐患和问题，应当…提出监察建议…，被建议单位应当及时研究办理并反馈
    const rec = listProcedures(analysisOf('xinjiang')).find((p) => p.articleId === 'art_32');
    expect(rec!.steps.map((s) => `${s.name}:${s.text}`)).toEqual(['提出建议:提出监察建议、司法建议、检察建议、公安提示', '研究办理:研究办理', '反馈答复:反馈']);
  });
});

describe('time limits', () => {
  it('lists limits before rhythms and dates, with the words around them', () => {
    const timings = listTimings(analysisOf('xinjiang'));
    const firstRhythm = timings.findIndex((t) => !isTimeLimit(t.kind));
    expect(timings.slice(firstRhythm).every((t) => !isTimeLimit(t.kind))).toBe(true);
    const thirty = timings.find((t) => t.excerpt.match === '在接到申诉的30日内');
    expect(thirty).toMatchObject({ sourceId: 'art_55__para_1', kind: 'deadline', value: 30, unit: '日' });
    expect(thirty!.excerpt.after.startsWith('复查完毕')).toBe(true);
    // 第五十五条 also suspends the decision 复查期间; 第五十八条 sets the date in force, 2022年1月1日
    expect(timings.some((t) => t.sourceId === 'art_55__para_1' && t.excerpt.match === '复查期间' && t.kind === 'period')).toBe(true);
    expect(timings.some((t) => t.sourceId === 'art_58__para_1' && t.excerpt.match === '2022年1月1日' && t.kind === 'date')).toBe(true);
  });

  it('reads 每年年底 as one date, not as 每年 and 年底', () => {
    // xinjiang 第四十四条第一款: …每年年底可获得一次性奖励
    const there = listTimings(analysisOf('xinjiang')).filter((t) => t.excerpt.match.includes('年底'));
    expect(there.map((t) => `${t.excerpt.match}:${t.kind}`)).toEqual(['每年年底:date']);
    expect(listTimings(analysisOf('xinjiang')).some((t) => t.excerpt.match === '每年' && t.excerpt.after.startsWith('年底'))).toBe(false);
  });

  it('keeps one entry for words repeated in one provision', () => {
    // shanxi 第四十四条第二款 says 在整改期限内 twice
    expect(listTimings(analysisOf('shanxi')).filter((t) => t.sourceId === 'art_44__para_2')).toHaveLength(1);
  });

  it('cuts an excerpt around the match and marks the cuts', () => {
    expect(excerptAround('受理申诉的机构应当在接到申诉的30日内复查完毕', 9, 10, 4)).toEqual({ before: '…机构应当', match: '在接到申诉的30日内', after: '复查完毕' });
    expect(excerptAround('立即报告', 0, 2)).toEqual({ before: '', match: '立即', after: '报告' });
  });
});

describe('reporting duties', () => {
  it('says who reports to whom', () => {
    const reports = listReports(analysisOf('xinjiang'));
    expect(reports.find((r) => r.sourceId === 'art_22__para_2')).toMatchObject({ recipients: ['公安机关'], text: '向公安机关报告' });
    expect(citeWithinArticle(findCiteTarget(xinjiang, 'art_22__para_2')!)).toBe('第二十二条第二款');
    // xinjiang 第十一条第一款第（五）项: 向本级人民政府和上级平安建设组织协调机构报告
    expect(reports.find((r) => r.sourceId === 'art_11__para_1__item_5')?.recipients).toHaveLength(2);
  });

  it('leaves the recipient empty when the text names none', () => {
    expect(listReports(analysisOf('haidong')).find((r) => r.sourceId === 'art_10__para_2')?.recipients).toEqual([]);
  });
});

describe('citing a node', () => {
  it('finds the item of a condition list and cites it with its paragraph', () => {
    const target = findCiteTarget(xinjiang, 'art_52__para_1__item_6');
    expect(target?.item?.label).toBe('（六）');
    expect(citeWithinArticle(target!)).toBe('第五十二条第一款第（六）项');
    expect(findCiteTarget(xinjiang, 'art_999__para_1')).toBeUndefined();
  });
});

// What the draft report says to a reader, on screen and in Word (both built from these functions): citations, not
// node ids; a pasted draft named as such; one line per kind of clause. Expected values read in public/draft/sample.txt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatrixQuestions, loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';
import { checkDraftStructure } from '../../src/lib/draft/check-draft.ts';
import { compareDraft, type DraftCorpus } from '../../src/lib/draft/compare-draft.ts';
import { clauseLines, draftReportDoc, PASTED_DRAFT, sourceName } from '../../src/lib/draft/draft-report-doc.ts';
import { ROOT } from '../helpers/corpus.ts';
import { loadRegulations } from './compare-labels.ts';
import { buildLabels } from '../../scripts/lib/alignment-labels-fs.ts';
import { labelsToJson } from '../../src/lib/compare/reference-labels.ts';
import { BUILD_LABELS_DIR } from '../../src/data/paths-fs.ts';

const corpus: DraftCorpus = {
  regulations: loadRegulations().map((r) => ({ meta: r.meta, parsed: { articles: r.parsed.articles, facts: r.parsed.facts } })),
  vocabulary: loadVocabulary(),
  matrixQuestions: loadMatrixQuestions(),
  topicCoverage: {},
};
const sample = readFileSync(path.join(ROOT, 'public/draft/sample.txt'), 'utf8');
const result = checkDraftStructure(sample, PASTED_DRAFT);
const comparison = compareDraft(result, corpus);
const doc = draftReportDoc(PASTED_DRAFT, result, comparison, 'http://127.0.0.1', '2026年12月4日');
const text = JSON.stringify(doc);

describe('the draft report', () => {
  it('cites the draft in Chinese numerals, never by node id', () => {
    expect(text).not.toMatch(/art_\d+/);
    // read: 第八条 is the delivery clause (实名收寄), 第九条 lists 约谈、通报、挂牌督办
    const delivery = comparison.matrix.find((r) => r.question.includes('寄递'));
    expect(delivery?.provisions).toContain('第八条');
    expect(comparison.matrix.flatMap((r) => r.provisions).every((p) => /^第[一二三四五六七八九十]+条/.test(p))).toBe(true);
  });

  it('names a pasted draft as pasted text and its matrix by the page’s name, not a path', () => {
    expect(doc.source[0]).toBe('草案：粘贴的文字');
    expect(sourceName('示范市条例.docx')).toBe('示范市条例.docx');
    expect(text).not.toContain('草案：草案');
    expect(text).not.toContain('/matrix/');
  });

  it('says a kind of clause once, with how many clauses it stands for', () => {
    const c = { modality: '义务', actors: ['公安机关'], sanctions: [], timings: [] };
    expect(clauseLines([c, c, c, { ...c, actors: ['电信企业'] }])).toEqual(['义务；责任主体：公安机关（3 处）', '义务；责任主体：电信企业']);
    for (const block of doc.blocks) if (block.kind === 'paragraph') expect(block.runs.map((r) => r.text).join('')).not.toMatch(/（1 处）/);
  });

  it('says under each counterpart which labelled articles voted for it, each linked to its page', () => {
    const labels = labelsToJson(buildLabels(loadRegulations(), BUILD_LABELS_DIR).reference!);
    const voted = compareDraft(result, { ...corpus, labels });
    const report = draftReportDoc(PASTED_DRAFT, result, voted, 'http://127.0.0.1', '2026年12月4日');
    // the counterparts' lists (each after 其他地区的相应规定：), in the order of the articles
    const items = report.blocks.flatMap((b, i) => {
      const before = report.blocks[i - 1];
      return b.kind === 'list' && before?.kind === 'paragraph' && before.runs.map((r) => r.text).join('') === '其他地区的相应规定：' ? b.items : [];
    });
    const matches = voted.articles.flatMap((a) => a.matches);
    expect(items.length).toBe(matches.length);
    expect(matches.filter((m) => m.votes?.list.length).length).toBeGreaterThan(0);
    for (const [i, m] of matches.entries()) {
      const item = items[i]!;
      expect(item.slice(0, 2)).toEqual([
        { text: `${m.levelName}：` },
        { text: `《${m.title}》${m.articleLabel}`, href: `http://127.0.0.1/regulations/${m.regId}/${m.articleSlug}/` },
      ]);
      const words = item.map((r) => r.text).join('');
      expect(words).toContain(` 标注印证：其余 5 部已人工标注的条例中，${m.votes!.regulations ? `${m.votes!.regulations} 部印证这一对应——` : '没有一部印证这一对应。'}`);
      for (const v of m.votes!.list) expect(item).toContainEqual({ text: v.name, href: `http://127.0.0.1/regulations/${v.regId}/${v.articleSlug}/` });
    }
  });

  it('says of an article with no counterpart that none was found, not that the corpus has none', () => {
    // the report of an article left with no counterpart at all (the comparison gives even a lone article on lunar
    // observatories some 可能相关 hints, so its list is emptied here)
    const lonely = checkDraftStructure('第一条　本市应当建设月球观测站，每年向天文爱好者开放观测望远镜。', PASTED_DRAFT);
    const compared = compareDraft(lonely, corpus);
    const report = { ...compared, articles: compared.articles.map((a) => ({ ...a, matches: [] })) };
    const words = JSON.stringify(draftReportDoc(PASTED_DRAFT, lonely, report, 'http://127.0.0.1', '2026年12月4日'));
    expect(words).toContain('语料中未找到相应规定（程序没有找到，不等于一定没有）');
    expect(words).not.toContain('没有相应规定');
  });
});

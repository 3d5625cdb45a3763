// The draft checker's report as a document (the handout's model), so that it can be saved as a Word file with
// headings and links, built in the browser like everything else about a draft.
import type { HandoutDoc, DocBlock, DocRun } from '../handout/handout-doc.ts';
import type { DraftStructure } from './check-draft.ts';
import type { DraftComparison, DraftMatch } from './compare-draft.ts';
import { voteClause, votesLead } from '../compare/label-witnesses.ts';

const SEVERITY = { error: '错误', warning: '提示', info: '说明' } as const;

/** Where the matrix questions come from, said as a reader would find them. */
export const MATRIX_NOTE = '问题与本站“政策要点矩阵”页相同，各地条例的回答可在该页对照。';

/** The name the checker gives a pasted draft (it has no file name). */
export const PASTED_DRAFT = '草案';

/**
 * How the report names the draft's source: the file's name, or that the text was pasted (not 草案：草案).
 * @example sourceName('草案') // → '粘贴的文字'
 */
export function sourceName(fileName: string): string {
  return fileName === PASTED_DRAFT ? '粘贴的文字' : fileName;
}

/**
 * One line per kind of clause of an article (义务；责任主体：…), the same line said once with how many clauses it
 * stands for, so that an article of six like clauses does not repeat itself six times.
 * @example clauseLines([c, c]) // → ['义务；责任主体：县级人民政府（2 处）']
 */
export function clauseLines(clauses: ReadonlyArray<{ modality: string; actors: string[]; sanctions: string[]; timings: string[] }>): string[] {
  const counts = new Map<string, number>();
  for (const c of clauses) {
    const parts = [
      c.modality,
      c.actors.length ? `责任主体：${c.actors.join('、')}` : '',
      c.sanctions.length ? `后果：${c.sanctions.join('、')}` : '',
      c.timings.length ? `期限：${c.timings.join('、')}` : '',
    ];
    const line = parts.filter(Boolean).join('；');
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (n > 1 ? `${line}（${n} 处）` : line));
}
const ANSWERS = { yes: '是', partly: '部分', no: '否' } as const;

/** 标注印证 after a counterpart, worded as on the article pages: which labelled articles voted for it, each linked. */
function votesRuns(votes: NonNullable<DraftMatch['votes']>, otherName: string, origin: string): DocRun[] {
  const runs: DocRun[] = [{ text: ` ${votesLead(votes)}` }];
  votes.list.forEach((v, i) => {
    runs.push(
      { text: i > 0 ? '；' : '' },
      { text: v.name, href: `${origin}/regulations/${v.regId}/${v.articleSlug}/` },
      { text: voteClause(v.mostLike, '本条', otherName, v.regName) },
    );
  });
  if (votes.list.length) runs.push({ text: '。' });
  return runs;
}

/**
 * The report: diagnostics, coverage gaps, each article with its analysis and corresponding provisions
 * (links made absolute against `origin`), and the matrix answers. `checkedAt` is shown as given.
 */
export function draftReportDoc(fileName: string, result: DraftStructure, comparison: DraftComparison | null, origin: string, checkedAt: string): HandoutDoc {
  const blocks: DocBlock[] = [];
  const para = (text: string, style?: 'summary'): DocBlock => ({ kind: 'paragraph', runs: [{ text }], ...(style ? { style } : {}) });

  blocks.push({ kind: 'heading', level: 2, text: '结构诊断' });
  const diags = result.diagnostics.filter((d) => d.severity !== 'info');
  if (diags.length === 0) blocks.push(para('未发现结构问题：条号、章节号、项号连续，内部引用都能找到。'));
  else
    blocks.push({
      kind: 'list',
      ordered: false,
      items: diags.map((d) => [{ text: `${SEVERITY[d.severity]} 第 ${d.line} 行：`, bold: true }, { text: `${d.reason} [${d.ruleId}]` }]),
    });

  if (comparison) {
    blocks.push({ kind: 'heading', level: 2, text: '覆盖情况' });
    if (comparison.gaps.length === 0) blocks.push(para('多数地区规定的主题，草案都已涉及。'));
    else
      blocks.push({
        kind: 'list',
        ordered: false,
        items: comparison.gaps.map((g) => [{ text: `${g.of} 个地区中有 ${g.coveredBy.length} 个规定了“${g.name}”（${g.coveredBy.join('、')}），草案未涉及。` }]),
      });
  }

  blocks.push({ kind: 'heading', level: 2, text: `逐条对照（共 ${result.articles.length} 条）` });
  const byId = new Map(comparison?.articles.map((a) => [a.id, a]) ?? []);
  for (const { article, text } of result.articles) {
    blocks.push({ kind: 'heading', level: 3, text: article.label });
    for (const line of text.split('\n')) blocks.push(para(line, 'summary'));
    const info = byId.get(article.id);
    if (!info) continue;
    if (info.topics.length) blocks.push(para(`主题：${info.topics.map((t) => t.name).join('、')}`));
    for (const line of clauseLines(info.clauses)) blocks.push(para(line));
    if (info.matches.length === 0) blocks.push(para('语料中未找到相应规定（程序没有找到，不等于一定没有）。'));
    else {
      const items: DocRun[][] = info.matches.map((m) => [
        { text: `${m.levelName}：` },
        { text: `《${m.title}》${m.articleLabel}`, href: `${origin}/regulations/${m.regId}/${m.articleSlug}/` },
        { text: `（${m.regLevel}）` },
        ...(m.votes ? votesRuns(m.votes, `${m.shortName}${m.articleLabel}`, origin) : []),
      ]);
      blocks.push(para('其他地区的相应规定：'), { kind: 'list', ordered: false, items });
    }
  }

  if (comparison) {
    blocks.push({ kind: 'heading', level: 2, text: '政策要点' });
    blocks.push(para(MATRIX_NOTE));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: comparison.matrix.map((row) => [
        { text: `${row.question} `, bold: true },
        { text: ANSWERS[row.answer] + (row.provisions.length ? `（${row.provisions.join('、')}）` : '') },
      ]),
    });
  }
  return {
    title: '草案检查报告',
    source: [`草案：${sourceName(fileName)}`, `检查时间：${checkedAt}；检查在浏览器中完成，草案未发送到任何地方。对照的法规来自 ${origin}。`],
    blocks,
  };
}

// The draft checker island: everything runs here, in the reader's browser. The draft text is never sent
// anywhere — the only requests are for the site's public files.
import { checkDraftStructure, type DraftStructure } from '../lib/draft/check-draft.ts';
import { compareDraft, diffMatch, type DraftComparison, type DraftCorpus, type DraftMatch } from '../lib/draft/compare-draft.ts';
import type { DiffSegment } from '../lib/compare/diff.ts';
import { readDraftFile } from '../lib/draft/read-draft-file.ts';
import type { Diagnostic } from '../lib/schemas/diagnostic.ts';
import { clauseLines, draftReportDoc, MATRIX_NOTE } from '../lib/draft/draft-report-doc.ts';
import { formatBuiltAt } from '../lib/handout/text-source.ts';
import { downloadDocx } from './docx-download.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('draft-form');
const textarea = $<HTMLTextAreaElement>('draft-text');
const fileInput = $<HTMLInputElement>('draft-file');
const status = $<HTMLParagraphElement>('draft-status');
const report = $<HTMLElement>('draft-report');
const body = $<HTMLDivElement>('report-body');
let fileName = '草案';

/** Create an element with text content and optional class. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function section(title: string, id: string): HTMLElement {
  const s = el('section');
  s.id = id;
  s.append(el('h3', title));
  return s;
}

function renderDiagnostics(diags: readonly Diagnostic[]): HTMLElement {
  const s = section('结构诊断', 'report-diagnostics');
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  s.append(el('p', errors + warnings === 0 ? '未发现结构问题：条号、章节号、项号连续，内部引用都能找到。' : `发现 ${errors} 个错误、${warnings} 个提示。点击行号可跳到草案原文的对应行。`));
  const list = el('ul', undefined, 'diag-list');
  for (const d of diags) {
    const li = el('li', undefined, d.severity);
    const link = el('a', `第 ${d.line} 行`);
    link.href = `#draft-line-${d.line}`;
    li.append(el('strong', d.severity === 'error' ? '错误' : d.severity === 'warning' ? '提示' : '说明'), ' ', link, '：', d.reason, el('span', `[${d.ruleId}]`, 'diag-rule'));
    list.append(li);
  }
  s.append(list);
  return s;
}

function renderLines(result: DraftStructure): HTMLElement {
  const s = section('草案原文', 'report-lines');
  const marks = new Map<number, string>();
  for (const d of result.diagnostics) if (d.severity === 'error' || !marks.has(d.line)) marks.set(d.line, d.severity);
  const list = el('ol', undefined, 'draft-lines');
  result.lines.forEach((line, i) => {
    const li = el('li', undefined, marks.has(i + 1) ? `has-${marks.get(i + 1)}` : undefined);
    li.id = `draft-line-${i + 1}`;
    li.append(el('span', String(i + 1), 'ln'), el('span', line));
    list.append(li);
  });
  s.append(list);
  return s;
}

let corpusPromise: Promise<DraftCorpus> | null = null;
/** The public corpus data, fetched once (a GET of a static file: nothing about the draft is in the request). */
function loadCorpus(): Promise<DraftCorpus> {
  corpusPromise ??= fetch('/draft/corpus.json').then((r) => r.json() as Promise<DraftCorpus>);
  return corpusPromise;
}

function renderDiff(segments: readonly DiffSegment[]): HTMLElement {
  const p = el('p', undefined, 'diff');
  for (const seg of segments) p.append(seg.op === 'equal' ? seg.text : el(seg.op === 'insert' ? 'ins' : 'del', seg.text));
  return p;
}

function renderMatch(m: DraftMatch): HTMLElement {
  const li = el('li');
  const link = el('a', `《${m.title}》${m.articleLabel}`);
  link.href = `/regulations/${m.regId}/${m.articleSlug}/`;
  li.append(el('span', m.levelName, `level-tag level-${m.level}`), link, el('span', `（${m.regLevel}）`, 'muted'));
  const details = el('details');
  details.append(el('summary', '逐字差异（删除线为草案有而该条没有，底色为该条有而草案没有）'));
  // diffs are computed when opened: a 60-article draft has hundreds of them
  details.addEventListener('toggle', () => details.open && details.childElementCount === 1 && details.append(renderDiff(diffMatch(m))), { once: false });
  li.append(details);
  return li;
}

function chips(items: string[]): HTMLElement {
  const ul = el('ul', undefined, 'chips');
  for (const i of items) ul.append(el('li', i));
  return ul;
}

function renderArticles(result: DraftStructure, comparison: DraftComparison | null): HTMLElement {
  const s = section(`逐条对照（共 ${result.articles.length} 条）`, 'report-articles');
  const byId = new Map(comparison?.articles.map((a) => [a.id, a]) ?? []);
  for (const { article, text } of result.articles) {
    const box = el('article', undefined, 'draft-article');
    box.id = `draft-${article.id}`;
    box.append(el('h4', article.label), el('p', text, 'draft-text'));
    const info = byId.get(article.id);
    if (info) {
      if (info.topics.length) box.append(el('p', '主题：', 'muted'), chips(info.topics.map((t) => `${t.name}（依据：${t.evidence.join('、')}）`)));
      for (const line of clauseLines(info.clauses)) box.append(el('p', line, 'clause-line'));
      if (info.matches.length === 0) box.append(el('p', '语料中没有相应规定。', 'muted'));
      else {
        const list = el('ul', undefined, 'match-list');
        info.matches.forEach((m) => list.append(renderMatch(m)));
        box.append(el('p', '其他地区的相应规定：', 'muted'), list);
      }
    }
    s.append(box);
  }
  return s;
}

function renderCoverage(comparison: DraftComparison): HTMLElement {
  const s = section('覆盖情况', 'report-coverage');
  if (comparison.gaps.length === 0) s.append(el('p', '多数地区规定的主题，草案都已涉及。'));
  else {
    const ul = el('ul');
    for (const g of comparison.gaps) ul.append(el('li', `${g.of} 个地区中有 ${g.coveredBy.length} 个规定了“${g.name}”（${g.coveredBy.join('、')}），草案未涉及。`));
    s.append(ul);
  }
  return s;
}

const ANSWERS = { yes: '是', partly: '部分', no: '否' } as const;
function renderMatrix(comparison: DraftComparison): HTMLElement {
  const s = section('政策要点', 'report-matrix');
  s.append(el('p', MATRIX_NOTE, 'muted'));
  const wrap = el('div', undefined, 'table-scroll');
  const table = el('table');
  const head = el('tr');
  head.append(el('th', '问题'), el('th', '草案'), el('th', '出处'));
  table.append(el('thead'), el('tbody'));
  table.tHead!.append(head);
  for (const row of comparison.matrix) {
    const tr = el('tr');
    tr.append(el('td', row.question), el('td', ANSWERS[row.answer]), el('td', row.provisions.join('、')));
    table.tBodies[0]!.append(tr);
  }
  wrap.append(table);
  s.append(wrap);
  return s;
}

/** The last report shown, for the Word download. */
let last: { result: DraftStructure; comparison: DraftComparison | null; checkedAt: string } | null = null;

function render(result: DraftStructure, comparison: DraftComparison | null): void {
  last = { result, comparison, checkedAt: formatBuiltAt(new Date().toISOString()) };
  const parts: HTMLElement[] = [renderDiagnostics(result.diagnostics)];
  if (comparison) parts.push(renderCoverage(comparison));
  parts.push(renderArticles(result, comparison));
  if (comparison) parts.push(renderMatrix(comparison));
  parts.push(renderLines(result));
  body.replaceChildren(...parts);
  report.hidden = false;
}

async function check(note = ''): Promise<void> {
  const text = textarea.value;
  if (!text.trim()) {
    status.textContent = '请先粘贴草案文字或打开文件。';
    return;
  }
  const t0 = performance.now();
  delete report.dataset['ready'];
  status.textContent = '正在检查……';
  const result = checkDraftStructure(text, fileName);
  let comparison: DraftComparison | null = null;
  try {
    comparison = compareDraft(result, await loadCorpus());
  } catch (e) {
    note = `${note ? note + '。' : ''}无法载入法规数据，只做了结构检查（${(e as Error).message}）`;
  }
  render(result, comparison);
  report.dataset['ready'] = 'true';
  status.textContent = `${note ? note + '。' : ''}已检查 ${result.articles.length} 条，用时 ${Math.round(performance.now() - t0)} 毫秒（在本机完成）。`;
  report.scrollIntoView({ block: 'start' });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void check();
});
textarea.addEventListener('input', () => {
  fileName = '草案';
});
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  const read = readDraftFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) {
    status.textContent = read.message;
    return;
  }
  textarea.value = read.text;
  fileName = file.name;
  void check(read.note ?? `已打开 ${file.name}`);
});
$<HTMLButtonElement>('draft-sample').addEventListener('click', async () => {
  textarea.value = await (await fetch('/draft/sample.txt')).text();
  fileName = '示例草案.txt';
  void check();
});
$<HTMLButtonElement>('report-print').addEventListener('click', () => window.print());
$<HTMLButtonElement>('report-docx').addEventListener('click', () => {
  if (last) void downloadDocx(draftReportDoc(fileName, last.result, last.comparison, location.origin, last.checkedAt));
});
$<HTMLButtonElement>('report-save').addEventListener('click', () => {
  const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>草案检查报告</title><style>${css}</style></head><body><main>${report.outerHTML.replace(' hidden=""', '')}</main></body></html>`;
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  a.download = '草案检查报告.html';
  a.click();
  URL.revokeObjectURL(a.href);
});

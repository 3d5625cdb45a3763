// The draft checker island: everything runs here, in the reader's browser. The draft text is never sent
// anywhere — the only requests are for the site's public files. The check itself runs in a worker
// (draft-worker.ts) so that a long draft leaves the page responsive and can be cancelled; the report is shown a
// part at a time (显示更多), while the Word and HTML downloads hold all of it.
import type { DraftStructure } from '../lib/draft/check-draft.ts';
import { diffMatch, type DraftArticleReport, type DraftComparison, type DraftMatch } from '../lib/draft/compare-draft.ts';
import type { DiffSegment } from '../lib/compare/diff.ts';
import { voteClause, votesLead } from '../lib/compare/label-witnesses.ts';
import { DRAFT_FILE_LIMIT } from '../lib/draft/read-draft-file.ts';
import type { Diagnostic } from '../lib/schemas/diagnostic.ts';
import { clauseLines, draftReportDoc, MATRIX_NOTE } from '../lib/draft/draft-report-doc.ts';
import { formatBuiltAt } from '../lib/handout/text-source.ts';
import { downloadDocxInWorker } from './docx-download.ts';
import { byId, h } from './dom.ts';
import { saveBlob } from './save-blob.ts';
import type { DraftReply, DraftRequest } from './draft-protocol.ts';

const form = byId<HTMLFormElement>('draft-form');
const textarea = byId<HTMLTextAreaElement>('draft-text');
const fileInput = byId<HTMLInputElement>('draft-file');
const status = byId<HTMLParagraphElement>('draft-status');
const report = byId<HTMLElement>('draft-report');
const body = byId<HTMLDivElement>('report-body');
const progress = byId<HTMLDivElement>('draft-progress');
const progressBar = progress.querySelector('progress')!;
const progressText = byId<HTMLSpanElement>('draft-progress-text');
const cancelButton = byId<HTMLButtonElement>('draft-cancel');
let fileName = '草案';

/** Items shown at first, and added per click on 显示更多: a 5 MB draft has ~10,000 articles and ~27,000 lines. */
const CHUNK = { articles: 100, lines: 1000, diagnostics: 200 } as const;

function section(title: string, id: string): HTMLElement {
  const s = h('section');
  s.id = id;
  s.append(h('h3', '', title));
  return s;
}

/**
 * Show `items` in `list` a part at a time: the first `chunk` now, `chunk` more per click on 显示更多 (all of them
 * when `chunk` is Infinity, for the saved HTML). `ensure(i)` shows everything up to item `i` (a line link's target).
 */
function renderInChunks<T>(
  list: HTMLElement,
  items: readonly T[],
  renderItem: (item: T, index: number) => HTMLElement,
  chunk: number,
  unit: string,
): { more: HTMLElement | null; ensure: (index: number) => void } {
  let shown = 0;
  const more = h('button', 'secondary show-more');
  more.type = 'button';
  const showUpTo = (end: number) => {
    const fragment = document.createDocumentFragment();
    for (; shown < Math.min(end, items.length); shown++) fragment.append(renderItem(items[shown]!, shown));
    list.append(fragment);
    more.textContent = `显示更多（已显示 ${shown} / ${items.length} ${unit}）`;
    more.hidden = shown >= items.length;
  };
  showUpTo(chunk);
  more.addEventListener('click', () => showUpTo(shown + chunk));
  return { more: shown < items.length ? more : null, ensure: (index) => index >= shown && showUpTo(index + 1) };
}

/** Shows the page's draft lines up to an index: a diagnostic's link calls it before the browser follows it. */
let ensureLine: (index: number) => void = () => {};

function renderDiagnostics(diags: readonly Diagnostic[], chunk: number): HTMLElement {
  const s = section('结构诊断', 'report-diagnostics');
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  s.append(
    h(
      'p',
      '',
      errors + warnings === 0 ? '未发现结构问题：条号、章节号、项号连续，内部引用都能找到。' : `发现 ${errors} 个错误、${warnings} 个提示。点击行号可跳到草案原文的对应行。`,
    ),
  );
  const list = h('ul', 'diag-list');
  const { more } = renderInChunks(
    list,
    diags,
    (d) => {
      const li = h('li', d.severity);
      const link = h('a', '', `第 ${d.line} 行`);
      link.href = `#draft-line-${d.line}`;
      link.addEventListener('click', () => ensureLine(d.line - 1));
      li.append(h('strong', '', d.severity === 'error' ? '错误' : d.severity === 'warning' ? '提示' : '说明'), ' ', link, '：', d.reason, h('span', 'diag-rule', `[${d.ruleId}]`));
      return li;
    },
    chunk,
    '条',
  );
  s.append(list);
  if (more) s.append(more);
  return s;
}

function renderLines(result: DraftStructure, chunk: number): { section: HTMLElement; ensure: (index: number) => void } {
  const s = section('草案原文', 'report-lines');
  const marks = new Map<number, string>();
  for (const d of result.diagnostics) if (d.severity === 'error' || !marks.has(d.line)) marks.set(d.line, d.severity);
  const list = h('ol', 'draft-lines');
  // a scrolling box: focusable, so that it can be scrolled with the keyboard
  list.tabIndex = 0;
  list.setAttribute('aria-label', '草案原文各行');
  const { more, ensure } = renderInChunks(
    list,
    result.lines,
    (line, i) => {
      const li = h('li', marks.has(i + 1) ? `has-${marks.get(i + 1)}` : undefined);
      li.id = `draft-line-${i + 1}`;
      li.append(h('span', 'ln', String(i + 1)), h('span', '', line));
      return li;
    },
    chunk,
    '行',
  );
  s.append(list);
  if (more) s.append(more);
  return { section: s, ensure };
}

function renderDiff(segments: readonly DiffSegment[]): HTMLElement {
  const p = h('p', 'diff');
  for (const seg of segments) p.append(seg.op === 'equal' ? seg.text : h(seg.op === 'insert' ? 'ins' : 'del', '', seg.text));
  return p;
}

/** 标注印证 under a counterpart, worded as on the article pages (LabelVotesNote.astro): which labelled articles voted for it. */
function renderVotes(votes: NonNullable<DraftMatch['votes']>, otherName: string): HTMLElement {
  const p = h('p', 'cp-votes', votesLead(votes));
  votes.list.forEach((v, i) => {
    const a = h('a', '', v.name);
    a.href = `/regulations/${v.regId}/${v.articleSlug}/`;
    p.append(i > 0 ? '；' : '', a, voteClause(v.mostLike, '本条', otherName, v.regName));
  });
  if (votes.list.length) p.append('。');
  return p;
}

function renderMatch(m: DraftMatch): HTMLElement {
  const li = h('li');
  const link = h('a', '', `《${m.title}》${m.articleLabel}`);
  link.href = `/regulations/${m.regId}/${m.articleSlug}/`;
  li.append(h('span', `level-tag level-${m.level}`, m.levelName), link, h('span', 'muted', `（${m.regLevel}）`));
  if (m.votes) li.append(renderVotes(m.votes, `${m.shortName}${m.articleLabel}`));
  const details = h('details');
  details.append(h('summary', '', '逐字差异（删除线为草案有而该条没有，底色为该条有而草案没有）'));
  // diffs are computed when opened: a 60-article draft has hundreds of them
  details.addEventListener('toggle', () => details.open && details.childElementCount === 1 && details.append(renderDiff(diffMatch(m))), { once: false });
  li.append(details);
  return li;
}

function chips(items: string[]): HTMLElement {
  const ul = h('ul', 'chips');
  for (const i of items) ul.append(h('li', '', i));
  return ul;
}

function renderArticles(result: DraftStructure, comparison: DraftComparison | null, chunk: number): HTMLElement {
  const s = section(`逐条对照（共 ${result.articles.length} 条）`, 'report-articles');
  const byId = new Map(comparison?.articles.map((a) => [a.id, a]) ?? []);
  const { more } = renderInChunks(
    s,
    result.articles,
    ({ article, text }) => {
      const box = h('article', 'draft-article');
      box.id = `draft-${article.id}`;
      box.append(h('h4', '', article.label), h('p', 'draft-text', text));
      const info = byId.get(article.id);
      if (info) {
        if (info.topics.length) box.append(h('p', 'muted', '主题：'), chips(info.topics.map((t) => `${t.name}（依据：${t.evidence.join('、')}）`)));
        for (const line of clauseLines(info.clauses)) box.append(h('p', 'clause-line', line));
        if (info.matches.length === 0) box.append(h('p', 'muted', '语料中未找到相应规定（程序没有找到，不等于一定没有）。'));
        else {
          const list = h('ul', 'match-list');
          info.matches.forEach((m) => list.append(renderMatch(m)));
          box.append(h('p', 'muted', '其他地区的相应规定：'), list);
        }
      }
      return box;
    },
    chunk,
    '条',
  );
  if (more) s.append(more);
  return s;
}

function renderCoverage(comparison: DraftComparison): HTMLElement {
  const s = section('覆盖情况', 'report-coverage');
  if (comparison.gaps.length === 0) s.append(h('p', '', '多数地区规定的主题，草案都已涉及。'));
  else {
    const ul = h('ul');
    for (const g of comparison.gaps) ul.append(h('li', '', `${g.of} 个地区中有 ${g.coveredBy.length} 个规定了“${g.name}”（${g.coveredBy.join('、')}），草案未涉及。`));
    s.append(ul);
  }
  return s;
}

const ANSWERS = { yes: '是', partly: '部分', no: '否' } as const;
function renderMatrix(comparison: DraftComparison): HTMLElement {
  const s = section('政策要点', 'report-matrix');
  s.append(h('p', 'muted', MATRIX_NOTE));
  const wrap = h('div', 'table-scroll');
  const table = h('table');
  const head = h('tr');
  head.append(h('th', '', '问题'), h('th', '', '草案'), h('th', '', '出处'));
  table.append(h('thead'), h('tbody'));
  table.tHead!.append(head);
  for (const row of comparison.matrix) {
    const tr = h('tr');
    tr.append(h('td', '', row.question), h('td', '', ANSWERS[row.answer]), h('td', '', row.provisions.join('、')));
    table.tBodies[0]!.append(tr);
  }
  wrap.append(table);
  s.append(wrap);
  return s;
}

/** The last report shown, for the downloads. */
let last: { result: DraftStructure; comparison: DraftComparison | null; checkedAt: string } | null = null;

/** The report's sections, the long lists cut to `chunks` (Infinity: everything, for the saved HTML). */
function reportParts(
  result: DraftStructure,
  comparison: DraftComparison | null,
  chunks: { articles: number; lines: number; diagnostics: number },
): { parts: HTMLElement[]; ensureLine: (index: number) => void } {
  const parts: HTMLElement[] = [renderDiagnostics(result.diagnostics, chunks.diagnostics)];
  if (comparison) parts.push(renderCoverage(comparison));
  parts.push(renderArticles(result, comparison, chunks.articles));
  if (comparison) parts.push(renderMatrix(comparison));
  const lines = renderLines(result, chunks.lines);
  parts.push(lines.section);
  return { parts, ensureLine: lines.ensure };
}

function render(result: DraftStructure, comparison: DraftComparison | null): void {
  last = { result, comparison, checkedAt: formatBuiltAt(new Date().toISOString()) };
  const shown = reportParts(result, comparison, CHUNK);
  ensureLine = shown.ensureLine;
  body.replaceChildren(...shown.parts);
  report.hidden = false;
}

/** The worker running the current check (null when none is); ids tell a cancelled check's late messages apart. */
let worker: Worker | null = null;
let checkId = 0;

function showBusy(busy: boolean): void {
  progress.hidden = !busy;
  cancelButton.hidden = !busy;
  if (busy) {
    progressBar.value = 0;
    progressText.textContent = '';
  }
}

/** Stop the running check, if any: the worker is terminated mid-computation. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  showBusy(false);
}

/** Start a check in a fresh worker (stopping any running one): pasted text, or an opened file's bytes. */
function startCheck(request: Omit<DraftRequest, 'id'>, transfer: Transferable[] = []): void {
  stopWorker();
  const id = ++checkId;
  const t0 = performance.now();
  delete report.dataset['ready'];
  status.textContent = '正在检查……（在本机进行，可随时取消）';
  showBusy(true);
  const w = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module' });
  worker = w;
  const received: DraftArticleReport[] = [];
  w.addEventListener('message', (e: MessageEvent<DraftReply>) => {
    const reply = e.data;
    if (reply.id !== checkId || worker !== w) return;
    switch (reply.kind) {
      case 'progress':
        progressBar.value = reply.fraction;
        progressText.textContent = reply.text;
        break;
      case 'file-text':
        textarea.value = reply.text;
        fileName = reply.fileName;
        status.textContent = `${reply.note}。正在检查……`;
        break;
      case 'articles':
        received.push(...reply.articles);
        break;
      case 'refused':
        stopWorker();
        status.textContent = reply.message;
        break;
      case 'done': {
        stopWorker();
        render(reply.result, reply.comparison && { ...reply.comparison, articles: received });
        report.dataset['ready'] = 'true';
        const shown = reply.result.articles.length > CHUNK.articles ? `，先显示前 ${CHUNK.articles} 条（点“显示更多”看其余各条；下载的报告是完整的）` : '';
        status.textContent = `${reply.note ? reply.note + '。' : ''}已检查 ${reply.result.articles.length} 条，用时 ${Math.round(performance.now() - t0)} 毫秒（在本机完成）${shown}。`;
        report.scrollIntoView({ block: 'start' });
        break;
      }
    }
  });
  w.addEventListener('error', (e) => {
    if (worker !== w) return;
    stopWorker();
    status.textContent = `检查出错：${e.message || '后台检查意外停止'}。请重试；若一再出错，请报告此问题。`;
  });
  w.postMessage({ id, ...request } as DraftRequest, transfer);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  startCheck({ text: textarea.value, fileName });
});
cancelButton.addEventListener('click', () => {
  if (!worker) return;
  stopWorker();
  status.textContent = '已取消。可修改草案后重新检查。';
});
textarea.addEventListener('input', () => {
  fileName = '草案';
});
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  // refused before its bytes are read at all
  if (file.size > DRAFT_FILE_LIMIT) {
    status.textContent = `${file.name} 有 ${Math.round(file.size / 2 ** 20)} MB，超过了可打开的上限 ${DRAFT_FILE_LIMIT / 2 ** 20} MB。`;
    return;
  }
  const bytes = await file.arrayBuffer();
  startCheck({ file: { name: file.name, bytes } }, [bytes]);
});
byId<HTMLButtonElement>('draft-sample').addEventListener('click', async () => {
  textarea.value = await (await fetch('/draft/sample.txt')).text();
  fileName = '示例草案.txt';
  startCheck({ text: textarea.value, fileName });
});
byId<HTMLButtonElement>('report-print').addEventListener('click', () => window.print());
byId<HTMLButtonElement>('report-docx').addEventListener('click', async (e) => {
  if (!last) return;
  const button = e.currentTarget as HTMLButtonElement;
  button.disabled = true;
  const before = status.textContent;
  status.textContent = '正在生成 Word 文件……（在后台进行，页面可以照常使用）';
  try {
    await downloadDocxInWorker(draftReportDoc(fileName, last.result, last.comparison, location.origin, last.checkedAt));
    status.textContent = before;
  } catch (error) {
    status.textContent = `无法生成 Word 文件：${(error as Error).message}`;
  } finally {
    button.disabled = false;
  }
});
/**
 * The whole report as an HTML element, not just the parts shown so far: built aside (never put in the page) by
 * pressing its own 显示更多 buttons until none is left, yielding between presses so that a 10,000-article report
 * does not freeze the page (in one go it took 10 s).
 */
async function fullReport(shown: NonNullable<typeof last>): Promise<HTMLElement> {
  const full = report.cloneNode(true) as HTMLElement;
  full.querySelector('#report-body')!.replaceChildren(...reportParts(shown.result, shown.comparison, CHUNK).parts);
  full.removeAttribute('hidden');
  for (let more = full.querySelector<HTMLButtonElement>('.show-more:not([hidden])'); more; more = full.querySelector<HTMLButtonElement>('.show-more:not([hidden])')) {
    more.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // buttons do nothing in a saved file
  for (const button of full.querySelectorAll('.show-more, .report-actions')) button.remove();
  return full;
}

byId<HTMLButtonElement>('report-save').addEventListener('click', async (e) => {
  if (!last) return;
  const button = e.currentTarget as HTMLButtonElement;
  button.disabled = true;
  const before = status.textContent;
  status.textContent = '正在生成 HTML 文件……';
  const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const full = await fullReport(last);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>草案检查报告</title><style>${css}</style></head><body><main>${full.outerHTML}</main></body></html>`;
  saveBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), '草案检查报告.html');
  status.textContent = before;
  button.disabled = false;
});

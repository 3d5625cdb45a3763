// The draft checker island: everything runs here, in the reader's browser. The draft text is never sent
// anywhere — the only requests are for the site's public files.
import { checkDraftStructure, type DraftStructure } from '../lib/draft/check-draft.ts';
import { readDraftFile } from '../lib/draft/read-draft-file.ts';
import type { Diagnostic } from '../lib/schemas/diagnostic.ts';

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

function renderArticles(result: DraftStructure): HTMLElement {
  const s = section(`逐条情况（共 ${result.articles.length} 条）`, 'report-articles');
  for (const { article, text } of result.articles) {
    const box = el('article', undefined, 'draft-article');
    box.id = `draft-${article.id}`;
    box.append(el('h4', article.label), el('p', text, 'draft-text'));
    s.append(box);
  }
  return s;
}

function render(result: DraftStructure): void {
  body.replaceChildren(renderDiagnostics(result.diagnostics), renderArticles(result), renderLines(result));
  report.hidden = false;
}

function check(note = ''): void {
  const text = textarea.value;
  if (!text.trim()) {
    status.textContent = '请先粘贴草案文字或打开文件。';
    return;
  }
  const t0 = performance.now();
  const result = checkDraftStructure(text, fileName);
  render(result);
  status.textContent = `${note ? note + '。' : ''}已检查 ${result.articles.length} 条，用时 ${Math.round(performance.now() - t0)} 毫秒（在本机完成）。`;
  report.scrollIntoView({ block: 'start' });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  check();
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
  check(read.note ?? `已打开 ${file.name}`);
});
$<HTMLButtonElement>('draft-sample').addEventListener('click', async () => {
  textarea.value = await (await fetch('/draft/sample.txt')).text();
  fileName = '示例草案.txt';
  check();
});
$<HTMLButtonElement>('report-print').addEventListener('click', () => window.print());
$<HTMLButtonElement>('report-save').addEventListener('click', () => {
  const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>草案检查报告</title><style>${css}</style></head><body><main>${report.outerHTML.replace(' hidden=""', '')}</main></body></html>`;
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  a.download = '草案检查报告.html';
  a.click();
  URL.revokeObjectURL(a.href);
});

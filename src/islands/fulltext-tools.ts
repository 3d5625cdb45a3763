// The reading toolbar of regulation and article pages: 复制 (the citation with the words), 复制链接, 下载 Word,
// 打印. The buttons are in the page, hidden until this script runs, so none of them is ever dead.
// The download (fulltext-download.ts, with the docx library and the text) loads only when a reader asks for the file.
import { announce } from './announce.ts';
import { copyText } from './copy-text.ts';

/** The words 复制 copies for a node, kept in the page's `<template id="quotes">`. */
function quotationOf(nodeId: string): string | undefined {
  const template = document.getElementById('quotes') as HTMLTemplateElement | null;
  return template?.content.querySelector(`[data-node="${CSS.escape(nodeId)}"]`)?.textContent ?? undefined;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-tool]');
  if (!button) return;
  const { tool, quoteId, href, regulation, article } = button.dataset;
  const quote = quoteId ? quotationOf(quoteId) : undefined;
  if (tool === 'copy-quote' && quote) void copyText(quote).then((ok) => announce(ok ? '已复制条文和出处' : '复制失败，请手动选择文字'));
  if (tool === 'copy-link' && href) {
    const url = new URL(href, location.href).href;
    void copyText(url).then((ok) => announce(ok ? `已复制链接：${url}` : '复制失败，请手动选择文字'));
  }
  if (tool === 'print') window.print();
  if (tool === 'docx' && regulation) {
    button.disabled = true;
    import('./fulltext-download.ts')
      .then(({ downloadFulltext }) => downloadFulltext(regulation, article))
      .then(() => announce('已生成 Word 文件'))
      .catch(() => announce('生成 Word 文件失败，请稍后再试'))
      .finally(() => (button.disabled = false));
  }
});

for (const bar of document.querySelectorAll<HTMLElement>('[data-tools]')) bar.hidden = false;

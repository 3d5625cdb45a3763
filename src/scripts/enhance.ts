// Progressive enhancement for reading pages: copy a provision's link or citation, collect provisions in
// the handout basket. Everything works without it.
import './handout-basket.ts';
import { announce } from './announce.ts';

/** Copy text to the clipboard, falling back to a hidden textarea where the async API is unavailable. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}


// "#" anchors: copy the permalink as well as jumping to it.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const anchor = target?.closest('a.anchor') as HTMLAnchorElement | null;
  if (anchor) {
    void copyText(anchor.href).then((ok) => ok && announce('已复制链接'));
    return;
  }
  const button = target?.closest('button[data-copy]') as HTMLButtonElement | null;
  if (button) {
    const text = button.dataset['copy'] ?? '';
    void copyText(text).then((ok) => announce(ok ? `已复制：${text}` : '复制失败，请手动选择文字'));
  }
});

// Cite panels list citations as text; add a copy button to each row.
for (const row of document.querySelectorAll<HTMLElement>('[data-cite-row]')) {
  const text = row.dataset['citeRow'] ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.dataset['copy'] = text;
  button.textContent = '复制引用';
  button.setAttribute('aria-label', `复制引用：${text}`);
  row.append(button);
}

// Progressive enhancement for reading pages: copy a provision's link, the reading toolbar (fulltext-tools.ts),
// collect provisions in the handout basket. Everything works without it.
import './handout-basket.ts';
import { announce } from './announce.ts';
import { copyText } from './copy-text.ts';
import './fulltext-tools.ts';

// "#" anchors: copy the permalink as well as jumping to it.
document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const anchor = target?.closest('a.anchor') as HTMLAnchorElement | null;
  if (anchor) {
    void copyText(anchor.href).then((ok) => ok && announce('已复制链接'));
    return;
  }
});

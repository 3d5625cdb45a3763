// The direct link(s) for a query that names an article by number (苏州 第二十四条, 苏州 24条2款, 第五十条).
import { targetNodeId, type ArticleLookup, type ArticleTarget } from '../lib/search/article-lookup.ts';
import type { SearchDirectory } from '../lib/search/directory.ts';
import { articleCite, itemCite, paragraphCite } from '../lib/cite/citation.ts';
import { articlePath } from '../lib/cite/permalink.ts';
import { h } from './dom.ts';
import { linkButton } from './search-dom.ts';

/** The link of a lookup target: the article page, with the paragraph or item anchor when one is named. */
export function lookupHref(t: ArticleTarget): string {
  const node = targetNodeId(t);
  return articlePath(t.regId, t.slug, node.includes('__') ? node : undefined);
}

/** 《苏州市平安建设条例》第二十四条第二款 for a lookup target. */
function directLabel(title: string, l: ArticleLookup): string {
  const t = l.targets[0]!;
  let label = `《${title}》${articleCite(l.number, l.suffix)}`;
  if (t.paragraph) label += paragraphCite(t.paragraph);
  if (t.item) label += itemCite(t.item);
  return label;
}

/** Render the direct links into `box`, with a button to search the words as text instead. */
export function renderLookup(box: HTMLElement, lookup: ArticleLookup, directory: SearchDirectory, query: string, onFullText: () => void): void {
  const section = h('section', 'direct-hit');
  section.setAttribute('aria-labelledby', 'direct-h');
  const heading = h('h3', '', lookup.scoped ? '直达条文' : `各法规的${articleCite(lookup.number)}`);
  heading.id = 'direct-h';
  section.append(heading);
  const ul = h('ul', 'direct-list');
  ul.setAttribute('role', 'list');
  for (const t of lookup.targets) {
    const reg = directory.regulations.find((r) => r.id === t.regId)!;
    const a = h('a', 'result-link', directLabel(reg.title, lookup));
    a.href = lookupHref(t);
    a.dataset['resultKey'] = `${t.regId}/${t.slug}`;
    const li = h('li');
    li.append(a, h('span', 'muted', ` ${reg.jurisdiction}`));
    ul.append(li);
  }
  section.append(ul);
  const again = h('p', 'muted');
  again.append(linkButton(`按全文搜索“${query}”`, onFullText));
  section.append(again);
  box.append(section);
}

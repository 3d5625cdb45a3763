// Rendering full-text results: one citation per article with the matching clause, and the 无结果 box.
import { citeNodeSuffix } from '../lib/cite/citation.ts';
import { excerptAround, segmentsFromMarkedHtml } from '../lib/search/excerpt.ts';
import type { SearchDirectory } from '../lib/search/directory.ts';
import type { QueryPlan } from '../lib/search/query.ts';
import type { RankedHit } from '../lib/search/rank.ts';
import { searchHref } from '../lib/search/url-state.ts';
import { articlePath } from '../lib/cite/permalink.ts';
import { h } from './dom.ts';
import { appendLinks, appendSegments, linkButton } from './search-dom.ts';
import type { SearchSession } from './search-engine.ts';

/** One result: the citation, where it is from, and the matching clause(s). */
export function renderHit(r: RankedHit): HTMLLIElement {
  const { hit } = r;
  const li = h('li', 'hit');
  const heading = h('h3', 'hit-cite');
  const a = h('a', 'result-link', hit.citation);
  const paragraphCount = hit.nodes.filter((n) => n.kind === 'para').length;
  const [regId, slug] = hit.key.split('/') as [string, string];
  const linkNode = r.best && (paragraphCount > 1 || r.best.kind !== 'para') ? r.best.id : undefined;
  a.href = articlePath(regId, slug, linkNode);
  a.dataset['resultKey'] = hit.key;
  heading.append(a);
  li.append(heading);

  const meta = h('p', 'hit-meta');
  const year = hit.filters['施行年份']?.[0];
  for (const part of [hit.jurisdiction, hit.filters['层级']?.[0], hit.chapter, year ? `${year}年施行` : '']) if (part) meta.append(h('span', '', part));
  li.append(meta);

  const excerpt = h('p', 'hit-excerpt');
  if (r.best) {
    const suffix = citeNodeSuffix(r.best.id, paragraphCount);
    if (suffix) excerpt.append(h('span', 'hit-node', suffix));
    appendSegments(excerpt, excerptAround(r.best.text, r.needles));
  } else {
    appendSegments(excerpt, segmentsFromMarkedHtml(hit.pagefindExcerpt));
  }
  li.append(excerpt);
  if (r.others.length > 0) li.append(otherMatches(r, regId, slug, paragraphCount));
  return li;
}

/** The other matching provisions of the same article, as sub-results. */
function otherMatches(r: RankedHit, regId: string, slug: string, paragraphCount: number): HTMLUListElement {
  const subs = h('ul', 'hit-subs');
  subs.setAttribute('aria-label', '同一条中的其他匹配');
  for (const node of r.others) {
    const sub = h('li');
    const link = h('a', '', citeNodeSuffix(node.id, paragraphCount) || '本条');
    link.href = articlePath(regId, slug, node.id);
    link.setAttribute('aria-label', `${r.hit.citation}${citeNodeSuffix(node.id, paragraphCount)}`);
    sub.append(link, document.createTextNode(' '));
    const text = h('span');
    appendSegments(text, excerptAround(node.text, r.needles, 60));
    sub.append(text);
    subs.append(sub);
  }
  return subs;
}

/** What the 无结果 box offers. */
export interface EmptyOptions {
  /** The query as searched. */
  text: string;
  /** Clear the panel's filters and 高级检索's criteria, when any are set. */
  clear: (() => void) | null;
  /** The search page URL of a query with the current filters. */
  hrefFor: (q: string) => string;
}

/** Fill the 无结果 box: what was not found, and what to try. */
export function renderEmpty(box: HTMLElement, o: EmptyOptions): void {
  box.replaceChildren(h('h3', '', '无结果'), h('p', '', `没有找到与“${o.text}”相符的条文。可以试试：`));
  const tips = h('ul');
  if (o.clear) {
    const li = h('li', '', '去掉筛选条件：');
    li.append(linkButton('清除全部筛选', o.clear));
    tips.append(li);
  }
  const words = suggestWords(o.text);
  if (words.length > 0) {
    const li = h('li', '', '换用更短的词：');
    appendLinks(
      li,
      words.map((w) => ({ text: w, href: o.hrefFor(w) })),
    );
    tips.append(li);
  }
  tips.append(h('li', '', '用法规中的说法，例如“电信网络诈骗”“社会治安综合治理中心”；检查有无错别字'));
  const byNumber = h('li', '', '按条号查找，例如：');
  appendLinks(
    byNumber,
    ['苏州 第二十四条', '新疆 52条'].map((ex) => ({ text: ex, href: searchHref({ q: ex }) })),
  );
  tips.append(byNumber);
  const browse = h('li');
  const all = h('a', '', '浏览全部法规');
  all.href = '/regulations/';
  browse.append(all);
  tips.append(browse);
  box.append(tips);
  box.hidden = false;
}

/** Shorter words to try: the query's words of two or more characters (Intl.Segmenter). */
function suggestWords(text: string): string[] {
  const compact = text.replace(/\s+/g, '');
  if ([...compact].length <= 2) return [];
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = [...seg.segment(compact)].map((s) => s.segment).filter((w) => [...w].length >= 2);
  return [...new Set(words.length > 1 ? words : [...compact].length >= 4 ? [compact.slice(0, 2), compact.slice(2, 4)] : [])].slice(0, 4);
}

/** The status line for a session's results. */
export function resultCount(session: SearchSession): string {
  const complete = session.ranked.filter((r) => r.complete).length;
  const found = session.ranked.length;
  if (session.hasMore()) return `找到约 ${session.candidates} 条相关条文。`;
  return complete > 0 && complete < found ? `找到 ${found} 条相关条文，其中 ${complete} 条含完整词语。` : `找到 ${found} 条相关条文。`;
}

/**
 * Append the next page of hits (loading more candidates as needed) and focus the first new one when the reader asked
 * for more; `current` says whether the page still shows this search when the loading is done.
 */
export async function appendHits(list: HTMLElement, more: HTMLElement, session: SearchSession, size: number, focus: boolean, current: () => boolean): Promise<void> {
  const shownKeys = () => new Set([...list.querySelectorAll<HTMLAnchorElement>('a[data-result-key]')].map((a) => a.dataset['resultKey']));
  while (session.ranked.length < shownKeys().size + size && session.hasMore()) await session.loadMore();
  if (!current()) return;
  const seen = shownKeys();
  const items = session.ranked
    .filter((r) => !seen.has(r.hit.key))
    .slice(0, size)
    .map(renderHit);
  list.append(...items);
  more.hidden = !(session.hasMore() || session.ranked.length > seen.size + items.length);
  if (focus) items[0]?.querySelector('a')?.focus();
}

/** The note that results from the regulation the query names come first, with a link to search all. */
export function renderScope(box: HTMLElement, plan: QueryPlan, directory: SearchDirectory, hrefFor: (q: string) => string): void {
  if (plan.scope.length === 0) return;
  const names = directory.regulations
    .filter((r) => plan.scope.includes(r.id))
    .map((r) => `《${r.title}》`)
    .join('、');
  box.replaceChildren(document.createTextNode(`优先显示${names}中的条文。`));
  const all = h('a', '', '在全部法规中搜索');
  all.href = hrefFor(plan.terms.map((t) => t.text).join(' '));
  box.append(all);
  box.hidden = false;
}

/** The box shown when the index cannot be loaded. */
export function renderUnavailable(box: HTMLElement): void {
  const all = h('a', '', '浏览全部法规');
  all.href = '/regulations/';
  const p = h('p', '', '请检查网络后刷新页面重试，或');
  p.append(all, document.createTextNode('，在法规页中按条号查阅。'));
  box.replaceChildren(h('h3', '', '搜索暂时不可用'), p);
  box.hidden = false;
}

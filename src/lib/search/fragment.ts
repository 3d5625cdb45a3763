// Pagefind's per-page data (`result.data()`) turned into a search hit: the article's citation and metadata,
// and its paragraphs and items as Pagefind recorded them (every element with an id is an anchor).
import { parseNodeId } from '../cite/node-id.ts';

/** The part of Pagefind's fragment (PagefindSearchFragment, Pagefind 1.6) that the search page reads. */
export interface PagefindFragment {
  url: string;
  /** The URL before Pagefind's baseUrl / highlight processing. */
  raw_url?: string;
  content: string;
  /** Pagefind's excerpt: HTML-escaped text with <mark> around matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: ReadonlyArray<{ element: string; id: string; text?: string; location: number }>;
}

/** A paragraph, item or sub-item of the article, with its stable id. */
export interface ProvisionNode {
  /** Stable id, e.g. `art_24__para_2`, `art_9__para_1__item_5`. */
  id: string;
  kind: 'para' | 'item' | 'subitem';
  /** The text as shown (article label, anchor marks removed). */
  text: string;
  /** An item written inside its paragraph (xinjiang 第九条): its text is also part of the paragraph's. */
  inline: boolean;
}

/** One article found by the search. */
export interface Hit {
  /** `regId/slug`, e.g. `suzhou/24`. */
  key: string;
  /** The article page URL. */
  url: string;
  regId: string;
  /** 《…》第N条. */
  citation: string;
  jurisdiction: string;
  /** Chapter heading(s), e.g. 第二章　风险防范; empty when the regulation has no chapters. */
  chapter: string;
  /** Pagefind filter values of the page (地区, 层级, 省份, 章, 施行年份 …). */
  filters: Record<string, string[]>;
  /** Title, chapter and jurisdiction: matched, but not counted as body text. */
  header: string;
  nodes: ProvisionNode[];
  /** Pagefind's relevance score for the query that found it. */
  pagefindScore: number;
  /** Pagefind's own excerpt, used when no term occurs as a phrase. */
  pagefindExcerpt: string;
}

const ARTICLE_LABEL = /^第[零〇一二两三四五六七八九十百千0-9]+条(?:之[零〇一二三四五六七八九十0-9]+)?[\s\u3000]*/;

/** Clean an anchor's text: drop the `#` permalink marks and the article label that opens paragraph 1. */
function cleanNodeText(text: string): string {
  return text
    .replace(/\s*#(?=\s*$|\s*[（(])/g, '')
    .replace(ARTICLE_LABEL, '')
    .trim();
}

/** `regId/slug` of an article URL: `/regulations/suzhou/24/` → `suzhou/24`; null for any other page. */
export function articleKeyOf(url: string): string | null {
  const m = /\/regulations\/([^/]+)\/([^/#?]+)\/?(?:[?#].*)?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : null;
}

/** Turn a Pagefind fragment into a hit; null when the page is not an article page. */
export function hitFromFragment(fragment: PagefindFragment, pagefindScore: number): Hit | null {
  const key = articleKeyOf(fragment.raw_url ?? fragment.url);
  if (!key) return null;
  const nodes: ProvisionNode[] = fragment.anchors
    // a paragraph, item or sub-item: the article itself and headings are not provision nodes
    .filter((a) => parseNodeId(a.id)?.paragraph !== undefined && a.text)
    .map((a) => ({
      id: a.id,
      kind: a.id.includes('__subitem_') ? 'subitem' : a.id.includes('__item_') ? 'item' : 'para',
      text: cleanNodeText(a.text!),
      inline: a.element === 'span',
    }));
  const meta = fragment.meta;
  const filters = Object.fromEntries(Object.entries(fragment.filters).map(([k, v]) => [k, v ?? []]));
  return {
    key,
    url: fragment.raw_url ?? fragment.url,
    regId: meta['regulationId'] ?? key.split('/')[0]!,
    citation: meta['citation'] ?? meta['title'] ?? key,
    jurisdiction: meta['jurisdiction'] ?? '',
    chapter: meta['chapter'] ?? '',
    filters,
    header: [meta['title'] ?? '', meta['chapter'] ?? '', meta['jurisdiction'] ?? ''].join(' '),
    nodes,
    pagefindScore,
    pagefindExcerpt: fragment.excerpt,
  };
}

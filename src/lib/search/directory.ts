// The search directory: every regulation's names and article slugs, written at build time to
// /search/directory.json so the search page can resolve 苏州 第二十四条 without a full-text search.
import { articleIdOfNumber } from '../cite/node-id.ts';
import { slugOfArticleId } from '../cite/permalink.ts';
import type { SynonymEntry } from './synonyms.ts';

/** One regulation as the search page knows it. */
export interface DirectoryRegulation {
  /** Stable id and URL slug, e.g. `suzhou`. */
  id: string;
  /** Full title without 《》, e.g. 苏州市平安建设条例. */
  title: string;
  /** Short name, e.g. 苏州. */
  shortName: string;
  /** Enacting jurisdiction, e.g. 苏州市. */
  jurisdiction: string;
  /** Article slugs in order; a number N stands for the common case `1`…`N` (keeps the file small). */
  articles: number | string[];
}

/** The build-time JSON the search page fetches. */
export interface SearchDirectory {
  /** Format version, bumped when the shape changes (2: the synonyms came in). */
  version: 2;
  /** Mean article length in characters, for length-normalised ranking. */
  averageArticleLength: number;
  regulations: DirectoryRegulation[];
  /** The reviewed near-synonyms (content/taxonomy/synonyms.yaml): they travel with the directory, which every query loads anyway. */
  synonyms: SynonymEntry[];
}

/** The minimum the directory needs from a built regulation. */
export interface DirectorySource {
  meta: { id: string; title: string; shortName: string; jurisdiction: string };
  parsed: { articles: ReadonlyArray<{ slug: string; paragraphs: ReadonlyArray<{ text: string; items: ReadonlyArray<{ text: string }> }> }> };
}

/** Build the directory from the corpus and the reviewed synonyms; slugs `1..N` collapse to the number N. */
export function buildSearchDirectory(regulations: readonly DirectorySource[], synonyms: readonly SynonymEntry[]): SearchDirectory {
  const articles = regulations.flatMap((r) => r.parsed.articles);
  const chars = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.length + p.items.reduce((k, i) => k + i.text.length, 0), 0), 0);
  return {
    version: 2,
    averageArticleLength: articles.length > 0 ? Math.round(chars / articles.length) : 0,
    regulations: regulations.map(({ meta, parsed }) => {
      const slugs = parsed.articles.map((a) => a.slug);
      const plain = slugs.every((s, i) => s === String(i + 1));
      return { id: meta.id, title: meta.title, shortName: meta.shortName, jurisdiction: meta.jurisdiction, articles: plain ? slugs.length : slugs };
    }),
    synonyms: synonyms.map(({ terms, expand }) => ({ terms: [...terms], expand: [...expand] })),
  };
}

/** Whether the regulation has an article with this slug. */
export function hasArticle(reg: DirectoryRegulation, slug: string): boolean {
  if (typeof reg.articles === 'number') return /^[1-9]\d*$/.test(slug) && Number(slug) <= reg.articles;
  return reg.articles.includes(slug);
}

/**
 * The URL slug of an article number: `24`, or `10-1` for 第十条之一 (the parser's slug scheme).
 * @example articleSlug(10, 1) // → '10-1'
 */
export function articleSlug(number: number, suffix = 0): string {
  return slugOfArticleId(articleIdOfNumber(number, suffix));
}

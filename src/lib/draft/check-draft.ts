import { parseRegulation } from '../parse/parse-regulation.ts';
import { splitLines } from '../parse/lines.ts';
import type { Diagnostic } from '../schemas/diagnostic.ts';
import type { Article } from '../schemas/provision.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';

/** One draft article with its full text, for matching against the corpus. */
export interface DraftArticle {
  article: Article;
  /** The article's text: paragraphs with their items, in order. */
  text: string;
}

/** What the checker found in a draft: the same parse and diagnostics the build would give, plus its articles. */
export interface DraftStructure {
  regulation: ParsedRegulation;
  diagnostics: Diagnostic[];
  /** The draft's lines, for showing diagnostics in place. */
  lines: string[];
  articles: DraftArticle[];
}

/** The text of an article as one string (paragraph text followed by its items and sub-items). */
export function articleText(a: Article): string {
  return a.paragraphs.map((p) => p.text + p.items.map((i) => i.label + i.text + i.subItems.map((s) => s.label + s.text).join('')).join('')).join('\n');
}

/** Parse a draft exactly as the build parses a regulation, in the browser. */
export function checkDraftStructure(text: string, fileName = '草案'): DraftStructure {
  const { regulation, diagnostics } = parseRegulation(text, fileName);
  return {
    regulation,
    diagnostics,
    lines: splitLines(text).map((l) => l.raw),
    articles: regulation.articles.map((article) => ({ article, text: articleText(article) })),
  };
}

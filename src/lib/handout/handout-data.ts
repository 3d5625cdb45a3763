// The per-regulation data the handout page fetches (`/handout/data/<id>.json`): just what a quotation
// needs — citations, permalinks, the text as lines — plus where the text comes from.
import type { Regulation } from '../schemas/corpus.ts';
import type { Article } from '../schemas/provision.ts';
import { articleLabel, citableNodes } from '../cite/citation.ts';
import { articleIdOf } from '../cite/node-id.ts';
import { articlePath } from '../cite/permalink.ts';
import { quoteLines, type QuotableArticle, type QuoteLine } from './provision-lines.ts';
import type { TextSource } from './text-source.ts';

/** One citable node: its citation and permalink. */
export interface HandoutNode {
  citation: string;
  href: string;
}

/** `/handout/data/<id>.json`. */
export interface HandoutRegulation extends TextSource {
  id: string;
  shortName: string;
  /** `builtAt` of the data build. */
  builtAt: string;
  /** Every citable node by id. */
  nodes: Record<string, HandoutNode>;
  /** The articles, trimmed to what a quotation needs. */
  articles: QuotableArticle[];
}

/** Build the handout data of one regulation. */
export function toHandoutRegulation(reg: Regulation, builtAt: string): HandoutRegulation {
  const { meta, parsed } = reg;
  const nodes: Record<string, HandoutNode> = {};
  for (const a of parsed.articles) {
    for (const n of citableNodes(meta.title, a)) nodes[n.id] = { citation: n.citation, href: articlePath(meta.id, a.slug, n.id) };
  }
  const articles = parsed.articles.map(toQuotableArticle);
  return { id: meta.id, title: meta.title, shortName: meta.shortName, effective: meta.effective, sourceSha256: reg.sourceSha256, builtAt, nodes, articles };
}

/** An article trimmed to what a quotation needs, its label in standard form. */
export function toQuotableArticle(a: Article): QuotableArticle {
  return {
    id: a.id,
    label: articleLabel(a),
    paragraphs: a.paragraphs.map((p) => ({
      id: p.id,
      text: p.text,
      inlineItems: p.inlineItems,
      items: p.items.map((i) => ({ id: i.id, label: i.label, text: i.text, subItems: i.subItems.map((s) => ({ id: s.id, label: s.label, text: s.text })) })),
    })),
  };
}

/** A provision of the basket resolved against the data: citation, permalink and lines; null when gone. */
export function resolveHandoutNode(data: HandoutRegulation, nodeId: string): (HandoutNode & { lines: QuoteLine[] }) | null {
  const node = data.nodes[nodeId];
  const article = data.articles.find((a) => a.id === articleIdOf(nodeId));
  const lines = article ? quoteLines(article, nodeId) : null;
  return node && lines ? { ...node, lines } : null;
}

import type { Article, Division } from '../schemas/provision.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';

/** The divisions an article sits in, outermost first (编 → 章 → 节). */
export function divisionTrail(reg: ParsedRegulation, article: Article): Division[] {
  const byId = new Map(reg.divisions.map((d) => [d.id, d]));
  const trail: Division[] = [];
  let d = article.divisionId ? byId.get(article.divisionId) : undefined;
  while (d) {
    trail.unshift(d);
    d = d.parentId ? byId.get(d.parentId) : undefined;
  }
  return trail;
}

/** A division's heading as printed: `第一章　总则`, or the bare name of an unnumbered heading. */
export function divisionHeading(d: Division): string {
  return d.label ? `${d.label}\u3000${d.name}` : d.name;
}

/** Article blocks in reading order, each preceded by the headings that open before it. */
export function readingOrder(reg: ParsedRegulation): Array<{ headings: Division[]; article: Article }> {
  const opened = new Set<string>();
  return reg.articles.map((article) => {
    const headings = divisionTrail(reg, article).filter((d) => !opened.has(d.id));
    for (const d of headings) opened.add(d.id);
    return { headings, article };
  });
}

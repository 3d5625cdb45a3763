import type { ParsedRegulation } from '../schemas/regulation.ts';

/** Counts shown in tables: chapters, articles, paragraphs, items, and characters of provision text. */
export function countRegulation(reg: ParsedRegulation): { chapters: number; articles: number; paragraphs: number; items: number; characters: number } {
  let paragraphs = 0;
  let items = 0;
  let characters = 0;
  for (const a of reg.articles) {
    for (const p of a.paragraphs) {
      paragraphs++;
      characters += p.text.length;
      for (const it of p.items) {
        items++;
        characters += it.text.length + it.subItems.reduce((n, s) => n + s.text.length, 0);
      }
    }
  }
  return { chapters: reg.divisions.filter((d) => d.kind === 'chapter').length, articles: reg.articles.length, paragraphs, items, characters };
}

// The lesson-writing guide (/lessons/) shows real references resolved by the real code. Its hand-picked examples
// name the five founding regulations; a site built from another corpus gets examples picked from its own texts,
// so the guide never names a regulation the site does not have.
import type { Regulation } from '../lib/schemas/corpus.ts';

/** The references the guide shows. */
export interface GuideExamples {
  /** Whole article, paragraph, item of a paragraph, item of a one-paragraph article (both ways). */
  refs: string[];
  /** A paragraph that does not exist, for the error example. */
  bad: string;
  /** Ids for the front-matter sample and the compare examples. */
  ids: string[];
  /** `::compare[…]{…}` attributes naming an article in each of up to three regulations. */
  compareAttrs: string;
  /** `::compare[<ref>]{with=…}` example: a paragraph and the regulations to search. */
  compareBase: string;
  compareWith: string;
}

/** The hand-picked examples, used when the corpus has them. */
export const FOUNDING_EXAMPLES: GuideExamples = {
  refs: ['suzhou/24', 'suzhou/24/2', 'shanxi/44/1/5', 'xinjiang/9/(3)', 'xinjiang/9/1/3'],
  bad: 'suzhou/24/5',
  ids: ['suzhou', 'xinjiang', 'changji', 'haidong', 'shanxi'],
  compareAttrs: 'suzhou="15" xinjiang="30" shanxi="35"',
  compareBase: 'suzhou/16/1',
  compareWith: 'changji,shanxi',
};

/** Examples picked from any corpus: the first article with two paragraphs, the first paragraph with items, … */
export function pickGuideExamples(regulations: readonly Regulation[]): GuideExamples {
  const ids = regulations.map((r) => r.meta.id);
  const all = regulations.flatMap((r) => r.parsed.articles.map((a) => ({ id: r.meta.id, a })));
  const multi = all.find((x) => x.a.paragraphs.length >= 2) ?? all[0]!;
  const listed = all.find((x) => x.a.paragraphs.length >= 2 && x.a.paragraphs.some((p) => p.items.length > 0));
  const single = all.find((x) => x.a.paragraphs.length === 1 && x.a.paragraphs[0]!.items.length > 0);
  const refs = [`${multi.id}/${multi.a.slug}`];
  if (multi.a.paragraphs.length >= 2) refs.push(`${multi.id}/${multi.a.slug}/2`);
  if (listed) {
    const p = listed.a.paragraphs.find((x) => x.items.length > 0)!;
    refs.push(`${listed.id}/${listed.a.slug}/${p.number}/${p.items.length}`);
  }
  if (single) {
    const k = single.a.paragraphs[0]!.items.length;
    refs.push(`${single.id}/${single.a.slug}/(${k})`, `${single.id}/${single.a.slug}/1/${k}`);
  }
  const first = ids.slice(0, 3);
  return {
    refs,
    bad: `${multi.id}/${multi.a.slug}/${multi.a.paragraphs.length + 1}`,
    ids,
    compareAttrs: first.map((id) => `${id}="1"`).join(' '),
    compareBase: `${ids[0]}/1`,
    compareWith: ids.slice(1, 3).join(','),
  };
}

/** The founding examples when every one of them is in the corpus, else examples picked from it. */
export function guideExamples(regulations: readonly Regulation[], resolves: (ref: string) => boolean): GuideExamples {
  const f = FOUNDING_EXAMPLES;
  const haveAll = f.ids.every((id) => regulations.some((r) => r.meta.id === id)) && f.refs.every(resolves) && !resolves(f.bad);
  return haveAll ? f : pickGuideExamples(regulations);
}

import type { Article, Paragraph } from '../schemas/provision.ts';
import type { Reference } from '../schemas/reference.ts';
import { cnToInt } from './numerals.ts';
import { NUM } from './patterns.ts';

const list = (unit: string) => `第[（(]?${NUM}[）)]?${unit}?(?:[、和及或至]第?[（(]?${NUM}[）)]?${unit}?)*${unit}`;
const PARA = list('款');
const ITEM = list('项');
/** 本条例第十条第二款第三项, 第十三条第二、三项, 《…》第十条 (external when it follows 》 or a law name). */
const ARTICLE_REF = new RegExp(`(本条例|本法|本规定|本办法|本细则)?第(${NUM})条(?:之(${NUM}))?(${PARA})?(${ITEM})?`, 'g');
/** 本条第一项, 前款, 前两款, 本款第二项. */
const RELATIVE_REF = new RegExp(`(本条(?!例)|本款|前款|前[两二三]款)(${PARA})?(${ITEM})?`, 'g');
/** A bare 第二款 / 第三项 inside an article, meaning this article / this paragraph. */
const BARE_REF = new RegExp(`(?<![条款之])(${PARA})(${ITEM})?|(?<![条款之])(${ITEM})`, 'g');
const LAW_TITLE = /《([^《》]+)》/g;

/** The place a text sits in, for resolving relative references. */
export interface RefContext {
  article: Article;
  paragraph: Paragraph;
  /** Articles by `number` or `number-suffix`. */
  byKey: Map<string, Article>;
}

/** Numbers in a list like `第二、三、四项` or `第一项、第二项`; `至` expands a range. */
function listNumbers(text: string): number[] {
  const nums: number[] = [];
  const re = new RegExp(`(至)?第?[（(]?(${NUM})`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const n = cnToInt(m[2]!);
    if (n === null) continue;
    const prev = nums[nums.length - 1];
    if (m[1] && prev !== undefined) for (let k = prev + 1; k < n; k++) nums.push(k);
    nums.push(n);
  }
  return nums;
}

/** Resolve paragraph and item lists within one article to node ids; missing targets give null. */
function resolveWithin(article: Article, paraText: string | undefined, itemText: string | undefined, defaultPara: Paragraph | null): Array<string | null> {
  const paras = paraText ? listNumbers(paraText).map((n) => article.paragraphs[n - 1] ?? null) : [defaultPara];
  if (!itemText) return paras.map((p) => (paraText ? (p?.id ?? null) : (p?.id ?? article.id)));
  const out: Array<string | null> = [];
  for (const p of paras) {
    const host = p ?? article.paragraphs.find((q) => q.items.length > 0) ?? null;
    for (const n of listNumbers(itemText)) out.push(host?.items[n - 1]?.id ?? null);
  }
  return out;
}

function overlaps(taken: Array<[number, number]>, s: number, e: number): boolean {
  return taken.some(([a, b]) => s < b && e > a);
}

/** The law a provision reference belongs to when it is not this regulation (`《…》第十条`, `刑法第十条`). */
function externalLaw(text: string, start: number): string | null {
  const before = text.slice(0, start);
  const title = /《([^《》]+)》$/.exec(before);
  if (title) return title[1]!;
  const named = /([\u4e00-\u9fff]{1,20}(?:法|条例))$/.exec(before);
  if (named && !/本(法|条例)$/.test(named[1]!)) return named[1]!;
  return null;
}

/**
 * Find references in one node's text and resolve internal ones to node ids.
 * Unresolvable internal references are returned with `targets: []` and reported by the caller.
 */
export function findReferences(text: string, ctx: RefContext): { refs: Reference[]; broken: Reference[] } {
  const refs: Reference[] = [];
  const broken: Reference[] = [];
  const taken: Array<[number, number]> = [];
  const push = (ref: Reference, ok: boolean) => {
    taken.push([ref.start, ref.end]);
    refs.push(ref);
    if (!ok) broken.push(ref);
  };
  for (const m of text.matchAll(LAW_TITLE)) {
    push({ kind: 'external', text: m[0], start: m.index, end: m.index + m[0].length, targets: [], lawTitle: m[1]! }, true);
  }
  for (const m of text.matchAll(ARTICLE_REF)) {
    const start = m.index;
    const end = start + m[0].length;
    const law = m[1] ? null : externalLaw(text, start);
    if (law !== null) {
      push({ kind: 'external', text: m[0], start, end, targets: [], lawTitle: law }, true);
      continue;
    }
    const num = cnToInt(m[2]!);
    const suffix = m[3] ? cnToInt(m[3]) : 0;
    const article = num === null ? undefined : ctx.byKey.get(suffix ? `${num}-${suffix}` : `${num}`);
    const targets = article ? resolveWithin(article, m[4], m[5], null) : [null];
    push({ kind: 'internal', text: m[0], start, end, targets: targets.filter((t): t is string => t !== null) }, !targets.includes(null));
  }
  const paraIndex = ctx.article.paragraphs.indexOf(ctx.paragraph);
  for (const m of text.matchAll(RELATIVE_REF)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    let targets: Array<string | null>;
    const word = m[1]!;
    if (word === '本条') targets = resolveWithin(ctx.article, m[2], m[3], null);
    else if (word === '本款') targets = resolveWithin(ctx.article, undefined, m[3], ctx.paragraph);
    else {
      const count = word === '前款' ? 1 : (cnToInt(word[1]!) ?? 1);
      const prev = ctx.article.paragraphs.slice(Math.max(0, paraIndex - count), paraIndex);
      targets = prev.length === count ? prev.flatMap((p) => resolveWithin(ctx.article, undefined, m[3], p)) : [null];
    }
    push({ kind: 'internal', text: m[0], start, end, targets: targets.filter((t): t is string => t !== null) }, !targets.includes(null));
  }
  for (const m of text.matchAll(BARE_REF)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const targets = m[1] ? resolveWithin(ctx.article, m[1], m[2], null) : resolveWithin(ctx.article, undefined, m[3], ctx.paragraph);
    push({ kind: 'internal', text: m[0], start, end, targets: targets.filter((t): t is string => t !== null) }, !targets.includes(null));
  }
  refs.sort((a, b) => a.start - b.start);
  return { refs, broken };
}

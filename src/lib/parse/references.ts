import type { Article, Paragraph } from '../schemas/provision.ts';
import type { Reference } from '../schemas/reference.ts';
import { paragraphCite, paragraphName } from '../cite/citation.ts';
import { cnToInt } from './numerals.ts';
import { NUM } from './patterns.ts';

/**
 * A number inside a reference: at most 12 characters, and a list of at most 40 numbers. Unbounded, a run such as
 * `第一、第一、…` without the closing 款 made every 第 rescan the rest of the line (20,000 of them took 13 s).
 */
const N = `${NUM.slice(0, -1)}{1,12}`;
const list = (unit: string) => `第[（(]?${N}[）)]?${unit}?(?:[、和及或至]第?[（(]?${N}[）)]?${unit}?){0,40}${unit}`;
const PARA = list('款');
const ITEM = list('项');
/** 本条例第十条第二款第三项, 第十三条第二、三项, 《…》第十条 (external when it follows 》 or a law name). */
const ARTICLE_REF = new RegExp(`(本条例|本法|本规定|本办法|本细则)?第(${N})条(?:之(${N}))?(${PARA})?(${ITEM})?`, 'g');
/** 本条第一项, 前款, 前两款, 本款第二项. */
const RELATIVE_REF = new RegExp(`(本条(?!例)|本款|前款|前[两二三]款)(${PARA})?(${ITEM})?`, 'g');
/** A bare 第二款 / 第三项 inside an article, meaning this article / this paragraph. */
// Nor does one start in the middle of a list (`一、第二…`): had that list ended in 款 or 项 it would have been taken
// from its first 第, so starting again at every 第 of a long unit-less run only rescans it.
const NOT_INSIDE = `(?<![条款之])(?<!${NUM.slice(0, -1)}[）)]?[、和及或至与])`;
const BARE_REF = new RegExp(`${NOT_INSIDE}(${PARA})(${ITEM})?|${NOT_INSIDE}(${ITEM})`, 'g');
const LAW_TITLE = /《([^《》]+)》/g;
/**
 * The kinds of act a law or normative document's title ends with, before an optional `（试行）` / `（2019年修订）`.
 * A 《…》 ending otherwise names a licence, form or document (`《特种行业许可证》`, `《责令改正通知书》`), not a law.
 */
const LAW_KIND = /(?:法|法典|条例|规定|办法|细则|决定|规则|准则|解释|决议|公约|条约|协定|意见|通知)(?:[（(][^（）()]*[）)])?$/;
/** What may stand between two article numbers of one list: `第二十三条、第二十六条`, `第十条至第十二条`. */
const JOINER = /^(?:[、和及或与至]|以及|或者)$/;
/** A law named without 《》 right before an article number: `刑法第二十条`, `依照治安管理处罚法第十条`. */
const LAW_NAME = /([\u4e00-\u9fff]{1,20}(?:法|条例))$/;
const LEADING_VERB = /^(?:依照|按照|根据|依据|违反|适用|参照)/;
/** Words ending in 法 that are not law names (`依法第…` never names a law). */
const NOT_A_LAW = /^(?:本法|本条例|依法|违法|合法|方法|办法|执法|立法|守法|说法|做法)$/;

/** The place a text sits in, for resolving relative references. */
export interface RefContext {
  article: Article;
  paragraph: Paragraph;
  /** Articles by `number` or `number-suffix`. */
  byKey: Map<string, Article>;
  /** How many articles the regulation has, for messages (defaults to the size of `byKey`). */
  articleCount?: number;
}

/** A reference that does not resolve, and why, in words for the message. */
export interface BrokenReference {
  ref: Reference;
  /** What is missing, e.g. `本法规没有第三十条（共 5 条）`. */
  why: string;
}

/** Target ids found for a reference, and the first thing that could not be found. */
interface Resolution {
  ids: string[];
  missing: string | null;
}

/** Numbers in a list like `第二、三、四项` or `第一项、第二项`; `至` expands a range. */
const LIST_NUMBER = new RegExp(`(至)?第?[（(]?(${N})`, 'g');
function listNumbers(text: string): number[] {
  const nums: number[] = [];
  const re = LIST_NUMBER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const n = cnToInt(m[2]!);
    if (n === null) continue;
    const prev = nums[nums.length - 1];
    // a range is expanded only when it is one a text could mean (`第一至第九九九九九九款` would be millions of numbers)
    if (m[1] && prev !== undefined && n - prev <= 200) for (let k = prev + 1; k < n; k++) nums.push(k);
    nums.push(n);
  }
  return nums;
}

/** Items of a paragraph list, by number; what is missing is described. */
function resolveItems(article: Article, paras: ReadonlyArray<Paragraph | null>, itemText: string): Resolution {
  const ids: string[] = [];
  let missing: string | null = null;
  for (const p of paras) {
    const host = p ?? article.paragraphs.find((q) => q.items.length > 0) ?? null;
    for (const n of listNumbers(itemText)) {
      const item = host?.items[n - 1];
      if (item) ids.push(item.id);
      else if (host && host.items.length > 0) missing ??= `${paragraphName(article, host.number)}只有 ${host.items.length} 项`;
      else missing ??= `${host ? paragraphName(article, host.number) : article.label}没有项`;
    }
  }
  return { ids, missing };
}

/** Resolve paragraph and item lists within one article to node ids. */
function resolveWithin(article: Article, paraText: string | undefined, itemText: string | undefined, defaultPara: Paragraph | null): Resolution {
  const paras: Array<Paragraph | null> = [];
  let missing: string | null = null;
  if (paraText) {
    for (const n of listNumbers(paraText)) {
      const p = article.paragraphs[n - 1];
      if (p) paras.push(p);
      else missing ??= `${article.label}只有 ${article.paragraphs.length} 款`;
    }
  } else paras.push(defaultPara);
  if (!itemText) return { ids: paras.map((p) => p?.id ?? article.id), missing };
  const items = resolveItems(article, paras, itemText);
  return { ids: items.ids, missing: missing ?? items.missing };
}

/**
 * The spans already taken by a reference. A few are compared one by one; past that a mark per character keeps the
 * check linear in the text (20,000 references on one line were compared with each other).
 */
class Taken {
  private readonly spans: Array<[number, number]> = [];
  private marks: Uint8Array | null = null;
  private readonly length: number;
  constructor(length: number) {
    this.length = length;
  }
  add(s: number, e: number): void {
    if (this.marks) this.marks.fill(1, s, e);
    else if (this.spans.push([s, e]) > 16) {
      this.marks = new Uint8Array(this.length);
      for (const [a, b] of this.spans) this.marks.fill(1, a, b);
    }
  }
  overlaps(s: number, e: number): boolean {
    if (!this.marks) return this.spans.some(([a, b]) => s < b && e > a);
    for (let i = s; i < e; i++) if (this.marks[i]) return true;
    return false;
  }
}

/** Per article, computed once: each paragraph's index, and the nearest paragraph with items at or before each index. */
const layouts = new WeakMap<Article, { index: Map<Paragraph, number>; itemHost: Array<Paragraph | null> }>();
function layoutOf(article: Article): { index: Map<Paragraph, number>; itemHost: Array<Paragraph | null> } {
  let l = layouts.get(article);
  if (!l) {
    const index = new Map<Paragraph, number>();
    const itemHost: Array<Paragraph | null> = [];
    let last: Paragraph | null = null;
    article.paragraphs.forEach((p, i) => {
      index.set(p, i);
      if (p.items.length > 0) last = p;
      itemHost.push(last);
    });
    l = { index, itemHost };
    layouts.set(article, l);
  }
  return l;
}
const paragraphIndex = (ctx: RefContext) => layoutOf(ctx.article).index.get(ctx.paragraph) ?? ctx.article.paragraphs.indexOf(ctx.paragraph);

/** The law a provision reference belongs to when it is not this regulation (`《…》第十条`, `刑法第十条`). */
function externalLaw(text: string, start: number): string | null {
  // a bounded look-behind: law titles are short, and scanning the whole prefix would be quadratic
  const before = text.slice(Math.max(0, start - 80), start);
  const title = /《([^《》]+)》$/.exec(before);
  if (title) return title[1]!;
  const named = LAW_NAME.exec(before);
  if (!named) return null;
  const name = named[1]!.replace(LEADING_VERB, '');
  return name === '' || NOT_A_LAW.test(name) ? null : name;
}

/** The paragraph a bare `第二项` means: this one when it has items, else the nearest earlier one that has. */
function bareItemHost(ctx: RefContext): Paragraph {
  if (ctx.paragraph.items.length > 0) return ctx.paragraph;
  const index = paragraphIndex(ctx);
  return (index > 0 ? layoutOf(ctx.article).itemHost[index - 1] : null) ?? ctx.paragraph;
}

/** 前款 / 前两款: the paragraphs just before this one. */
function resolvePrevious(ctx: RefContext, word: string, itemText: string | undefined): Resolution {
  const count = word === '前款' ? 1 : (cnToInt(word[1]!) ?? 1);
  const index = paragraphIndex(ctx);
  const prev = ctx.article.paragraphs.slice(Math.max(0, index - count), index);
  if (prev.length < count) {
    const here = `${ctx.article.label}${paragraphCite(index + 1)}`;
    return { ids: [], missing: index === 0 ? `${here}之前没有款` : `${here}之前只有 ${index} 款` };
  }
  const parts = prev.map((p) => resolveWithin(ctx.article, undefined, itemText, p));
  return { ids: parts.flatMap((r) => r.ids), missing: parts.find((r) => r.missing)?.missing ?? null };
}

/** An article reference a following bare `第二款` / `第（五）项` may continue. */
interface Anchor {
  end: number;
  /** The other law, for `《…》第十条第一款或者第二款`; null for this regulation. */
  law: string | null;
  article: Article | null;
  /** The one paragraph the reference named (`第二十一条第一款…`), for a continuing `第（五）项`. */
  paragraph: Paragraph | null;
}

/** The paragraph of `第N款` when the reference names exactly one. */
function singleParagraph(article: Article, paraText: string | undefined): Paragraph | null {
  const nums = paraText ? listNumbers(paraText) : [];
  return nums.length === 1 ? (article.paragraphs[nums[0]! - 1] ?? null) : null;
}

/**
 * The article reference a bare paragraph or item reference continues: the one that ends just before it, with only a
 * joiner between (`第二十一条第一款第（四）项或者第二款`: 第二款 is 第二十一条第二款, not a paragraph of the citing article).
 */
function continuedAnchor(text: string, best: Anchor | null, start: number): Anchor | null {
  return best && JOINER.test(text.slice(best.end, start)) ? best : null;
}

/** Record a bare `第二款` / `第三项` that continues an earlier article reference, in that article or law. */
function continueReference(
  m: RegExpMatchArray,
  anchor: Anchor,
  push: (ref: Reference, missing?: string | null) => void,
  internal: (m: RegExpMatchArray, r: Resolution) => void,
): void {
  const start = m.index!;
  if (anchor.law !== null) return push({ kind: 'external', text: m[0], start, end: start + m[0].length, targets: [], lawTitle: anchor.law });
  const article = anchor.article!;
  internal(m, m[1] ? resolveWithin(article, m[1], m[2], null) : resolveWithin(article, undefined, m[3], anchor.paragraph));
}

/**
 * Find references in one node's text and resolve internal ones to node ids.
 * Unresolvable internal references are also returned in `broken`, with the reason, for the caller to report.
 */
/**
 * Every match of a module-level global pattern, without `matchAll`: that clones the pattern on each call, which for
 * these long patterns cost more than the search on a short paragraph.
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

export function findReferences(text: string, ctx: RefContext): { refs: Reference[]; broken: BrokenReference[] } {
  const refs: Reference[] = [];
  const broken: BrokenReference[] = [];
  const taken = new Taken(text.length);
  const push = (ref: Reference, missing: string | null = null) => {
    taken.add(ref.start, ref.end);
    refs.push(ref);
    if (missing !== null) broken.push({ ref, why: missing });
  };
  const internal = (m: RegExpMatchArray, r: Resolution) => push({ kind: 'internal', text: m[0], start: m.index!, end: m.index! + m[0].length, targets: r.ids }, r.missing);

  for (const m of allMatches(LAW_TITLE, text)) {
    if (!LAW_KIND.test(m[1]!)) continue;
    push({ kind: 'external', text: m[0], start: m.index, end: m.index + m[0].length, targets: [], lawTitle: m[1]! });
  }
  // `《…法》第二十三条、第二十六条`: the second number belongs to the same law as the first
  let chain: { end: number; law: string } | null = null;
  const anchors: Anchor[] = [];
  for (const m of allMatches(ARTICLE_REF, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const inherited: string | null = !m[1] && chain && JOINER.test(text.slice(chain.end, start)) ? chain.law : null;
    const law: string | null = m[1] ? null : (inherited ?? externalLaw(text, start));
    if (law !== null) {
      push({ kind: 'external', text: m[0], start, end, targets: [], lawTitle: law });
      chain = { end, law };
      anchors.push({ end, law, article: null, paragraph: null });
      continue;
    }
    chain = null;
    const num = cnToInt(m[2]!);
    const suffix = m[3] ? cnToInt(m[3]) : 0;
    const article = num === null ? undefined : ctx.byKey.get(suffix ? `${num}-${suffix}` : `${num}`);
    const count = ctx.articleCount ?? ctx.byKey.size;
    const label = `第${m[2]}条${m[3] ? `之${m[3]}` : ''}`;
    internal(m, article ? resolveWithin(article, m[4], m[5], null) : { ids: [], missing: `本法规没有${label}（共 ${count} 条）` });
    if (article) anchors.push({ end, law: null, article, paragraph: singleParagraph(article, m[4]) });
  }
  for (const m of allMatches(RELATIVE_REF, text)) {
    if (taken.overlaps(m.index, m.index + m[0].length)) continue;
    const word = m[1]!;
    if (word === '本条') internal(m, resolveWithin(ctx.article, m[2], m[3], null));
    else if (word === '本款') internal(m, resolveWithin(ctx.article, undefined, m[3], ctx.paragraph));
    else internal(m, resolvePrevious(ctx, word, m[3]));
  }
  // the anchor a bare reference may continue is the one ending last before it: article anchors are in text order and
  // bare matches come in text order, so one pointer and the latest continuation find it without rescanning
  let next = 0;
  let latest: Anchor | null = null;
  for (const m of allMatches(BARE_REF, text)) {
    if (taken.overlaps(m.index, m.index + m[0].length)) continue;
    while (next < anchors.length && anchors[next]!.end <= m.index) {
      if (latest === null || anchors[next]!.end > latest.end) latest = anchors[next]!;
      next++;
    }
    const anchor = continuedAnchor(text, latest, m.index);
    if (anchor) {
      continueReference(m, anchor, push, internal);
      latest = { ...anchor, end: m.index + m[0].length };
    } else internal(m, m[1] ? resolveWithin(ctx.article, m[1], m[2], null) : resolveWithin(ctx.article, undefined, m[3], bareItemHost(ctx)));
  }
  refs.sort((a, b) => a.start - b.start);
  return { refs, broken };
}

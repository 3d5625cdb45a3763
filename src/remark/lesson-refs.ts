// Provision references as lesson authors write them (`suzhou/24/2`), parsed and resolved against the
// corpus data. Pure: the corpus is passed in; nothing here reads the disk.
import type { RuleId } from '../lib/schemas/diagnostic.ts';
import type { Regulation } from '../lib/schemas/corpus.ts';
import type { Article, Item, Paragraph, SubItem } from '../lib/schemas/provision.ts';
import { articleCite, articleLabel, citeWithinArticle, formatCitation, itemCite, paragraphCite, paragraphName, subItemCite, type CiteTarget } from '../lib/cite/citation.ts';
import { parseNodeId } from '../lib/cite/node-id.ts';
import { articlePath } from '../lib/cite/permalink.ts';
import { alignCorpus } from '../lib/compare/index.ts';
import type { CorpusAlignment } from '../lib/schemas/alignment.ts';

/** The data a lesson is checked against: every regulation by id, and when the data was built. */
export interface LessonCorpus {
  /** Regulations by id, in corpus order. */
  regulations: Map<string, Regulation>;
  /** `builtAt` of `src/generated/corpus.json`. */
  builtAt: string;
  /** The paragraph-level alignment of the corpus (src/lib/compare), computed on first use. */
  alignment: () => CorpusAlignment;
}

/** Build the lookup the lesson plugins use from the generated data. */
export function createLessonCorpus(regulations: readonly Regulation[], builtAt: string): LessonCorpus {
  let alignment: CorpusAlignment | undefined;
  return { regulations: new Map(regulations.map((r) => [r.meta.id, r])), builtAt, alignment: () => (alignment ??= alignCorpus(regulations)) };
}

/** Something wrong with what the author wrote: a message in Chinese for the author and a rule id. */
export interface LessonProblem {
  reason: string;
  ruleId: RuleId;
}

/** A reference as written: regulation id, article slug, and optional paragraph / item / sub-item numbers. */
export interface ProvisionRef {
  /** The reference exactly as written, e.g. `xinjiang/9/(3)`. */
  raw: string;
  regId: string;
  /** Article slug, e.g. `24`, `10-1`. */
  article: string;
  paragraph?: number;
  item?: number;
  subItem?: number;
  /** True for the `(3)` form: an item of an article that has a single paragraph. */
  itemShorthand: boolean;
}

/** A reference resolved to a node of the corpus. */
export interface ResolvedProvision {
  ref: ProvisionRef;
  regulation: Regulation;
  target: CiteTarget;
  /** Id of the cited node (`art_24__para_2`), the article id for a whole article. */
  nodeId: string;
  /** 《苏州市平安建设条例》第二十四条第二款 */
  citation: string;
  /** 第二十四条第二款 */
  withinArticle: string;
  /** Permalink, e.g. `/regulations/suzhou/24/#art_24__para_2`. */
  href: string;
}

/** How a reference is written, shown in messages. */
export const REF_SYNTAX = '法规/条/款/项，如 suzhou/24/2、shanxi/44/1/5；只有一款的条，项可写作 xinjiang/9/(3)';

// the id part takes anything up to the slash, so that `苏州/24` gets a suggestion rather than a syntax error
const FULL_FORM = /^([^/\s]+)\/(\d+(?:-\d+)?)(?:\/(\d+)(?:\/(\d+)(?:\/(\d+))?)?)?$/;
const ITEM_FORM = /^([^/\s]+)\/(\d+(?:-\d+)?)\/[(（](\d+)[)）](?:\/(\d+))?$/;

/**
 * Parse a reference as an author writes it.
 * @example parseProvisionRef('suzhou/24/2') // → { regId: 'suzhou', article: '24', paragraph: 2, … }
 * @example parseProvisionRef('xinjiang/9/(3)') // → { regId: 'xinjiang', article: '9', item: 3, itemShorthand: true, … }
 */
export function parseProvisionRef(written: string): ProvisionRef | LessonProblem {
  const raw = written.trim();
  const short = ITEM_FORM.exec(raw);
  if (short) return { raw, regId: short[1]!, article: short[2]!, item: Number(short[3]), subItem: optionalNumber(short[4]), itemShorthand: true };
  const full = FULL_FORM.exec(raw);
  if (!full) return { reason: `引用格式不对：“${raw}”。应写作 ${REF_SYNTAX}`, ruleId: 'lesson-ref-syntax' };
  return {
    raw,
    regId: full[1]!,
    article: full[2]!,
    paragraph: optionalNumber(full[3]),
    item: optionalNumber(full[4]),
    subItem: optionalNumber(full[5]),
    itemShorthand: false,
  };
}

function optionalNumber(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Whether a parse result is a problem rather than a reference. */
export function isProblem(x: unknown): x is LessonProblem {
  return typeof x === 'object' && x !== null && 'ruleId' in x && 'reason' in x;
}

/** Resolve a written reference against the corpus, or say exactly what is wrong with it. */
export function resolveProvision(corpus: LessonCorpus, written: string): ResolvedProvision | LessonProblem {
  const ref = parseProvisionRef(written);
  if (isProblem(ref)) return ref;
  const regulation = corpus.regulations.get(ref.regId);
  if (!regulation) return unknownRegulation(corpus, ref.regId, ref.raw);
  const title = regulation.meta.title;
  const article = regulation.parsed.articles.find((a) => a.slug === ref.article);
  if (!article) return unknownArticle(regulation, ref);
  const target = resolveWithinArticle(title, article, ref);
  if (isProblem(target)) return target;
  const node = target.subItem ?? target.item ?? target.paragraph ?? target.article;
  // a single paragraph is the article itself: cite and link the article
  const nodeId = node === target.paragraph && article.paragraphs.length === 1 ? article.id : node.id;
  return {
    ref,
    regulation,
    target,
    nodeId,
    citation: formatCitation(title, target),
    withinArticle: citeWithinArticle(target),
    href: articlePath(regulation.meta.id, article.slug, nodeId),
  };
}

/**
 * Resolve a node of the corpus by regulation and node id (`art_21`, `art_16__para_1`), as the comparison
 * library names them.
 * @example resolveNode(corpus, 'changji', 'art_16__para_1')?.citation // → '《昌吉回族自治州平安建设促进条例》第十六条第一款'
 */
export function resolveNode(corpus: LessonCorpus, regId: string, nodeId: string): ResolvedProvision | null {
  const n = parseNodeId(nodeId);
  // the comparison names articles and paragraphs only
  if (!n || n.item !== undefined || n.articleId.includes('__')) return null;
  const ref = `${regId}/${n.article}${n.suffix ? `-${n.suffix}` : ''}${n.paragraph !== undefined ? `/${n.paragraph}` : ''}`;
  const p = resolveProvision(corpus, ref);
  return isProblem(p) ? null : p;
}

function resolveWithinArticle(title: string, article: Article, ref: ProvisionRef): CiteTarget | LessonProblem {
  const where = `《${title}》${articleLabel(article)}`;
  let paragraph: Paragraph | undefined;
  if (ref.itemShorthand) {
    if (article.paragraphs.length > 1) {
      const withItems = article.paragraphs.find((p) => p.items.length > 0);
      const example = `${ref.regId}/${ref.article}/${withItems?.number ?? 1}/${ref.item}`;
      return { reason: `${where}有 ${article.paragraphs.length} 款，项前须写明款号，如 ${example}：${ref.raw}`, ruleId: 'lesson-item-needs-paragraph' };
    }
    paragraph = article.paragraphs[0];
  } else if (ref.paragraph !== undefined) {
    paragraph = article.paragraphs.find((p) => p.number === ref.paragraph);
    if (!paragraph) return { reason: `${where}只有 ${article.paragraphs.length} 款，没有${paragraphCite(ref.paragraph)}：${ref.raw}`, ruleId: 'lesson-unknown-paragraph' };
  }
  if (!paragraph || ref.item === undefined) return { article, paragraph };
  const paraName = paragraphName({ label: where, paragraphs: article.paragraphs }, paragraph.number);
  const item: Item | undefined = paragraph.items.find((i) => i.number === ref.item);
  if (!item) {
    const has = paragraph.items.length ? `只有 ${paragraph.items.length} 项` : '没有分项';
    return { reason: `${paraName}${has}，没有${itemCite(ref.item)}：${ref.raw}`, ruleId: 'lesson-unknown-item' };
  }
  if (ref.subItem === undefined) return { article, paragraph, item };
  const subItem: SubItem | undefined = item.subItems.find((s) => s.number === ref.subItem);
  if (!subItem) return { reason: `${paraName}第${item.label}项没有${subItemCite(ref.subItem)}：${ref.raw}`, ruleId: 'lesson-unknown-subitem' };
  return { article, paragraph, item, subItem };
}

function unknownArticle(regulation: Regulation, ref: ProvisionRef): LessonProblem {
  const { articles } = regulation.parsed;
  const [n, suffix] = ref.article.split('-').map(Number) as [number, number | undefined];
  const label = articleCite(n, suffix);
  const range = `共 ${articles.length} 条，${articleLabel(articles[0]!)}至${articleLabel(articles.at(-1)!)}`;
  return { reason: `《${regulation.meta.title}》没有${label}（${range}）：${ref.raw}`, ruleId: 'lesson-unknown-article' };
}

/** The problem for an id that names no regulation, with the nearest id as a suggestion. */
export function unknownRegulation(corpus: LessonCorpus, regId: string, raw: string): LessonProblem {
  const ids = [...corpus.regulations.keys()];
  const nearest = suggestRegulationId(corpus, regId);
  const hint = nearest ? `你是不是要写“${nearest}”？` : '';
  return { reason: `没有 id 为“${regId}”的法规：${raw}。${hint}可用的 id：${ids.join('、')}`, ruleId: 'lesson-unknown-regulation' };
}

/**
 * The regulation id an author most likely meant: one whose short name or jurisdiction they wrote
 * (`苏州` → `suzhou`), else the id nearest by edit distance.
 * @example suggestRegulationId(corpus, 'suzou') // → 'suzhou'
 */
export function suggestRegulationId(corpus: LessonCorpus, written: string): string | undefined {
  for (const r of corpus.regulations.values()) {
    const { shortName, jurisdiction, title } = r.meta;
    if (written === shortName || written === jurisdiction || written === title) return r.meta.id;
  }
  let best: { id: string; d: number } | undefined;
  for (const id of corpus.regulations.keys()) {
    const d = editDistance(written.toLowerCase(), id);
    if (!best || d < best.d) best = { id, d };
  }
  return best?.id;
}

/**
 * Levenshtein distance between two strings (UTF-16 units; ids are ASCII).
 * @example editDistance('suzou', 'suzhou') // → 1
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The regulation ids a lesson's source refers to in its directives, in order of first use, so a page
 * can check them against the lesson's front matter.
 * @example regulationsReferenced(':cite[suzhou/24/2] ::compare[shanxi/35]{with="xinjiang" changji="20"}') // → ['suzhou', 'shanxi', 'xinjiang', 'changji']
 */
export function regulationsReferenced(source: string): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/:{1,2}(?:cite|quote|compare)\[\s*([^/\s\]]+)\//g)) ids.add(m[1]!);
  for (const m of source.matchAll(/::compare(?:\[[^\]\n]*\])?\{([^}\n]*)\}/g)) {
    for (const a of m[1]!.matchAll(/([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g)) {
      if (a[1] === 'with') for (const id of a[2]!.split(/[\s,，、]+/).filter(Boolean)) ids.add(id);
      else if (a[1] !== 'title') ids.add(a[1]!);
    }
  }
  return [...ids];
}

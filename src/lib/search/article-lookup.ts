// Article-number lookup: whatever form an official types — 苏州 第二十四条, 苏州 24, 新疆 52条,
// 《海东市平安建设条例》第四十六条, 昌吉州第15条, 新疆第五十二条第一款 — maps to {regId, slug}.
import { cnToInt } from '../parse/numerals.ts';
import { nodeIdOf } from '../cite/node-id.ts';
import { articleIdOfSlug } from '../cite/permalink.ts';
import { articleSlug, hasArticle, type DirectoryRegulation, type SearchDirectory } from './directory.ts';
import { normalizeQuery } from './normalize.ts';

/** One article (and optionally a paragraph / item inside it) a query names. */
export interface ArticleTarget {
  regId: string;
  slug: string;
  /** 款 number, when the query names one. */
  paragraph: number | null;
  /** 项 number, when the query names one. */
  item: number | null;
}

/** What an article-number query resolved to. */
export interface ArticleLookup {
  /** The article label in standard form, e.g. `第二十四条`. */
  number: number;
  suffix: number;
  paragraph: number | null;
  item: number | null;
  /** True when the query named a regulation; false for a bare 第N条 (then every regulation that has it). */
  scoped: boolean;
  targets: ArticleTarget[];
}

const NUM = '([0-9]+|[零〇一二两三四五六七八九十百千]+)';
/** 第N条之M 第P款 第（I）项, every part but the number optional; 第 may be left out before 款 and 项 (苏州 24条2款). */
const ARTICLE_EXPR = new RegExp(`^(第)?${NUM}(条)?(?:之${NUM})?(?:第?${NUM}款)?(?:第?[(（]?${NUM}[)）]?项)?$`);

interface ParsedExpr {
  number: number;
  suffix: number;
  paragraph: number | null;
  item: number | null;
  /** Written with 第 or 条, so it cannot be a plain number. */
  explicit: boolean;
}

/** Parse `第二十四条第二款` / `24` / `52条` (spaces removed); null when it is not an article expression. */
function parseArticleExpr(text: string): ParsedExpr | null {
  const m = ARTICLE_EXPR.exec(text);
  if (!m) return null;
  const number = cnToInt(m[2]!);
  const suffix = m[4] ? cnToInt(m[4]) : 0;
  const paragraph = m[5] ? cnToInt(m[5]) : null;
  const item = m[6] ? cnToInt(m[6]) : null;
  if (!number || number > 9999 || suffix === null || paragraph === 0 || item === 0) return null;
  if ((m[5] && paragraph === null) || (m[6] && item === null)) return null;
  // a bare 之M, 款 or 项 needs the 条 before it (第十条之一, not 十之一)
  if ((m[4] || m[5] || m[6]) && !m[3]) return null;
  return { number, suffix, paragraph, item, explicit: Boolean(m[1] || m[3]) };
}

/** Whether `small` can be read out of `big` in order, skipping characters (昌吉州 ⊂ 昌吉回族自治州). */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i++;
  return i === small.length;
}

/**
 * How well a typed name names a regulation: the length of the name it starts with (short name, jurisdiction
 * or title), 0 when it does not name it. The rest must be read out of the title in order, so 苏州条例,
 * 苏州市平安建设条例 and 昌吉州 match but 苏州网格 does not.
 */
export function nameMatch(name: string, reg: DirectoryRegulation): number {
  if (!name) return 0;
  if (name === reg.id) return name.length;
  let best = 0;
  for (const alias of [reg.title, reg.jurisdiction, reg.shortName]) {
    if (!name.startsWith(alias)) continue;
    const rest = name.slice(alias.length);
    if (rest === '' || isSubsequence(rest, reg.title.slice(reg.title.indexOf(alias) >= 0 ? reg.title.indexOf(alias) + alias.length : 0))) {
      best = Math.max(best, alias.length);
    }
  }
  return best;
}

/** The regulations a typed name refers to: the best match, several when equally good (two 苏州 regulations). */
export function matchRegulations(name: string, directory: SearchDirectory): DirectoryRegulation[] {
  const compact = normalizeQuery(name).replace(/ /g, '');
  let best = 0;
  let found: DirectoryRegulation[] = [];
  for (const reg of directory.regulations) {
    const score = nameMatch(compact, reg);
    if (score > best) [best, found] = [score, [reg]];
    else if (score > 0 && score === best) found.push(reg);
  }
  return found;
}

/** Build the targets for an expression in the given regulations, keeping only articles that exist. */
function toLookup(expr: ParsedExpr, regs: DirectoryRegulation[], scoped: boolean): ArticleLookup | null {
  const slug = articleSlug(expr.number, expr.suffix);
  const targets = regs.filter((r) => hasArticle(r, slug)).map((r) => ({ regId: r.id, slug, paragraph: expr.paragraph, item: expr.item }));
  if (targets.length === 0) return null;
  return { number: expr.number, suffix: expr.suffix, paragraph: expr.paragraph, item: expr.item, scoped, targets };
}

/**
 * Resolve a query that names an article. Tries every split of the query into a regulation name and an
 * article expression (name first, or 第N条 first then the name); the longest name that matches wins.
 * A bare number needs a regulation name (苏州 24); a bare 第N条 lists that article in every regulation.
 * Null when the query is not an article reference or the article does not exist.
 * @example lookupArticle('苏州 第二十四条', dir)?.targets // → [{ regId: 'suzhou', slug: '24', paragraph: null, item: null }]
 */
export function lookupArticle(query: string, directory: SearchDirectory): ArticleLookup | null {
  const q = normalizeQuery(query);
  if (!q || q.length > 80) return null;
  const compact = q.replace(/ /g, '');
  // name first: 苏州 24, 山西省平安建设条例第六条
  for (let i = compact.length - 1; i >= 0; i--) {
    const expr = parseArticleExpr(compact.slice(i));
    if (!expr) continue;
    const head = compact.slice(0, i);
    if (head === '') return expr.explicit ? toLookup(expr, directory.regulations, false) : null;
    const regs = matchRegulations(head, directory);
    if (regs.length > 0) return toLookup(expr, regs, true);
  }
  // article first, then the name: 第二十四条 苏州
  const [first, ...rest] = q.split(' ');
  const expr = first ? parseArticleExpr(first) : null;
  if (expr?.explicit && rest.length > 0) {
    const regs = matchRegulations(rest.join(''), directory);
    if (regs.length > 0) return toLookup(expr, regs, true);
  }
  return null;
}

/**
 * The HTML id of the provision a target names, for the link's #fragment.
 * @example targetNodeId({ regId: 'xinjiang', slug: '52', paragraph: 1, item: null }) // → 'art_52__para_1'
 */
export function targetNodeId(t: ArticleTarget): string {
  return nodeIdOf(articleIdOfSlug(t.slug), t.paragraph, t.item);
}

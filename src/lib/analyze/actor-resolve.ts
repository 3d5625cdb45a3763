import type { ActorEntry } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';

/** A vocabulary match for one actor phrase. */
export interface Resolved {
  actor: ActorEntry;
  /** Level id read from the phrase, if any. */
  level: string | null;
}

const MAX_DEPTH = 6;

/**
 * Look one actor phrase up: exact alias, then with qualifiers and levels stripped, 等 removed,
 * a `…的` modifier dropped, or a trailing 部门 removed. Null when nothing in the vocabulary fits.
 * @example resolveActor('县级以上人民政府', ctx) // → { actor: people-government, level: 'county-up' }
 */
export function resolveActor(phrase: string, ctx: ActorContext): Resolved | null {
  return resolveFrom(phrase, null, ctx, 0);
}

function resolveFrom(text: string, level: string | null, ctx: ActorContext, depth: number): Resolved | null {
  const exact = ctx.byAlias.get(text);
  if (exact) return { actor: exact, level: exact.aliasLevels[text] ?? level };
  if (depth >= MAX_DEPTH || text === '') return null;
  for (const next of variants(text, level, ctx)) {
    if (next.text === '' && next.level !== null && next.level !== level) {
      const jurisdiction = ctx.byId.get('jurisdiction');
      if (jurisdiction) return { actor: jurisdiction, level: next.level };
      continue;
    }
    const r = resolveFrom(next.text, next.level, ctx, depth + 1);
    if (r) return r;
  }
  return null;
}

function isModifier(words: string, ctx: ActorContext): boolean {
  return !ctx.stopWords.some((w) => words.startsWith(w)) && !ctx.vocab.prepositions.some((w) => words.includes(w));
}

/** The rewritings tried, in order. */
function variants(text: string, level: string | null, ctx: ActorContext): Array<{ text: string; level: string | null }> {
  const out: Array<{ text: string; level: string | null }> = [];
  for (const p of ctx.prefixes) if (text.startsWith(p) && text.length > p.length) out.push({ text: text.slice(p.length), level });
  for (const { alias, level: l } of ctx.levels) if (text.startsWith(alias)) out.push({ text: text.slice(alias.length), level: l.id });
  const etc = /^(.+?)等(?:有关|相关)?(.*)$/u.exec(text);
  // `海关等部门` → 海关部门, then `工商联等团体` → 工商联
  if (etc) {
    out.push({ text: etc[1]! + etc[2]!, level });
    if (etc[2] === '' || ctx.heads.includes(etc[2]!)) out.push({ text: etc[1]!, level });
  }
  const de = text.lastIndexOf('的');
  // `受理申诉的机构` → 机构, but not `加强对…的教育` or `…机构对…成绩突出的单位` (a predicate, not a modifier)
  if (de >= 0 && de < text.length - 1 && isModifier(text.slice(0, de), ctx)) out.push({ text: text.slice(de + 1), level });
  if (/部门$/u.test(text)) out.push({ text: text.replace(/(?:主管|行政|管理)?部门$/u, ''), level });
  return out;
}

/** The head noun a phrase ends with (longest), or null. @example headOf('海关等部门', ctx) // → '部门' */
export function headOf(phrase: string, ctx: ActorContext): string | null {
  // `社会治安综合治理中心（网格化服务中心）` ends with its head before the bracket
  const bare = phrase.replace(/（[^（）]*）$/u, '');
  return ctx.heads.find((h) => bare.endsWith(h)) ?? null;
}

/** The level alias a phrase starts with and the rest, e.g. `县（区）人民政府` → `县（区）` + `人民政府`. */
export function splitLevel(phrase: string, ctx: ActorContext): { level: string; rest: string } | null {
  const hit = ctx.levels.find(({ alias }) => phrase.startsWith(alias));
  return hit ? { level: hit.alias, rest: phrase.slice(hit.alias.length) } : null;
}

import type { ActorRef, ActorVia } from '../schemas/analysis.ts';
import type { ActorEntry } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';
import { headOf, resolveActor, splitLevel, type Resolved } from './actor-resolve.ts';
import { trimPunct } from './text-spans.ts';

const LIST_SPLIT = /以及|及其(?!他)|或者|[、，和及与]/uy;
const MASK = '\u0000';
const MAX_PART = 24;
const MAX_STEM = 8;

/**
 * Split an actor list into parts at 、，和 及 及其 以及 与 或者 (not inside brackets or joined names).
 * @example splitActorList('公安、交通运输、应急管理等部门', ctx) // → ['公安', '交通运输', '应急管理等部门']
 */
export function splitActorList(phrase: string, ctx: ActorContext): string[] {
  const masked: string[] = [];
  let text = trimPunct(phrase).replace(/等+$/u, '');
  for (const name of ctx.joined) {
    if (!text.includes(name)) continue;
    text = text.split(name).join(`${MASK}${masked.length}${MASK}`);
    masked.push(name);
  }
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('（('.includes(ch)) depth++;
    if ('）)'.includes(ch)) depth = Math.max(0, depth - 1);
    LIST_SPLIT.lastIndex = i;
    const m = depth === 0 ? LIST_SPLIT.exec(text) : null;
    if (m) {
      parts.push(current);
      current = '';
      i += m[0].length - 1;
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const unmask = (s: string) => s.replace(/\u0000(\d+)\u0000/gu, (_, n: string) => masked[Number(n)]!);
  return parts.map((p) => unmask(p).trim()).filter((p) => p !== '');
}

/** One part of a list, resolved (or not) with the head it may have borrowed from a later part. */
interface PartReading {
  raw: string;
  expanded: string;
  resolved: Resolved | null;
}

/** Read each part; a part without a head borrows the head (or, for a bare level, the body) of the next part that has one. */
function readParts(parts: string[], ctx: ActorContext): PartReading[] {
  return parts.map((raw, i) => {
    const nextHeaded = parts.slice(i + 1).find((p) => headOf(p, ctx) !== null);
    if (nextHeaded && headOf(raw, ctx) === null) {
      const borrowed = borrow(raw, nextHeaded, ctx);
      const resolved = borrowed ? resolveActor(borrowed, ctx) : null;
      if (borrowed && resolved) return { raw, expanded: borrowed, resolved };
      const alone = bareLevel(raw, ctx) ? null : resolveActor(raw, ctx);
      if (alone) return { raw, expanded: raw, resolved: alone };
      if (borrowed) return { raw, expanded: borrowed, resolved: null };
    }
    return { raw, expanded: raw, resolved: resolveActor(raw, ctx) };
  });
}

/** `市` + `县（区）人民政府` → `市人民政府`; `公安` + `海关等部门` → `公安部门`. */
function borrow(part: string, next: string, ctx: ActorContext): string | null {
  if (bareLevel(part, ctx)) {
    const body = splitLevel(next, ctx)?.rest ?? next;
    return body ? part + body : null;
  }
  const head = headOf(next, ctx);
  return head ? part + head : null;
}

function bareLevel(part: string, ctx: ActorContext): boolean {
  return ctx.levels.some(({ alias }) => alias === part);
}

/**
 * True when an unresolved part still looks like an actor: its own words end with a head noun, or it is a short
 * stem before a shared 部门 (`公安、林业和草原等部门`), and no predicate word is inside.
 */
function looksLikeActor(reading: PartReading, ctx: ActorContext): boolean {
  const t = reading.raw;
  const borrowedDepartment = reading.expanded !== t && reading.expanded.endsWith('部门') && t.length <= MAX_STEM;
  if (t.length > MAX_PART || (headOf(t, ctx) === null && !borrowedDepartment)) return false;
  return !ctx.stopWords.some((w) => t.includes(w));
}

/** Normalise an actor phrase into actor refs; null when some part is not an actor (the phrase is not a subject). */
export function readActorPhrase(phrase: string, ctx: ActorContext, via: ActorVia): ActorRef[] | null {
  const text = trimPunct(phrase);
  if (text === '' || text.length > 240) return null;
  const exact = ctx.byAlias.get(text);
  if (exact) return [toRef(text, text, { actor: exact, level: exact.aliasLevels[text] ?? null }, ctx, via)];
  const role = possessedRole(text, ctx);
  if (role) return [toRef(text, text, { actor: role, level: null }, ctx, via)];
  // a list first (`人民法院、…以及其他履行执法职责的部门`: the 的 belongs to the last part); only when that
  // fails, the whole phrase (`学校、…等区域的管理或者经营单位`: the 的 governs the whole list)
  const readings = readParts(splitActorList(text, ctx), ctx);
  if (readings.length && readings.every((r) => r.resolved || looksLikeActor(r, ctx))) {
    return dedupe(readings.map((r) => (r.resolved ? toRef(r.raw, r.expanded, r.resolved, ctx, via) : uncoveredRef(r, via))));
  }
  const whole = resolveActor(text, ctx);
  return whole ? [toRef(text, text, whole, ctx, via)] : null;
}

/**
 * A role held in the organisations named before it: suzhou 第十条 `人民团体、企业事业单位和其他社会组织法定代表人
 * 或者主要负责人` is one actor, 主要负责人. Only when the role follows an organisation name without a list mark
 * (`主要负责人、主管人员、分管负责人和直接责任人` stays a list).
 */
function possessedRole(text: string, ctx: ActorContext): ActorEntry | null {
  for (const [alias, actor] of ctx.byAlias) {
    if (!actor.possessed || alias.length >= text.length || !text.endsWith(alias)) continue;
    const before = text.slice(0, -alias.length);
    if (!/[、，和及与者]$/u.test(before) && headOf(before, ctx) !== null) return actor;
  }
  return null;
}

/** True when the whole phrase reads as a list of actors. */
export function isActorPhrase(phrase: string, ctx: ActorContext): boolean {
  return readActorPhrase(phrase, ctx, 'subject') !== null;
}

function toRef(raw: string, expanded: string, r: Resolved, ctx: ActorContext, via: ActorVia): ActorRef {
  const level = r.actor.leveled ? r.level : null;
  const levelName = level ? (ctx.levelById.get(level)?.name ?? '') : '';
  return { raw, expanded, id: r.actor.id, level, key: level ? `${r.actor.id}@${level}` : r.actor.id, name: levelName + r.actor.name, via };
}

function uncoveredRef(r: PartReading, via: ActorVia): ActorRef {
  // reported for review as the name it would have: `草原等部门` → 草原部门
  const expanded = r.expanded.replace(/等(?:有关|相关)?/gu, '');
  return { raw: r.raw, expanded, id: null, level: null, key: null, name: expanded, via };
}

/** Drop repeated actors (same key, or same words when uncovered), keeping the first. */
export function dedupe(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = r.key ?? `?${r.expanded}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

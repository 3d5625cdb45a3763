import type { ActorRef, ActorVia } from '../schemas/analysis.ts';
import type { ActorContext } from './actor-context.ts';
import { dedupe, readActorPhrase } from './actor-phrase.ts';
import { isConditionPhrase, splitTopLevel, trimPunct } from './text-spans.ts';

const MAX_LEADING = 200;
const ESTABLISH = /(?:下设|设立|设置)(.+)$/u;
const MODAL_START = /^(?:应当|必须|可以|不得|负责|有权)/u;

/** Strip the reviewed subject noise (`各单位的平安建设工作` → `各单位`). */
function stripSuffixes(text: string, ctx: ActorContext): string {
  let t = trimPunct(text);
  for (const s of ctx.vocab.subjectSuffixes) if (t.endsWith(s)) t = t.slice(0, -s.length);
  return t;
}

/**
 * The longest start of `text` that reads as a list of actors (`市、县（区）平安建设组织协调机构对成员单位…`
 * → that body), or null.
 */
export function leadingActors(text: string, ctx: ActorContext, via: ActorVia): ActorRef[] | null {
  return leadingActorSpan(text, ctx, via)?.refs ?? null;
}

/** Like leadingActors, with the length of the actor words (the rest of `text` starts there). */
export function leadingActorSpan(text: string, ctx: ActorContext, via: ActorVia): { refs: ActorRef[]; end: number } | null {
  const t = trimPunct(text);
  for (let end = Math.min(t.length, MAX_LEADING); end > 0; end--) {
    if ('、，和及与'.includes(t[end - 1]!)) continue;
    const refs = readActorPhrase(t.slice(0, end), ctx, via);
    if (refs) return { refs, end };
  }
  return null;
}

/**
 * Find the subject of the modal word at `at` in a clause: the words right before it; else the nearest earlier
 * comma segment that is wholly a list of actors; else the actors the clause starts with (its topic). A `…的`
 * condition segment is skipped, its actor kept as a fallback (`物业服务企业、出租人发现承租人涉嫌违法犯罪的，
 * 应当…`). A subject list broken by a comma (`人民法院、…国家安全机关，司法行政部门应当`) is joined again.
 * Segments in the middle are not searched for a leading actor: there it is usually an object (changji 第二十二条
 * `…负责对下级人民政府，同级有关部门、单位…进行监督…，发现问题的，应当…`). Null when the clause names nobody.
 */
export function findSubject(clause: string, at: number, ctx: ActorContext): ActorRef[] | null {
  const segments = splitTopLevel(clause.slice(0, at), '，：').map((s) => s.text);
  const last = segments.length && !/[，：]$/u.test(segments.at(-1)!) ? segments.pop()! : '';
  if (trimPunct(last) !== '') {
    const text = stripSuffixes(last, ctx);
    const own = readActorPhrase(text, ctx, 'subject') ?? leadingActors(text, ctx, 'subject');
    if (own) return extendBack(segments, segments.length, own, ctx);
  }
  let fallback: ActorRef[] | null = null;
  for (let k = segments.length - 1; k >= 0; k--) {
    const seg = segments[k]!;
    const text = stripSuffixes(seg, ctx);
    const whole = readActorPhrase(text, ctx, 'subject');
    if (whole) return extendBack(segments, k, whole, ctx);
    const object = establishedBody(text, ctx);
    if (object) return object;
    const condition = isConditionPhrase(seg);
    const leading = leadingActorSpan(text, ctx, 'subject');
    if (condition) fallback ??= leading?.refs ?? null;
    // a middle segment's first actors are its subject only when a modal word follows them
    // (changji 第八条第三款 `…的，决策机关应当开展…，可以自行或者委托第三方…`)
    else if (leading && (k === 0 || MODAL_START.test(text.slice(leading.end)))) return leading.refs;
  }
  return fallback;
}

/**
 * `市、县（区）设立平安建设组织协调机构` (haidong 第六条): the body set up is the subject of what follows, at the
 * levels named before 设立.
 */
function establishedBody(text: string, ctx: ActorContext): ActorRef[] | null {
  const m = ESTABLISH.exec(text);
  const body = m ? readActorPhrase(m[1]!, ctx, 'subject') : null;
  if (!m || !body) return null;
  const levels = readActorPhrase(text.slice(0, m.index), ctx, 'subject');
  if (!levels?.every((l) => l.id === 'jurisdiction' && l.level)) return body;
  return dedupe(body.flatMap((b) => (ctx.byId.get(b.id ?? '')?.leveled ? levels.map((l) => withLevel(b, l.level!, ctx)) : [b])));
}

function withLevel(ref: ActorRef, level: string, ctx: ActorContext): ActorRef {
  const actor = ctx.byId.get(ref.id!)!;
  return { ...ref, level, key: `${actor.id}@${level}`, name: (ctx.levelById.get(level)?.name ?? '') + actor.name };
}

/** Prepend the actors of the segments before `k` while each is wholly an actor list (shanxi 第九条 `各级国家机关，工会、…`). */
function extendBack(segments: readonly string[], k: number, refs: ActorRef[], ctx: ActorContext): ActorRef[] {
  let out = refs;
  for (let j = k - 1; j >= 0; j--) {
    const before = readActorPhrase(segments[j]!, ctx, refs[0]?.via ?? 'subject');
    if (!before) break;
    out = [...before, ...out];
  }
  return dedupe(out);
}

/** The encouraged parties after 鼓励 / 支持 (`鼓励和支持物业服务企业提高…` → 物业服务企业). */
export function findAddressees(clause: string, after: number, ctx: ActorContext): ActorRef[] | null {
  const rest = splitTopLevel(clause.slice(after), '，。；')[0]?.text ?? '';
  return leadingActors(rest.replace(/^(?:和支持|支持|引导)/u, ''), ctx, 'addressee');
}

/** The bodies named by 由… (`由其任免机关、单位依法给予处分，或者由监察机关依法给予政务处分`). */
export function findAgents(clause: string, ctx: ActorContext): ActorRef[] {
  const refs: ActorRef[] = [];
  for (const m of clause.matchAll(/(?<![理自经])由(?!于)/gu)) {
    const rest = splitTopLevel(clause.slice(m.index + 1), '，。；')[0]?.text ?? '';
    const found = leadingActors(rest, ctx, 'agent');
    if (found) refs.push(...found);
  }
  return dedupe(refs);
}

import type { ActorRef, Clause, MarkerHit, SanctionHit } from '../schemas/analysis.ts';
import type { ListKind, Modality, Vocabulary } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';
import { dedupe } from './actor-phrase.ts';
import { findAddressees, findAgents, findSubject, leadingActors, leadingActorSpan } from './actor-subject.ts';
import { findMarkers, findImplicitVerb, NORMATIVE, orderModalities, primaryModality, type Marker } from './modality.ts';
import { findReports } from './reports.ts';
import { findSanctions } from './sanctions.ts';
import { isConditionPhrase, splitTopLevel, type Span } from './text-spans.ts';
import { findTimings } from './timing.ts';
import { findTopics } from './topics.ts';

/** Where a clause sits: its node, its article, and the kind of list it is an item of (if any). */
export interface ClausePlace {
  sourceId: string;
  articleId: string;
  /** Index of the clause within its node (1-based). */
  index: number;
  /** Kind of list the node is an item (or sub-item) of; null for a paragraph's own text. */
  listKind: ListKind | null;
}

/** Sanctions that make a clause a 罚则 (rewards and recommendations do not). */
const PENAL = new Set(['惩戒', '追责', '督导']);

/** Read one clause on its own: modality, the actors its own words name, sanctions, time limits, reports, topics. */
export function readClause(span: Span, place: ClausePlace, vocab: Vocabulary, ctx: ActorContext): Clause {
  const text = span.text;
  const sanctions = findSanctions(text, vocab.sanctions);
  const markers = place.listKind === 'conditions' ? [] : outsideConditions(text, findMarkers(text, vocab.modalities, sanctions));
  const { modalities, primary, extra, actors } = typeClause(text, place.listKind, markers, sanctions, vocab, ctx);
  return {
    id: `${place.sourceId}__cl_${place.index}`,
    sourceId: place.sourceId,
    articleId: place.articleId,
    start: span.start,
    end: span.end,
    text,
    modality: primary,
    modalities: modalities.length ? modalities : ['陈述'],
    markers: [...markers, ...extra].map(({ modality, text: t, start, implicit }): MarkerHit => ({ modality, text: t, start, implicit })),
    actors,
    condition: findCondition(text, markers, sanctions, ctx),
    sanctions,
    timings: findTimings(text, vocab.timing),
    reports: findReports(text, vocab.procedures, ctx),
    topics: findTopics(text, vocab.topics),
  };
}

/** True when offset `at` lies in a `…的，` condition segment (`各地…经考核不合格的，` holds no duty verb). */
function inCondition(text: string, at: number): boolean {
  return splitTopLevel(text, '，').some((s) => at >= s.start && at < s.end && isConditionPhrase(s.text) && s.text.endsWith('，'));
}

/** Drop markers inside a `…的，` condition segment (suzhou 第二十九条 `发现法律、法规等禁止发布…的信息的，`). */
function outsideConditions(text: string, markers: Marker[]): Marker[] {
  return markers.filter((m) => !inCondition(text, m.start));
}

interface Typed {
  modalities: Modality[];
  primary: Modality;
  extra: Marker[];
  actors: ActorRef[];
}

function typeClause(text: string, listKind: ListKind | null, markers: Marker[], sanctions: SanctionHit[], vocab: Vocabulary, ctx: ActorContext): Typed {
  if (listKind === 'conditions') return { modalities: ['情形'], primary: '情形', extra: [], actors: [] };
  if (listKind === 'definitions') return { modalities: ['定义'], primary: '定义', extra: [], actors: [] };
  const present = new Set<Modality>(markers.map((m) => m.modality));
  const penal = sanctions.some((s) => PENAL.has(s.kind));
  const agents = findAgents(text, ctx);
  // the items of 主要任务是： are tasks of 平安建设, not duties of whoever their first words name
  // duty-list items get their actors from the lead-in (analyze-article), never from their first words (`组织实施…`)
  const implicit = listKind === 'tasks' || listKind === 'duties' ? null : findImplicitSubject(text, agents, vocab, ctx);
  const extra: Marker[] = [];
  if (present.size === 0 && listKind === 'duties') extra.push({ modality: '义务', text: '（职责清单）', start: 0, implicit: true, actor: 'none' });
  else if (present.size === 0 && !penal && implicit) extra.push({ ...implicit.verb, modality: '义务', implicit: true, actor: 'none' });
  for (const m of extra) present.add(m.modality);
  if (penal) present.add('罚则');
  const modalities = orderModalities(present, vocab.modalities);
  const primary = primaryModality(modalities, [...markers, ...extra], vocab.modalities);
  return { modalities, primary, extra, actors: actorsFor(primary, text, markers, agents, implicit?.actors ?? [], ctx) };
}

/**
 * The actor of a sentence without a modal word: the agent of 由… (`具体办法由自治区人民政府制定`), or the actors
 * it starts with when a duty verb follows them directly or after an adverbial (`公安机关会同文化和旅游部门加强…`,
 * `…组织协调机构根据工作需要，确定…`). Null for `本市行政区域内平安建设及其相关监督管理活动，适用本条例`.
 */
function findImplicitSubject(text: string, agents: ActorRef[], vocab: Vocabulary, ctx: ActorContext): { actors: ActorRef[]; verb: { text: string; start: number } } | null {
  if (agents.length) {
    const verb = findImplicitVerb(text, vocab.modalities, 0);
    return verb ? { actors: agents, verb } : null;
  }
  const lead = leadingActorSpan(splitTopLevel(text, '，')[0]?.text ?? '', ctx, 'subject');
  if (!lead) return null;
  const verb = findImplicitVerb(text, vocab.modalities, lead.end);
  if (!verb || inCondition(text, verb.start)) return null;
  const gap = text.slice(lead.end, verb.start);
  if (gap !== '' && !vocab.modalities.implicitDutyAdverbials.some((a) => gap.startsWith(a))) return null;
  // `国家机关工作人员在…中滥用职权…的，依法给予处分`: the actor is in the condition and is sanctioned, not the one
  // who acts; but `…等部门发现有关单位…存在突出问题的，依法提出…建议` (haidong 第四十八条) acts on what it finds
  if (gap.includes('的，') && !gap.startsWith('发现')) return null;
  return { actors: lead.refs, verb };
}

function actorsFor(primary: Modality, text: string, markers: Marker[], agents: ActorRef[], implicit: ActorRef[], ctx: ActorContext): ActorRef[] {
  if (NORMATIVE.has(primary)) {
    const found = markers.filter((m) => NORMATIVE.has(m.modality) && m.actor === 'before').flatMap((m) => findSubject(text, m.start, ctx) ?? []);
    if (found.length) return dedupe(found);
    return implicit.length ? implicit : agents;
  }
  if (primary === '倡导') {
    return dedupe(markers.filter((m) => m.actor === 'after').flatMap((m) => findAddressees(text, m.start + m.text.length, ctx) ?? []));
  }
  // 罚则: the body that imposes the consequence (由…, or `…组织协调机构对…实行专项治理，并限期整改`)
  return primary === '罚则' ? (agents.length ? agents : implicit) : [];
}

/**
 * The condition a clause attaches its norm to: the run of comma segments ending in `…的` right before the
 * first marker or sanction (`发现违禁物品的`); null when there is none.
 */
function findCondition(text: string, markers: Marker[], sanctions: SanctionHit[], ctx: ActorContext): string | null {
  const anchor = Math.min(...markers.map((m) => m.start), ...sanctions.map((s) => s.start), text.length);
  const segments = splitTopLevel(text, '，');
  const at = segments.findIndex((s) => anchor >= s.start && anchor < s.end);
  let first = -1;
  for (let k = (at < 0 ? segments.length : at) - 1; k >= 0; k--) {
    const seg = segments[k]!;
    if (isConditionPhrase(seg.text)) first = k;
    else if (first < 0 || leadingActors(seg.text, ctx, 'subject')) break;
  }
  if (first < 0) return null;
  const last = segments.slice(first, at < 0 ? undefined : at).findLastIndex((s) => isConditionPhrase(s.text)) + first;
  return text.slice(segments[first]!.start, segments[last]!.end).replace(/[，]$/u, '');
}

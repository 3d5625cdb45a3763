import type { ActorRef, Clause } from '../schemas/analysis.ts';
import type { Article, Paragraph } from '../schemas/provision.ts';
import type { ListKind, Vocabulary } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';
import { splitClauses } from './clauses.ts';
import { NORMATIVE } from './modality.ts';
import { testPattern } from './patterns.ts';
import { readClause } from './read-clause.ts';

/** A provision node whose text is split into clauses. */
interface TextNode {
  id: string;
  text: string;
  /** Kind of list the node is an item of; null for the paragraph's own text. */
  listKind: ListKind | null;
}

/** The kind of list a paragraph's lead-in introduces, by the listLeads patterns; null without items. */
export function listKindOf(paragraph: Paragraph, vocab: Vocabulary): ListKind | null {
  if (paragraph.items.length === 0) return null;
  return vocab.modalities.listLeads.find((l) => testPattern(paragraph.text, l.pattern))?.kind ?? 'tasks';
}

/** The nodes of a paragraph in reading order: its lead-in, items and sub-items. */
export function nodesOf(paragraph: Paragraph, vocab: Vocabulary): TextNode[] {
  const kind = listKindOf(paragraph, vocab);
  return [
    { id: paragraph.id, text: paragraph.text, listKind: null },
    ...paragraph.items.flatMap((item) => [{ id: item.id, text: item.text, listKind: kind }, ...item.subItems.map((s) => ({ id: s.id, text: s.text, listKind: kind }))]),
  ];
}

/** Actors to fall back on, from the narrowest scope to the widest. */
interface Carry {
  node: ActorRef[] | null;
  lead: ActorRef[] | null;
  article: ActorRef[] | null;
}

/** Split an article into clauses and give each duty its actors: own words, then the topic chain of its node, the list lead-in, a reviewed implicit rule, the article. */
export function analyzeArticle(article: Article, vocab: Vocabulary, ctx: ActorContext): Clause[] {
  const clauses: Clause[] = [];
  const carry: Carry = { node: null, lead: null, article: null };
  for (const paragraph of article.paragraphs) {
    carry.lead = null;
    for (const node of nodesOf(paragraph, vocab)) {
      carry.node = null;
      const spans = splitClauses(node.text, { actors: ctx, modalities: vocab.modalities, sanctions: vocab.sanctions });
      spans.forEach((span, i) => {
        const place = { sourceId: node.id, articleId: article.id, index: i + 1, listKind: node.listKind };
        const clause = completeActors(readClause(span, place, vocab, ctx), node, carry, vocab, ctx);
        remember(clause, node, carry);
        clauses.push(clause);
      });
    }
  }
  return clauses;
}

function needsActor(clause: Clause): boolean {
  return NORMATIVE.has(clause.modality) && clause.actors.length === 0;
}

function completeActors(clause: Clause, node: TextNode, carry: Carry, vocab: Vocabulary, ctx: ActorContext): Clause {
  const chained = continueTopicChain(clause, node, carry, vocab);
  if (chained) return chained;
  if (!needsActor(clause)) return clause;
  const inherited = node.listKind === 'duties' ? as(carry.lead, 'list-lead') : null;
  const actors = as(carry.node, 'carried') ?? inherited ?? implicitActors(clause.text, vocab, ctx) ?? as(carry.article, 'carried');
  return actors ? { ...clause, actors } : clause;
}

/**
 * A sentence that starts with a duty verb and names nobody continues the subject of the sentence before it
 * (xinjiang 第二十五条第二款 `…物业服务企业应当协助做好…工作。开展出租屋人口和房屋信息核查采集，…`).
 */
function continueTopicChain(clause: Clause, node: TextNode, carry: Carry, vocab: Vocabulary): Clause | null {
  if (clause.modality !== '陈述' || node.listKind !== null || !carry.node) return null;
  const adverb = vocab.modalities.implicitDutyAdverbials.find((a) => clause.text.startsWith(a)) ?? '';
  const rest = clause.text.slice(adverb.length);
  const verb = vocab.modalities.implicitDutyVerbs.find((v) => rest.startsWith(v));
  if (!verb) return null;
  const marker = { modality: '义务' as const, text: verb, start: adverb.length, implicit: true };
  return { ...clause, modality: '义务', modalities: ['义务'], markers: [...clause.markers, marker], actors: as(carry.node, 'carried')! };
}

function as(refs: ActorRef[] | null, via: ActorRef['via']): ActorRef[] | null {
  return refs?.length ? refs.map((r) => ({ ...r, via })) : null;
}

/** The reviewed implicit-subject rules of actors.yaml. */
function implicitActors(text: string, vocab: Vocabulary, ctx: ActorContext): ActorRef[] | null {
  const rule = vocab.actors.implicit.find((r) => testPattern(text, r.pattern));
  const actor = rule ? ctx.byId.get(rule.actor) : undefined;
  if (!actor) return null;
  return [{ raw: '', expanded: '', id: actor.id, level: null, key: actor.id, name: actor.name, via: 'implicit' }];
}

function remember(clause: Clause, node: TextNode, carry: Carry): void {
  if (clause.actors.length === 0 || !(NORMATIVE.has(clause.modality) || clause.modality === '罚则')) return;
  carry.node = clause.actors;
  carry.article = clause.actors;
  if (node.listKind === null) carry.lead = clause.actors;
}

import type { Clause, ParagraphTopics, RegulationAnalysis, TopicHit } from '../schemas/analysis.ts';
import type { Article } from '../schemas/provision.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';
import type { Vocabulary } from '../schemas/taxonomy.ts';
import { buildActorContext, type ActorContext } from './actor-context.ts';
import { analyzeArticle, listKindOf } from './analyze-article.ts';
import { findProcedures } from './procedures.ts';
import { applyOverrides, mergeTopics, signalsToTopics, type TopicHook } from './topics.ts';
import { buildTriggerRule } from './triggers.ts';

/** What the analysis needs of a regulation (a full `Regulation` fits). */
export interface AnalyzableRegulation {
  meta: { id: string };
  parsed: Pick<ParsedRegulation, 'articles' | 'facts'>;
}

/** Options of the analysis. */
export interface AnalyzeOptions {
  /** Extra topic sources per paragraph, e.g. the comparison layer's alignment groups. */
  topicHooks?: readonly TopicHook[];
  /** Called after each article (the draft checker shows it as progress). */
  onArticle?: (done: number, total: number) => void;
}

const contexts = new WeakMap<Vocabulary, ActorContext>();

/** The actor index of a vocabulary, built once per vocabulary object. */
export function actorContextOf(vocab: Vocabulary): ActorContext {
  let ctx = contexts.get(vocab);
  if (!ctx) {
    ctx = buildActorContext(vocab.actors);
    contexts.set(vocab, ctx);
  }
  return ctx;
}

/** Analyse one regulation: clauses with modality, actors, sanctions, time limits, reports and topics; topics per paragraph; condition lists; procedures; date in force and repeals. */
export function analyzeRegulation(reg: AnalyzableRegulation, vocab: Vocabulary, options: AnalyzeOptions = {}): RegulationAnalysis {
  const ctx = actorContextOf(vocab);
  const id = reg.meta.id;
  const out: RegulationAnalysis = {
    regulationId: id,
    clauses: [],
    paragraphs: [],
    triggers: [],
    procedures: [],
    inForce: { date: reg.parsed.facts.effectiveDate, sourceId: reg.parsed.facts.effectiveSourceId },
    repeals: reg.parsed.facts.repeals.map(({ title, sourceId }) => ({ title, sourceId })),
  };
  const total = reg.parsed.articles.length;
  for (const [i, article] of reg.parsed.articles.entries()) {
    const clauses = analyzeArticle(article, vocab, ctx).map((c) => ({ ...c, topics: applyOverrides(c.topics, id, c.sourceId, vocab.overrides, vocab.topics) }));
    out.clauses.push(...clauses);
    out.paragraphs.push(...paragraphTopics(id, article, clauses, vocab, options.topicHooks ?? []));
    for (const p of article.paragraphs) if (listKindOf(p, vocab) === 'conditions') out.triggers.push(buildTriggerRule(p, article.id, clauses));
    out.procedures.push(...findProcedures(article.id, clauses, vocab.procedures));
    options.onArticle?.(i + 1, total);
  }
  return out;
}

/** Topics of each paragraph: its clauses' keyword topics, the hooks' signals, then the reviewed overrides. */
function paragraphTopics(regulationId: string, article: Article, clauses: readonly Clause[], vocab: Vocabulary, hooks: readonly TopicHook[]): ParagraphTopics[] {
  return article.paragraphs.map((p) => {
    const own = clauses.filter((c) => c.sourceId === p.id || c.sourceId.startsWith(`${p.id}__`));
    const text = [p.text, ...p.items.flatMap((i) => [i.label + i.text, ...i.subItems.map((s) => s.label + s.text)])].join('');
    const hooked: TopicHit[] = hooks.flatMap((hook) => signalsToTopics(hook({ regulationId, articleId: article.id, paragraphId: p.id, text }), vocab.topics));
    const keyword = mergeTopics(own.flatMap((c) => c.topics.filter((t) => t.source === 'keyword')));
    const topics = applyOverrides(mergeTopics([...keyword, ...hooked]), regulationId, p.id, vocab.overrides, vocab.topics);
    return { id: p.id, articleId: article.id, topics };
  });
}

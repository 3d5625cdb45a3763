import type { TopicHit } from '../schemas/analysis.ts';
import type { TopicOverrides, TopicVocabulary } from '../schemas/taxonomy.ts';

/** A signal from another layer (e.g. the comparison layer's alignment groups) that a paragraph has a topic. */
export interface TopicSignal {
  /** Topic id. */
  id: string;
  /** What the reader is shown as evidence, e.g. `对齐组：寄递实名收寄`. */
  evidence: string[];
}

/** What a topic hook is given about a paragraph. */
export interface TopicHookInput {
  regulationId: string;
  articleId: string;
  paragraphId: string;
  /** The paragraph text with its items and sub-items. */
  text: string;
}

/** A hook that adds topic signals to a paragraph; the comparison layer plugs its alignment groups in here. */
export type TopicHook = (input: TopicHookInput) => TopicSignal[];

/**
 * Topics of a piece of text by keyword, with the matched words as evidence (a keyword does not count when an
 * `exclude` word of the topic is present).
 */
export function findTopics(text: string, vocab: TopicVocabulary): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const t of vocab.topics) {
    if (t.exclude.some((w) => text.includes(w))) continue;
    const evidence = t.keywords.filter((k) => text.includes(k));
    if (evidence.length) hits.push({ id: t.id, name: t.name, source: 'keyword', evidence });
  }
  return hits;
}

/** Merge topic hits by id and source, joining their evidence (first occurrence order). */
export function mergeTopics(hits: readonly TopicHit[]): TopicHit[] {
  const merged = new Map<string, TopicHit>();
  for (const h of hits) {
    const key = `${h.id}|${h.source}`;
    const prev = merged.get(key);
    if (prev) prev.evidence = [...new Set([...prev.evidence, ...h.evidence])];
    else merged.set(key, { ...h, evidence: [...h.evidence] });
  }
  return [...merged.values()];
}

/** Turn hook signals into topic hits (unknown topic ids are dropped: the vocabulary decides what a topic is). */
export function signalsToTopics(signals: readonly TopicSignal[], vocab: TopicVocabulary): TopicHit[] {
  const names = new Map(vocab.topics.map((t) => [t.id, t.name]));
  return signals.filter((s) => names.has(s.id)).map((s) => ({ id: s.id, name: names.get(s.id)!, source: 'hook', evidence: s.evidence }));
}

/** True when `nodeId` is `provision` or lies inside it (`art_9` covers `art_9__para_1__item_5`). */
export function coversNode(provision: string, nodeId: string): boolean {
  return nodeId === provision || nodeId.startsWith(`${provision}__`);
}

/**
 * Apply the reviewed overrides of one regulation to a node's topics: `remove` drops every hit of a topic,
 * `add` adds it with the reason as evidence.
 */
export function applyOverrides(hits: readonly TopicHit[], regulationId: string, nodeId: string, overrides: TopicOverrides, vocab: TopicVocabulary): TopicHit[] {
  const names = new Map(vocab.topics.map((t) => [t.id, t.name]));
  let out = [...hits];
  for (const o of overrides.overrides) {
    if (o.regulation !== regulationId || !coversNode(o.provision, nodeId)) continue;
    out = out.filter((h) => !o.remove.includes(h.id));
    for (const id of o.add) {
      if (!out.some((h) => h.id === id && h.source === 'override')) out.push({ id, name: names.get(id) ?? id, source: 'override', evidence: [o.reason] });
    }
  }
  return out;
}

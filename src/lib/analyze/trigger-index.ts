import type { RegulationAnalysis, TriggerRule } from '../schemas/analysis.ts';
import type { SanctionKind } from '../schemas/taxonomy.ts';

/** A consequence of a condition list, with where it is stated and the words that made it one. */
export interface TriggerConsequence {
  id: string;
  name: string;
  kind: SanctionKind;
  /** Paragraph / item stating it. */
  sourceId: string;
  /** The matched words in that clause, without repeats. */
  words: string[];
}

/** A condition list ready for display: the lead-in paragraph, its conditions and their consequences. */
export interface TriggerView {
  articleId: string;
  /** The paragraph whose lead-in says 有下列情形之一的. */
  sourceId: string;
  conditions: TriggerRule['triggers'];
  consequences: TriggerConsequence[];
}

/** Each condition list of a regulation with its consequences resolved to provisions and evidence. */
export function describeTriggers(analysis: RegulationAnalysis): TriggerView[] {
  const clauses = new Map(analysis.clauses.map((c) => [c.id, c]));
  return analysis.triggers.map((rule) => ({
    articleId: rule.articleId,
    sourceId: rule.sourceId,
    conditions: rule.triggers,
    consequences: rule.sanctions.map((s) => {
      const clause = clauses.get(s.clauseId);
      const words = [...new Set(clause?.sanctions.filter((h) => h.id === s.id).map((h) => h.text) ?? [])];
      // a clause id is `<sourceId>__cl_<n>`: fall back to it should the clause be missing
      return { id: s.id, name: s.name, kind: s.kind, sourceId: clause?.sourceId ?? s.clauseId.replace(/__cl_\d+$/, ''), words };
    }),
  }));
}

/** A provision outside the condition lists that states consequences (e.g. changji 第二十三条: 处分, 追究刑事责任). */
export interface ConsequenceProvision {
  /** Paragraph / item id. */
  sourceId: string;
  /** The conditions (…的) its clauses attach the consequences to, when the analysis found them. */
  conditions: string[];
  consequences: Array<Omit<TriggerConsequence, 'sourceId'>>;
}

/**
 * The other provisions stating consequences, in document order: those not in an article with a condition
 * list, and not rewards (激励), which `describeTriggers` leaves out as well.
 */
export function listOtherConsequences(analysis: RegulationAnalysis): ConsequenceProvision[] {
  const covered = new Set(analysis.triggers.map((t) => t.articleId));
  const out: ConsequenceProvision[] = [];
  for (const c of analysis.clauses) {
    const hits = c.sanctions.filter((s) => s.kind !== '激励');
    if (hits.length === 0 || covered.has(c.articleId)) continue;
    let entry = out.at(-1);
    if (entry?.sourceId !== c.sourceId) out.push((entry = { sourceId: c.sourceId, conditions: [], consequences: [] }));
    if (c.condition && !entry.conditions.includes(c.condition)) entry.conditions.push(c.condition);
    for (const h of hits) {
      const known = entry.consequences.find((x) => x.id === h.id);
      if (!known) entry.consequences.push({ id: h.id, name: h.name, kind: h.kind, words: [h.text] });
      else if (!known.words.includes(h.text)) known.words.push(h.text);
    }
  }
  return out;
}

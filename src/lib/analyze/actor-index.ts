import type { Clause, RegulationAnalysis } from '../schemas/analysis.ts';

/** One normalised actor with the clauses that bind or empower it, per regulation. */
export interface ActorEntry {
  key: string;
  name: string;
  /** Regulation id → clauses naming the actor. */
  clauses: Map<string, Clause[]>;
  total: number;
}

/** Index the clauses of every regulation by normalised actor key (actors the vocabulary covers). */
export function indexActors(analyses: readonly RegulationAnalysis[]): ActorEntry[] {
  const byKey = new Map<string, ActorEntry>();
  for (const a of analyses) {
    for (const clause of a.clauses) {
      for (const actor of clause.actors) {
        if (!actor.key) continue;
        const entry = byKey.get(actor.key) ?? { key: actor.key, name: actor.name, clauses: new Map(), total: 0 };
        const list = entry.clauses.get(a.regulationId) ?? [];
        if (!list.includes(clause)) {
          list.push(clause);
          entry.total++;
        }
        entry.clauses.set(a.regulationId, list);
        byKey.set(actor.key, entry);
      }
    }
  }
  return [...byKey.values()].sort((x, y) => y.total - x.total);
}

import type { RegulationAnalysis, UncoveredActor } from '../schemas/analysis.ts';

/**
 * Every actor phrase (as a subject, addressee, agent or report recipient) that the vocabulary does not cover,
 * most frequent first, with where it occurs, so a reviewer can grow actors.yaml.
 */
export function uncoveredActors(analyses: readonly RegulationAnalysis[]): UncoveredActor[] {
  const found = new Map<string, string[]>();
  for (const a of analyses) {
    for (const c of a.clauses) {
      const refs = [...c.actors, ...c.reports.flatMap((r) => r.recipients)];
      for (const r of refs) {
        if (r.id !== null) continue;
        const at = `${a.regulationId}:${c.id}`;
        const list = found.get(r.expanded) ?? [];
        if (!list.includes(at)) list.push(at);
        found.set(r.expanded, list);
      }
    }
  }
  return [...found.entries()]
    .map(([text, occurrences]) => ({ text, count: occurrences.length, occurrences }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text, 'zh'));
}

// The comparison layer's contribution to topics. A close counterpart (高度相似 or 基本相同) in another regulation
// can tell that a paragraph regulates a subject its own wording names differently: where the two differ by a
// substitution (ours says X where theirs says Y) and Y is the counterpart's keyword for a topic, the topic is
// lent. A pure insertion is not enough: the counterpart then regulates more (suzhou 第六条 lists 矛盾纠纷调处
// among the coordination body's duties, haidong 第六条 does not), and its extra topic is not ours. Nor is a
// topic the counterpart has only because of the body it names as actor (near-identical provisions of two
// places differ most often in just that). The evidence names the counterparts; a reviewed override can remove it.
import { paragraphIdOf } from '../cite/node-id.ts';
import type { CorpusAlignment } from '../schemas/alignment.ts';
import type { RegulationAnalysis } from '../schemas/analysis.ts';
import { diffChars } from '../compare/diff.ts';
import { SAME_THRESHOLD, SIMILAR_THRESHOLD } from '../compare/levels.ts';
import { readLinks } from '../compare/link-table.ts';
import type { TopicHook, TopicSignal } from './topics.ts';

/** A topic of a paragraph with the words that gave it. */
interface Evidenced {
  id: string;
  words: string[];
}

/** Longest replaced stretch (either side) still read as a change of words rather than of content. */
export const MAX_SUBSTITUTION = 10;

/**
 * Words that only `theirs` has where `ours` has other words at the same place: a short substitution (both
 * sides at most {@link MAX_SUBSTITUTION} characters), not an insertion or a rewritten passage.
 * @example substitutedText('做好矛盾化解工作', '做好纠纷调处工作') // → ['纠纷调处']
 */
export function substitutedText(ours: string, theirs: string): string[] {
  const segs = diffChars(ours, theirs);
  const short = (i: number) => segs[i]?.op === 'delete' && segs[i]!.text.length <= MAX_SUBSTITUTION;
  return segs.flatMap((s, i) => (s.op === 'insert' && s.text.length <= MAX_SUBSTITUTION && (short(i - 1) || short(i + 1)) ? [s.text] : []));
}

/** Each paragraph's topics with their evidence, leaving out those whose words all lie in the named actors. */
function lendableTopics(firstPass: readonly RegulationAnalysis[]): Map<string, Evidenced[]> {
  const out = new Map<string, Evidenced[]>();
  for (const a of firstPass) {
    const actorWords = new Map<string, string[]>();
    for (const c of a.clauses) {
      const pid = paragraphIdOf(c.sourceId);
      actorWords.set(pid, [...(actorWords.get(pid) ?? []), ...c.actors.map((x) => x.raw)]);
    }
    for (const p of a.paragraphs) {
      const actors = actorWords.get(p.id) ?? [];
      const topics = p.topics.filter((t) => !t.evidence.every((w) => actors.some((raw) => raw.includes(w))));
      out.set(
        `${a.regulationId}:${p.id}`,
        topics.map((t) => ({ id: t.id, words: t.evidence })),
      );
    }
  }
  return out;
}

/**
 * A topic hook over an alignment and a first, keyword-only analysis of the same corpus: a paragraph borrows a
 * topic from its close counterparts when a substitution in the diff carries the counterpart's keyword for it.
 * `paragraphText` gives any paragraph's full text (lead-in, items, sub-items) by regulation and paragraph id.
 */
export function alignmentTopicHook(
  alignment: CorpusAlignment,
  firstPass: readonly RegulationAnalysis[],
  paragraphText: (regulationId: string, paragraphId: string) => string,
): TopicHook {
  const table = readLinks(alignment);
  const lendable = lendableTopics(firstPass);
  const own = new Map<string, Set<string>>();
  for (const a of firstPass) for (const p of a.paragraphs) own.set(`${a.regulationId}:${p.id}`, new Set(p.topics.map((t) => t.id)));
  const unitOf = new Map<string, number>();
  alignment.regulations.forEach((r) => r.units.forEach((u, i) => unitOf.set(`${r.id}:${u.id}`, r.firstUnit + i)));

  return ({ regulationId, paragraphId, text }) => {
    const u = unitOf.get(`${regulationId}:${paragraphId}`);
    if (u === undefined) return [];
    const mine = own.get(`${regulationId}:${paragraphId}`) ?? new Set<string>();
    const evidence = new Map<string, string[]>();
    // neighbours come best first: stop at the first one below 高度相似
    for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]! && table.nbScore[k]! >= SIMILAR_THRESHOLD; k++) {
      const v = table.nbUnit[k]!;
      const reg = alignment.regulations[table.unitReg[v]!]!;
      const unit = table.units[v]!;
      const candidates = (lendable.get(`${reg.id}:${unit.id}`) ?? []).filter((t) => !mine.has(t.id));
      if (!candidates.length) continue;
      const substituted = substitutedText(text, paragraphText(reg.id, unit.id));
      for (const t of candidates) {
        const word = t.words.find((w) => substituted.some((s) => s.includes(w)));
        if (!word) continue;
        const level = table.nbScore[k]! >= SAME_THRESHOLD ? '基本相同' : '高度相似';
        evidence.set(t.id, [...(evidence.get(t.id) ?? []), `${reg.shortName}${unit.label}（${level}）作“${word}”`]);
      }
    }
    return [...evidence].map(([id, ev]): TopicSignal => ({ id, evidence: ev }));
  };
}

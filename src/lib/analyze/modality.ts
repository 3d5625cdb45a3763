import type { MarkerHit, SanctionHit } from '../schemas/analysis.ts';
import type { Modality, ModalityVocabulary } from '../schemas/taxonomy.ts';
import { matchAll } from './patterns.ts';
import { insideSanction } from './sanctions.ts';

/** A marker hit with where its actor is to be looked for. */
export interface Marker extends MarkerHit {
  actor: 'before' | 'after' | 'none';
}

/** Modalities whose marker names a duty bearer before it (应当, 不得, 可以 …). */
export const NORMATIVE: ReadonlySet<Modality> = new Set(['义务', '禁止', '授权']);

/**
 * Every modality marker in a clause, in text order; a marker inside a sanction phrase is not one
 * (`不得评优评先` is a consequence, not a prohibition).
 */
export function findMarkers(text: string, vocab: ModalityVocabulary, sanctions: readonly SanctionHit[]): Marker[] {
  const hits: Marker[] = [];
  for (const m of vocab.markers) {
    for (const hit of matchAll(text, m.pattern)) {
      const start = hit.start + (hit.text.startsWith('，') ? 1 : 0);
      if (insideSanction(start, sanctions)) continue;
      hits.push({ modality: m.modality, text: text.slice(start, hit.start + hit.text.length), start, implicit: false, actor: m.actor });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The modalities present, in the vocabulary's order. */
export function orderModalities(present: Iterable<Modality>, vocab: ModalityVocabulary): Modality[] {
  const set = new Set(present);
  return vocab.order.filter((m) => set.has(m));
}

/**
 * The primary modality: a structural one (定义, 施行, 废止) when present; else the modality of the first marker
 * in the text (`应当…，不予提供` is a duty); else the first of the others in order (罚则, 情形, 陈述).
 */
export function primaryModality(present: readonly Modality[], markers: readonly MarkerHit[], vocab: ModalityVocabulary): Modality {
  const structural = vocab.structural.find((m) => present.includes(m));
  if (structural) return structural;
  const first = [...markers].sort((a, b) => a.start - b.start)[0];
  return first?.modality ?? present[0] ?? '陈述';
}

/** The first implicit-duty verb in `text` at or after `from`, or null. @example '公安机关加强…' → 加强 */
export function findImplicitVerb(text: string, vocab: ModalityVocabulary, from: number): { text: string; start: number } | null {
  let best: { text: string; start: number } | null = null;
  for (const verb of vocab.implicitDutyVerbs) {
    const at = text.indexOf(verb, from);
    if (at >= 0 && (!best || at < best.start)) best = { text: verb, start: at };
  }
  return best;
}

import type { SanctionHit } from '../schemas/analysis.ts';
import type { SanctionVocabulary } from '../schemas/taxonomy.ts';
import { matchAll, testPattern } from './patterns.ts';

/**
 * Find the consequences a clause attaches (处分, 一票否决, 通报 …), one hit per sanction and start,
 * in text order.
 * @example findSanctions('由其任免机关、单位依法给予处分', vocab).map((s) => s.id) // → ['disciplinary-sanction']
 */
export function findSanctions(text: string, vocab: SanctionVocabulary): SanctionHit[] {
  const hits: SanctionHit[] = [];
  for (const s of vocab.sanctions) {
    if (s.notWhen?.some((p) => testPattern(text, p))) continue;
    const seen = new Set<number>();
    for (const pattern of s.patterns) {
      for (const m of matchAll(text, pattern)) {
        if (seen.has(m.start)) continue;
        seen.add(m.start);
        hits.push({ id: s.id, name: s.name, kind: s.kind, text: m.text, start: m.start });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** True when offset `at` lies inside one of the sanction hits (the 不得 of 不得评优评先 is not a prohibition). */
export function insideSanction(at: number, hits: readonly SanctionHit[]): boolean {
  return hits.some((h) => at >= h.start && at < h.start + h.text.length);
}

import { cnToInt } from '../parse/numerals.ts';
import type { TimingHit } from '../schemas/analysis.ts';
import type { TimingVocabulary } from '../schemas/taxonomy.ts';
import { matchAll } from './patterns.ts';

/**
 * Find time limits, rhythms and dates in a clause; overlapping matches keep the longer one.
 * @example findTimings('受理申诉的机构应当在接到申诉的30日内复查完毕', vocab)[0].value // → 30
 */
export function findTimings(text: string, vocab: TimingVocabulary): TimingHit[] {
  const hits: TimingHit[] = [];
  for (const t of vocab.timings) {
    for (const m of matchAll(text, t.pattern)) {
      const n = m.groups['n'];
      const value = n === undefined ? null : cnToInt(n);
      hits.push({ id: t.id, name: t.name, kind: t.kind, text: m.text, start: m.start, value, unit: value === null ? null : (t.unit ?? null) });
    }
  }
  return dropOverlaps(hits);
}

function dropOverlaps(hits: TimingHit[]): TimingHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const kept: TimingHit[] = [];
  for (const h of sorted) {
    const prev = kept.at(-1);
    if (prev && h.start < prev.start + prev.text.length) continue;
    kept.push(h);
  }
  return kept;
}

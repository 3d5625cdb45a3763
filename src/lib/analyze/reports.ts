import type { ReportHit } from '../schemas/analysis.ts';
import type { ProcedureVocabulary } from '../schemas/taxonomy.ts';
import type { ActorContext } from './actor-context.ts';
import { readActorPhrase } from './actor-phrase.ts';
import { matchAll } from './patterns.ts';

/**
 * Find reporting duties (向…报告) and their recipients, normalised like actors.
 * @example findReports('发现违禁物品的，应当予以封存、隔离，及时向公安机关报告。', vocab, ctx)[0].recipients[0].id // → 'public-security'
 */
export function findReports(text: string, vocab: ProcedureVocabulary, ctx: ActorContext): ReportHit[] {
  const hits: Array<ReportHit & { start: number; end: number }> = [];
  for (const pattern of vocab.reporting) {
    for (const m of matchAll(text, pattern)) {
      const end = m.start + m.text.length;
      if (hits.some((h) => m.start < h.end && end > h.start)) continue;
      const to = m.groups['to'];
      const recipients = to ? readActorPhrase(to, ctx, 'subject') : [];
      // `流向示踪、…可疑情况报告等制度` is not a report to anyone
      if (!recipients) continue;
      hits.push({ text: m.text, recipients, start: m.start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start).map(({ text: t, recipients }) => ({ text: t, recipients }));
}

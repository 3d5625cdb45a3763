import type { Clause, TriggerRule } from '../schemas/analysis.ts';
import type { Paragraph } from '../schemas/provision.ts';

/**
 * A condition list (`有下列情形之一的`) of one paragraph and the consequences stated anywhere in its article
 * (outside the conditions themselves): xinjiang 第五十二条's eight items trigger 一票否决, or else 挂牌督办.
 */
export function buildTriggerRule(paragraph: Paragraph, articleId: string, articleClauses: readonly Clause[]): TriggerRule {
  const itemIds = new Set(paragraph.items.flatMap((i) => [i.id, ...i.subItems.map((s) => s.id)]));
  const sanctions: TriggerRule['sanctions'] = [];
  for (const c of articleClauses) {
    if (itemIds.has(c.sourceId)) continue;
    for (const s of c.sanctions) {
      if (s.kind === '激励' || sanctions.some((x) => x.id === s.id)) continue;
      sanctions.push({ id: s.id, name: s.name, kind: s.kind, clauseId: c.id });
    }
  }
  return {
    articleId,
    sourceId: paragraph.id,
    triggers: paragraph.items.map((i) => ({ sourceId: i.id, text: i.text })),
    sanctions,
  };
}

import type { Article } from '../schemas/provision.ts';
import type { Facts } from '../schemas/regulation.ts';
import { toIsoDate } from './history.ts';

const EFFECTIVE = /自(.{1,24}?)起施行/;
/** `《甲》同时废止`, and lists such as `《甲》和《乙》同时废止` or `《甲》、《乙》予以废止`. */
const REPEAL = /((?:《[^《》]+》[、和及与]?)+)(?:同时)?(?:予以)?废止/g;
const TITLE = /《([^《》]+)》/g;
const DEFINITION = /本(?:条例|法|规定|办法|细则)所称([^，。；：]{1,30}?)，(?:是)?指(.+?)(?:。|$)/g;
const LIST_DEFINITION = /^([^，。；：]{1,30}?)，(?:是)?指(.+?)[；。]?$/;

/** Read the facts a text states about itself: date in force, repeals, definitions (with their source node). */
export function extractFacts(articles: readonly Article[]): Facts {
  const facts: Facts = { effectiveDate: null, effectiveSourceId: null, repeals: [], definitions: [] };
  for (const article of articles) {
    for (const p of article.paragraphs) {
      const eff = EFFECTIVE.exec(p.text);
      if (eff && facts.effectiveSourceId === null) {
        facts.effectiveDate = toIsoDate(eff[1]!);
        facts.effectiveSourceId = p.id;
      }
      for (const m of p.text.matchAll(REPEAL)) {
        for (const t of m[1]!.matchAll(TITLE)) facts.repeals.push({ title: t[1]!, sourceId: p.id });
      }
      for (const m of p.text.matchAll(DEFINITION)) facts.definitions.push({ term: m[1]!, definition: m[2]!, sourceId: p.id });
      // 本条例下列用语的含义是： followed by items （一）X，是指…
      if (/下列用语的含义/.test(p.text)) {
        for (const item of p.items) {
          const d = LIST_DEFINITION.exec(item.text);
          if (d) facts.definitions.push({ term: d[1]!, definition: d[2]!, sourceId: item.id });
        }
      }
    }
  }
  return facts;
}

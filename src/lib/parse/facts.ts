import type { Article } from '../schemas/provision.ts';
import type { Facts } from '../schemas/regulation.ts';
import { toIsoDate } from './history.ts';

const EFFECTIVE = /自(.{1,24}?)起施行/;
/** The day of promulgation as the start of force: `自公布之日起施行`, `自发布之日起施行`. */
const ON_PROMULGATION = /^(?:公布|发布)之日$/;
/** `《甲》同时废止`, `《甲》（…）予以废止`: the last title of a repeal and the verb right after it. */
const REPEAL = /》(?:[（(][^（）()]*[）)])?(?:同时|一并)?(?:予以)?废止/g;
const TITLE = /《([^《》]+)》/g;
/** Titles that are named as a ground, not repealed: `根据《…》`. */
const GROUND = /(?:根据|依照|依据|按照)$/;
/**
 * `本条例所称X，是指…`, `本条例所称的X，是指…`, `本条例所称X是指…`, and the inclusive form `本条例所称X，包括…` /
 * `本法所称以上、以下、以内，包括本数` (its definition keeps the word 包括). Groups 1 term, 2 definition.
 */
const DEFINITION = /本(?:条例|法|规定|办法|细则)所称的?([^，。；：的][^，。；：]{0,29}?)，?(?:(?:是)?指|(?=包括))(.+?)(?:。|$)/g;
/** An item after `下列用语的含义`: `X，是指…` or, with no comma, `X是指…`. */
const LIST_DEFINITION = /^([^，。；：的][^，。；：]{0,29}?)，?(?:是)?指(.+?)[；。]?$/;

/**
 * Titles of the acts a sentence repeals: every 《…》 of the sentence that ends in `…》同时废止`, also when words stand
 * between the titles (`…批准的《甲》、1992年…通过的《乙》同时废止`).
 */
function readRepeals(text: string): string[] {
  const titles: string[] = [];
  let from = 0;
  for (const m of text.matchAll(REPEAL)) {
    const end = m.index + 1;
    const start = Math.max(from, text.lastIndexOf('。', m.index) + 1, text.lastIndexOf('；', m.index) + 1);
    for (const t of text.slice(start, end).matchAll(TITLE)) {
      if (!GROUND.test(text.slice(Math.max(0, start + t.index - 2), start + t.index))) titles.push(t[1]!);
    }
    from = end;
  }
  return titles;
}

/** Read the facts a text states about itself: date in force, repeals, definitions (with their source node). */
export function extractFacts(articles: readonly Article[]): Facts {
  const facts: Facts = { effectiveDate: null, effectiveSourceId: null, effectiveOnPromulgation: false, repeals: [], definitions: [] };
  for (const article of articles) {
    for (const p of article.paragraphs) {
      const eff = EFFECTIVE.exec(p.text);
      if (eff && facts.effectiveSourceId === null) {
        facts.effectiveDate = toIsoDate(eff[1]!);
        facts.effectiveSourceId = p.id;
        facts.effectiveOnPromulgation = ON_PROMULGATION.test(eff[1]!);
      }
      for (const title of readRepeals(p.text)) facts.repeals.push({ title, sourceId: p.id });
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

// Phase 2 of comparison: normalised text → features. A feature is a character bigram inside a "run" of
// text; runs end at punctuation and placeholders, so a bigram never straddles a comma or a jurisdiction word.
// A bigram lying inside one of the BOILERPLATE phrases or ACTORS is a separate, discounted feature: 政府 in
// 人民政府 says little, and 民政 in 人民政府 must not count as the civil-affairs department (民政部门).
// Actors are discounted because the same departments act on many subjects: what a provision regulates
// should weigh more than who carries it out (haidong 第二十六条 and shanxi 第二十一条 share 市场监管 and
// 会同…部门建立健全, and nothing else).
// Word segmentation (Intl.Segmenter) is not used: its dictionary differs between ICU versions, so the
// browser and the build could disagree; bigrams give the same answer everywhere.
import { isPlaceholder } from './jurisdiction-words.ts';

/** Phrases that every 平安建设 regulation repeats: they say little about a provision's subject. */
export const BOILERPLATE: readonly string[] = [
  '平安建设组织协调机构',
  '平安建设管理机构',
  '平安建设',
  '人民政府',
  '有关部门',
  '相关部门',
  '有关规定',
  '本条例',
  '应当',
  '依法',
  '按照',
  '加强',
  '建立健全',
  '健全',
  '完善',
  '做好',
  '开展',
  '工作',
  '有关',
  '相关',
  '以及',
  '或者',
  '其他',
];

/** Bodies and departments that many provisions name, whatever their subject (normalised spellings). */
export const ACTORS: readonly string[] = [
  '公安机关',
  '公安',
  '国家安全机关',
  '民政',
  '司法行政',
  '卫生健康',
  '教育行政',
  '教育',
  '人力资源和社会保障',
  '住房和城乡建设',
  '市场监督管理',
  '应急管理',
  '交通运输',
  '文化和旅游',
  '文化旅游',
  '网信',
  '通信管理',
  '邮政管理',
  '工业和信息化',
  '商务',
  '财政',
  '海关',
  '宗教事务',
  '村民委员会',
  '居民委员会',
  '街道办事处',
  '人民法院',
  '人民检察院',
  '监察委员会',
  '企业事业单位',
  '社会组织',
  '人民团体',
  '国家机关',
  '部门',
  '单位',
  '工会',
  '共产主义青年团',
  '妇女联合会',
  '残疾人联合会',
];

/** Weight multiplier of a bigram inside a boilerplate phrase or an actor's name, on top of its inverse document frequency. */
export const BOILERPLATE_WEIGHT = 0.5;

/** Prefix that marks a bigram found inside a boilerplate phrase. */
export const BOILERPLATE_PREFIX = '#';
/** Prefix that marks a bigram found inside an actor's name (民政 of 民政部门, unlike 民政 of 人民政府). */
export const ACTOR_PREFIX = '@';

/** True for a feature that is discounted (boilerplate or actor). */
export function isDiscounted(feature: string): boolean {
  return feature[0] === BOILERPLATE_PREFIX || feature[0] === ACTOR_PREFIX;
}

// longest first: the alternation takes the first alternative that matches
const BOILERPLATE_RE = new RegExp([...BOILERPLATE, ...ACTORS].sort((a, b) => b.length - a.length).join('|'), 'g');
const ACTOR_SET = new Set(ACTORS);
const SEPARATOR_RE = /[\p{P}\p{S}]/u;
const separatorCache = new Map<number, boolean>();

/** True for punctuation, symbols and placeholders: characters that end a run. */
function isSeparator(ch: string): boolean {
  const c = ch.charCodeAt(0);
  let hit = separatorCache.get(c);
  if (hit === undefined) {
    hit = isPlaceholder(ch) || SEPARATOR_RE.test(ch);
    separatorCache.set(c, hit);
  }
  return hit;
}

/** Which characters lie inside a boilerplate phrase (1) or an actor's name (2). */
function boilerplateMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  BOILERPLATE_RE.lastIndex = 0;
  for (let m = BOILERPLATE_RE.exec(text); m; m = BOILERPLATE_RE.exec(text)) mask.fill(ACTOR_SET.has(m[0]) ? 2 : 1, m.index, m.index + m[0].length);
  return mask;
}

/**
 * The features of a normalised text, with repetitions (the caller counts them).
 * @example extractFeatures('应当加强管理。') // → ['#应当', '#当加', '#加强', '强管', '管理']
 */
export function extractFeatures(normalized: string): string[] {
  const mask = boilerplateMask(normalized);
  const out: string[] = [];
  for (let i = 0; i + 1 < normalized.length; i++) {
    const a = normalized[i]!;
    const b = normalized[i + 1]!;
    if (isSeparator(a) || isSeparator(b)) continue;
    if (!mask[i] || !mask[i + 1]) out.push(a + b);
    else out.push((mask[i] === 2 ? ACTOR_PREFIX : BOILERPLATE_PREFIX) + a + b);
  }
  return out;
}

/** How many characters of a normalised text take part in comparison (punctuation and placeholders excluded). */
export function comparedLength(normalized: string): number {
  let n = 0;
  for (const ch of normalized) if (!isSeparator(ch)) n++;
  return n;
}

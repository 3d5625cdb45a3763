// Words that differ between regulations only because the jurisdictions differ, or because drafters use
// two forms of one name. normalizeForCompare replaces them, so that 市、县（区） against 州、县（市）
// neither lowers a similarity score nor shows up in a diff as a change.

/** Placeholder characters (Private Use Area, never in a law text) that stand for jurisdiction words. */
export const PLACEHOLDER = {
  /** The enacting jurisdiction itself: 本市, 本省, 自治区, 自治州, 苏州市, 平安「苏州」 … */
  jurisdiction: '\uE000',
  /** The tiers of local government above the township: 县级以上, 各级, 市、县（区）, 州、县（市）, 市、县级市（区）. */
  levels: '\uE001',
  /** The county tier: 县（市、区）, 县（市）, 县（区）, 县级市（区）. */
  county: '\uE002',
  /** The township tier: 乡镇（街道）, 乡（镇）, 镇（街道）, 乡镇, 镇 (before 人民政府). */
  township: '\uE003',
} as const;

/** True for a placeholder character. */
export function isPlaceholder(ch: string): boolean {
  return ch >= '\uE000' && ch <= '\uE003';
}

/** One rewrite: a pattern (no capture groups) and what replaces it. */
export interface Rewrite {
  pattern: string;
  to: string;
}

/**
 * Rewrites every regulation gets, most specific first (one alternation is built from them, so order matters).
 * The patterns are the forms found in the corpus texts; each comment names where.
 */
export const COMMON_REWRITES: readonly Rewrite[] = [
  // xinjiang 第十条 自治区、州（市、地）、县（市、区）、乡镇（街道）; 第四十三条 各州（市、地）、县（市、区）
  { pattern: '(?:自治区、)?各?州（市、地）、县（市、区）', to: PLACEHOLDER.levels },
  // suzhou 第五条 市、县级市（区）; haidong 第五条 市、县（区）; changji 第五条 州、县（市）
  { pattern: '市、县级市（区）|市、县（区）|州、县（市）', to: PLACEHOLDER.levels },
  // shanxi 第四条 县级以上; xinjiang 第十七条 各级; suzhou 第十三条 本市各级
  { pattern: '(?:本市|本省|本州|全省|铁路沿线)?各级|县级以上', to: PLACEHOLDER.levels },
  { pattern: '县（市、区）|县级市（区）|县（市）|县（区）', to: PLACEHOLDER.county },
  // xinjiang 乡镇（街道）; changji 乡（镇）; suzhou 镇（街道）, 镇人民政府
  { pattern: '乡镇（街道）|镇（街道）|乡（镇）|乡镇|(?<![城村])镇(?=人民政府|人民代表大会)', to: PLACEHOLDER.township },
  // xinjiang 街道办事处（片区管委会）: the parenthesis is a Xinjiang-only body
  { pattern: '街道办事处（片区管委会）', to: '街道办事处' },
  // xinjiang 第四十二条 国家和自治区; shanxi 第四十四条 国家和省; suzhou 第四条 国家和省、市
  { pattern: '(?<=国家和)(?:省、市|省|自治区)', to: PLACEHOLDER.jurisdiction },
  { pattern: '本自治区|本自治州|本市|本省|本州|自治区|自治州', to: PLACEHOLDER.jurisdiction },
  // haidong 第四十七条 全市; xinjiang 第三十四条 全区
  { pattern: '(?<=全)[市省州区]', to: PLACEHOLDER.jurisdiction },
  // two spellings of one name
  { pattern: '村（居）民委员会', to: '村民委员会、居民委员会' },
  { pattern: '共青团', to: '共产主义青年团' },
  { pattern: '妇联', to: '妇女联合会' },
  { pattern: '残联', to: '残疾人联合会' },
  { pattern: '市场监管', to: '市场监督管理' },
  { pattern: '(?<!人民)法院', to: '人民法院' },
  { pattern: '(?<!人民)检察院', to: '人民检察院' },
  { pattern: '中国共产党的领导', to: '党的领导' },
];

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites for one regulation's own names: its full jurisdiction name and its short name (平安苏州 → 平安〈本地〉). */
export function ownNameRewrites(names: { jurisdiction?: string; shortName?: string }): Rewrite[] {
  const out: Rewrite[] = [];
  const { jurisdiction, shortName } = names;
  if (jurisdiction) out.push({ pattern: escapeRegExp(jurisdiction), to: PLACEHOLDER.jurisdiction });
  // a short name such as 新疆 must not eat 新疆生产建设兵团 in another text: only own names are rewritten
  if (shortName && shortName.length >= 2 && shortName !== jurisdiction) out.push({ pattern: escapeRegExp(shortName), to: PLACEHOLDER.jurisdiction });
  return out;
}

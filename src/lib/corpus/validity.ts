// The facts a legal database shows first and that follow from the sourced metadata: 制定机关, 效力级别, 时效性.
// Nothing here guesses: a fact that does not follow from the metadata comes back as null (the page says 未核实).
import type { Level, RegulationMeta } from '../schemas/metadata.ts';

/** 效力级别 in the vocabulary of the national database of laws and regulations (国家法律法规数据库). */
export type ValidityLevel = '省级地方性法规' | '设区的市地方性法规' | '经济特区法规' | '自治条例' | '单行条例' | `${'自治区' | '自治州' | '自治县'}${'自治条例' | '单行条例'}`;

/** 时效性 in the national database's vocabulary. */
export type Timeliness = '现行有效' | '已修改' | '已废止' | '尚未施行';

/** The metadata fields these facts are read from. */
export type MetaFacts = Pick<RegulationMeta, 'id' | 'title' | 'level' | 'form' | 'effective' | 'repeals' | 'adoptedBy' | 'enactedBy'>;

/** A 时效性 with the date it was judged and, when a later text in the corpus decided it, that text. */
export interface TimelinessJudgement {
  status: Timeliness;
  /** The date the judgement holds for (ISO), shown as 截至…: the build date is not a fact about the law. */
  judgedOn: string;
  /** The corpus regulation that repealed or amended this one, with the date that took effect. */
  by?: { id: string; title: string; effective: string };
}

const PROVINCE_LEVELS: readonly Level[] = ['省', '自治区', '直辖市'];
const AUTONOMOUS_LEVELS: readonly Level[] = ['自治区', '自治州', '自治县'];

/**
 * 效力级别 from the level and, for a 民族自治地方's own forms, the sourced `form`; null when it does not follow.
 * A 自治州 text is a 设区的市地方性法规 unless it is sourced as a 单行条例: 立法法 lets the 自治州人民代表大会及其常务委员会
 * exercise the 设区的市's power to make 地方性法规, while 单行条例 are adopted by the 自治州人民代表大会 itself under the
 * 民族区域自治法. A 自治县 has no power to make 地方性法规, and a 经济特区 city makes both kinds: without `form`, null.
 * @example validityLevelOf({ level: '省' }) // → '省级地方性法规'
 * @example validityLevelOf({ level: '自治州', form: '单行条例' }) // → '自治州单行条例'
 */
export function validityLevelOf(meta: Pick<RegulationMeta, 'level' | 'form'>): ValidityLevel | null {
  const { level, form } = meta;
  if (form === '单行条例' || form === '自治条例') {
    return AUTONOMOUS_LEVELS.includes(level) ? (`${level}${form}` as ValidityLevel) : null;
  }
  if (form === '经济特区法规') return level === '经济特区' ? '经济特区法规' : null;
  if (PROVINCE_LEVELS.includes(level)) return '省级地方性法规';
  if (level === '设区的市' || level === '自治州') return '设区的市地方性法规';
  return null;
}

/**
 * The enacting organ named by an adoption note's meeting: the standing committee or congress without its term and session.
 * @example enactingBodyOf('山西省第十四届人民代表大会常务委员会第四次会议') // → '山西省人民代表大会常务委员会'
 */
export function enactingBodyOf(meeting: string): string | null {
  const m = /^(.+?)第[一二三四五六七八九十百零〇\d]+届(人民代表大会(?:常务委员会)?)第[一二三四五六七八九十百零〇\d]+次(?:全体)?会议$/.exec(meeting.replace(/[\s\u3000]/g, ''));
  return m ? `${m[1]}${m[2]}` : null;
}

/** 制定机关: stated in the metadata, or read off the adoption note's meeting; null when neither says. */
export function enactedByOf(meta: Pick<RegulationMeta, 'enactedBy' | 'adoptedBy'>): string | null {
  return meta.enactedBy ?? (meta.adoptedBy ? enactingBodyOf(meta.adoptedBy) : null);
}

/** Whether a text of this level is approved by the province-level standing committee before it takes effect (批准机关 applies). */
export function needsApproval(meta: Pick<RegulationMeta, 'level' | 'form'>): boolean {
  return meta.level === '设区的市' || meta.level === '自治州' || meta.level === '自治县' || (meta.level === '经济特区' && meta.form === undefined);
}

const squash = (s: string) => s.replace(/[\s\u3000《》]/g, '');

/**
 * 时效性 on a date, from the dates in force and the repeals within the corpus: 已废止 when a corpus text in force by then
 * repeals it, 已修改 when a later version with the same title is in force by then, 尚未施行 before its own date in force,
 * otherwise 现行有效. Texts outside the corpus are not known here, so 现行有效 means "no repeal or amendment in the corpus".
 * @example judgeTimeliness(shanxi, [shanxi], '2023-08-01').status // → '尚未施行'
 */
export function judgeTimeliness(meta: MetaFacts, corpus: readonly MetaFacts[], judgedOn: string): TimelinessJudgement {
  const inForce = (other: MetaFacts) => other.id !== meta.id && other.effective <= judgedOn;
  const repealer = earliest(corpus.filter((o) => inForce(o) && o.repeals.some((t) => squash(t) === squash(meta.title))));
  if (repealer) return { status: '已废止', judgedOn, by: pick(repealer) };
  const amender = earliest(corpus.filter((o) => inForce(o) && squash(o.title) === squash(meta.title) && o.effective > meta.effective));
  if (amender) return { status: '已修改', judgedOn, by: pick(amender) };
  return { status: meta.effective > judgedOn ? '尚未施行' : '现行有效', judgedOn };
}

const earliest = (list: MetaFacts[]) => [...list].sort((a, b) => a.effective.localeCompare(b.effective))[0];
const pick = (m: MetaFacts) => ({ id: m.id, title: m.title, effective: m.effective });

/**
 * The calendar date in Beijing of an ISO timestamp: the day a build judged 时效性.
 * @example beijingDateOf('2026-12-04T17:30:00Z') // → '2026-12-05'
 */
export function beijingDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}

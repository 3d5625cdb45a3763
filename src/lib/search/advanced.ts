// 高级检索: criteria on the regulation as a whole (标题, 制定机关, 效力级别, 时效性, 公布日期, 施行日期), how they live in
// the URL, and which regulations meet them. They are judged here, on the directory and the facts file, not by
// Pagefind: Pagefind has no date ranges, and 时效性 depends on the reader's date. The search then asks Pagefind only
// for the articles of the regulations that qualify (its 法规 filter).
import { formatDateZh } from '../corpus/format.ts';
import type { Timeliness } from '../corpus/validity.ts';
import { compactText } from './normalize.ts';
import { timelinessOn, type RegulationFacts } from './regulation-facts.ts';

/** A date range, either end open (''); ISO dates. */
export interface DateRange {
  from: string;
  to: string;
}

/** What the reader asked of the regulation. Empty strings and lists ask nothing. */
export interface AdvancedCriteria {
  /** Words the title contains (all of them, separated by spaces). */
  title: string;
  /** Words the 制定机关 contains. */
  enactedBy: string;
  /** 效力级别 values, any of them. */
  levels: string[];
  /** 时效性 values, any of them. */
  statuses: Timeliness[];
  promulgated: DateRange;
  effective: DateRange;
}

/** The 时效性 values offered, in the national database's order. */
export const TIMELINESS_VALUES: readonly Timeliness[] = ['现行有效', '已修改', '已废止', '尚未施行'];

/** The URL parameter of each criterion: Chinese, like the filters' (地区=苏州), so a shared link reads as what it asks. */
export const ADVANCED_PARAMS = { title: '标题', enactedBy: '制定机关', levels: '效力级别', statuses: '时效性', promulgated: '公布日期', effective: '施行日期' } as const;

const PARAM_NAMES: readonly string[] = Object.values(ADVANCED_PARAMS);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** No criteria. */
export function emptyCriteria(): AdvancedCriteria {
  return { title: '', enactedBy: '', levels: [], statuses: [], promulgated: { from: '', to: '' }, effective: { from: '', to: '' } };
}

/** Whether a URL parameter is one of 高级检索's (not a Pagefind filter). */
export function isAdvancedParam(key: string): boolean {
  return PARAM_NAMES.includes(key);
}

/**
 * Read a range written `from~to` (either side may be empty); anything else is no range.
 * @example readRange('2023-01-01~') // → { from: '2023-01-01', to: '' }
 */
export function readRange(value: string | null): DateRange {
  const [from = '', to = ''] = (value ?? '').split('~');
  return { from: ISO.test(from) ? from : '', to: ISO.test(to) ? to : '' };
}

/** Write a range as `from~to`; '' for an open range. */
export function writeRange(r: DateRange): string {
  return r.from || r.to ? `${r.from}~${r.to}` : '';
}

/** Read the criteria from a URL's search params (`?标题=平安&施行日期=2023-01-01~2023-12-31`). */
export function readAdvanced(params: URLSearchParams): AdvancedCriteria {
  return {
    title: (params.get(ADVANCED_PARAMS.title) ?? '').trim(),
    enactedBy: (params.get(ADVANCED_PARAMS.enactedBy) ?? '').trim(),
    levels: [...new Set(params.getAll(ADVANCED_PARAMS.levels).filter(Boolean))],
    statuses: [...new Set(params.getAll(ADVANCED_PARAMS.statuses))].filter((s): s is Timeliness => (TIMELINESS_VALUES as readonly string[]).includes(s)),
    promulgated: readRange(params.get(ADVANCED_PARAMS.promulgated)),
    effective: readRange(params.get(ADVANCED_PARAMS.effective)),
  };
}

/** Add the criteria to search params, in a stable order. */
export function writeAdvanced(params: URLSearchParams, c: AdvancedCriteria): URLSearchParams {
  if (c.title) params.set(ADVANCED_PARAMS.title, c.title);
  if (c.enactedBy) params.set(ADVANCED_PARAMS.enactedBy, c.enactedBy);
  for (const v of [...c.levels].sort()) params.append(ADVANCED_PARAMS.levels, v);
  for (const v of TIMELINESS_VALUES.filter((s) => c.statuses.includes(s))) params.append(ADVANCED_PARAMS.statuses, v);
  if (writeRange(c.promulgated)) params.set(ADVANCED_PARAMS.promulgated, writeRange(c.promulgated));
  if (writeRange(c.effective)) params.set(ADVANCED_PARAMS.effective, writeRange(c.effective));
  return params;
}

/** How many criteria are set (a range counts once). */
export function countCriteria(c: AdvancedCriteria): number {
  return [c.title, c.enactedBy, writeRange(c.promulgated), writeRange(c.effective)].filter(Boolean).length + (c.levels.length > 0 ? 1 : 0) + (c.statuses.length > 0 ? 1 : 0);
}

/**
 * The criteria in words, for the line above the results.
 * @example describeCriteria({ …, title: '平安', effective: { from: '2023-01-01', to: '' } }) // → ['标题含“平安”', '施行日期2023年1月1日起']
 */
export function describeCriteria(c: AdvancedCriteria): string[] {
  const d = formatDateZh;
  const range = (label: string, r: DateRange) => (r.from && r.to ? `${label}${d(r.from)}至${d(r.to)}` : r.from ? `${label}${d(r.from)}起` : r.to ? `${label}${d(r.to)}止` : '');
  return [
    c.title && `标题含“${c.title}”`,
    c.enactedBy && `制定机关含“${c.enactedBy}”`,
    c.levels.length > 0 && `效力级别：${c.levels.join('、')}`,
    c.statuses.length > 0 && `时效性：${c.statuses.join('、')}`,
    range('公布日期', c.promulgated),
    range('施行日期', c.effective),
  ].filter((s): s is string => Boolean(s));
}

/** A regulation as the criteria see it: its title (from the search directory) and its facts. */
export type CriteriaSubject = RegulationFacts & { title: string };

/** What matching found: the regulations that qualify, and how many were left out only because a fact is unknown. */
export interface CriteriaMatch {
  ids: string[];
  /** Left out because the criterion's fact is 未核实 (no 制定机关, no 公布日期…), by criterion label. */
  unknown: Record<string, number>;
}

const within = (date: string, r: DateRange) => (!r.from || date >= r.from) && (!r.to || date <= r.to);
const containsAll = (text: string, words: string) => compactText(words).length === 0 || words.split(/\s+/).every((w) => compactText(text).includes(compactText(w)));
const rangeSet = (r: DateRange) => Boolean(r.from || r.to);

/**
 * The regulations meeting every criterion on `today` (ISO, the reader's date: 时效性 depends on it). Words are
 * compared as the caller passes them: convert traditional characters first.
 */
export function matchCriteria(subjects: readonly CriteriaSubject[], c: AdvancedCriteria, today: string): CriteriaMatch {
  const unknown: Record<string, number> = {};
  const miss = (label: string) => {
    unknown[label] = (unknown[label] ?? 0) + 1;
    return false;
  };
  const ids = subjects
    .filter((s) => {
      if (!containsAll(s.title, c.title)) return false;
      if (c.enactedBy && !(s.enactedBy === null ? miss('制定机关') : containsAll(s.enactedBy, c.enactedBy))) return false;
      if (c.levels.length > 0 && !(s.validityLevel === null ? miss('效力级别') : c.levels.includes(s.validityLevel))) return false;
      if (c.statuses.length > 0 && !c.statuses.includes(timelinessOn(s, today))) return false;
      if (rangeSet(c.promulgated) && !(s.promulgatedOn === null ? miss('公布日期') : within(s.promulgatedOn, c.promulgated))) return false;
      return !rangeSet(c.effective) || within(s.effective, c.effective);
    })
    .map((s) => s.id);
  return { ids, unknown };
}

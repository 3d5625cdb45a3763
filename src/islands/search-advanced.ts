// The 高级检索 form (folded under the search box, as 北大法宝's): read and fill its fields, and say what is set.
import { countCriteria, describeCriteria, emptyCriteria, matchCriteria, type AdvancedCriteria, type CriteriaMatch, type DateRange } from '../lib/search/advanced.ts';
import type { SearchDirectory } from '../lib/search/directory.ts';
import { toSimplified, type T2sTable } from '../lib/search/t2s.ts';
import type { Timeliness } from '../lib/corpus/validity.ts';
import { getFacts } from './search-data.ts';
import { h } from './dom.ts';
import { byId, linkButton } from './search-dom.ts';

const input = (id: string) => byId<HTMLInputElement>(id);
const boxes = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`#search-advanced input[name="${name}"]`)];
const RANGES = { promulgated: ['adv-pub-from', 'adv-pub-to'], effective: ['adv-eff-from', 'adv-eff-to'] } as const;

/** The criteria the form's fields state. */
export function readAdvancedForm(): AdvancedCriteria {
  const range = ([from, to]: readonly [string, string]): DateRange => ({ from: input(from).value, to: input(to).value });
  return {
    title: input('adv-title').value.trim(),
    enactedBy: input('adv-enacted').value.trim(),
    levels: boxes('adv-level')
      .filter((b) => b.checked)
      .map((b) => b.value),
    statuses: boxes('adv-status')
      .filter((b) => b.checked)
      .map((b) => b.value as Timeliness),
    promulgated: range(RANGES.promulgated),
    effective: range(RANGES.effective),
  };
}

/**
 * Put criteria (from the URL) into the form. It is not opened for them: the summary counts them and the line above
 * the results says them, and on a phone the open form would push the results a screen down.
 */
export function fillAdvancedForm(c: AdvancedCriteria): void {
  input('adv-title').value = c.title;
  input('adv-enacted').value = c.enactedBy;
  for (const b of boxes('adv-level')) b.checked = c.levels.includes(b.value);
  for (const b of boxes('adv-status')) b.checked = (c.statuses as string[]).includes(b.value);
  for (const key of ['promulgated', 'effective'] as const) {
    input(RANGES[key][0]).value = c[key].from;
    input(RANGES[key][1]).value = c[key].to;
  }
  const n = countCriteria(c);
  byId('search-advanced-count').textContent = n > 0 ? `（已设 ${n} 项）` : '';
}

/** Empty the form. */
export function clearAdvancedForm(): void {
  fillAdvancedForm(emptyCriteria());
}

/**
 * The line above the results saying which criteria apply and how many regulations meet them (null: the list below
 * says), with a button to clear them; `unknown`: regulations left out because the fact asked about is 未核实.
 */
export function renderCriteriaLine(line: HTMLElement, c: AdvancedCriteria, matched: number | null, unknown: Record<string, number>, onClear: () => void): void {
  line.replaceChildren();
  line.hidden = countCriteria(c) === 0;
  if (line.hidden) return;
  line.append(h('span', '', `高级检索：${describeCriteria(c).join('；')}。${matched === null ? '' : `符合条件的法规 ${matched} 部。`}`));
  const notes = Object.entries(unknown).map(([label, n]) => `${n} 部法规的${label}未核实，未列入`);
  if (notes.length > 0) line.append(h('span', 'muted', `（${notes.join('；')}）`));
  line.append(document.createTextNode(' '), linkButton('清除条件', onClear));
}

/** The regulations meeting the criteria on `today`, the title and 制定机关 words read as simplified. */
export async function regulationsMeeting(c: AdvancedCriteria, directory: SearchDirectory, t2s: T2sTable, today: string): Promise<CriteriaMatch> {
  const facts = await getFacts();
  const titles = new Map(directory.regulations.map((r) => [r.id, r.title]));
  const subjects = facts.regulations.map((f) => ({ ...f, title: titles.get(f.id) ?? '' }));
  return matchCriteria(subjects, { ...c, title: toSimplified(c.title, t2s), enactedBy: toSimplified(c.enactedBy, t2s) }, today);
}

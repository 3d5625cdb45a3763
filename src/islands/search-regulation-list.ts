// 高级检索 without words: the regulations meeting the criteria, newest in force first, with the facts they were
// chosen by (制定机关, 效力级别, 时效性, dates), as a legal database lists them.
import type { SearchDirectory } from '../lib/search/directory.ts';
import { timelinessOn, type RegulationFacts } from '../lib/search/regulation-facts.ts';
import { regulationPath } from '../lib/cite/permalink.ts';
import { formatDateZh } from '../lib/corpus/format.ts';
import { h } from './dom.ts';

/** One regulation of the list. */
function regulationItem(title: string, jurisdiction: string, f: RegulationFacts, today: string): HTMLLIElement {
  const li = h('li', 'hit reg-hit');
  const heading = h('h3', 'hit-cite');
  const a = h('a', 'result-link', `《${title}》`);
  a.href = regulationPath(f.id);
  a.dataset['resultKey'] = f.id;
  heading.append(a);
  const meta = h('p', 'hit-meta');
  for (const part of [
    jurisdiction,
    f.enactedBy ?? '制定机关未核实',
    f.validityLevel ?? '效力级别未核实',
    timelinessOn(f, today),
    f.promulgatedOn ? `${formatDateZh(f.promulgatedOn)}公布` : '',
    `${formatDateZh(f.effective)}施行`,
  ])
    if (part) meta.append(h('span', '', part));
  li.append(heading, meta);
  return li;
}

/** The list items of the regulations with these ids, latest 施行日期 first. */
export function regulationItems(ids: readonly string[], directory: SearchDirectory, facts: readonly RegulationFacts[], today: string): HTMLLIElement[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return ids
    .map((id) => ({ reg: directory.regulations.find((r) => r.id === id), f: byId.get(id) }))
    .filter((x): x is { reg: SearchDirectory['regulations'][number]; f: RegulationFacts } => Boolean(x.reg && x.f))
    .sort((a, b) => b.f.effective.localeCompare(a.f.effective) || a.reg.title.localeCompare(b.reg.title, 'zh-CN'))
    .map(({ reg, f }) => regulationItem(reg.title, reg.jurisdiction, f, today));
}

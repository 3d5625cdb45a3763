import type { Diagnostic } from '../schemas/diagnostic.ts';
import type { RegulationMeta } from '../schemas/metadata.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/**
 * Compare the metadata file with what the text itself states (title line, adoption note, date in force,
 * repeals) and report every contradiction as an error at the text's position.
 */
export function checkMetadataAgainstText(meta: RegulationMeta, reg: ParsedRegulation, textFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (ruleId: string, reason: string, line = 1, column = 1) =>
    out.push({ file: textFile, line, column, severity: 'error', ruleId, reason });
  if (reg.title && squash(reg.title.text) !== squash(meta.title)) {
    err('meta-title', `元数据与正文不符：正文标题为“${reg.title.text}”，元数据 title 为“${meta.title}”`, reg.title.pos.line, reg.title.pos.column);
  }
  const eff = reg.facts.effectiveDate;
  if (eff !== null && eff !== meta.effective) {
    err('meta-effective', `元数据与正文不符：正文施行日期为 ${eff}，元数据 effective 为 ${meta.effective}`);
  }
  if (eff === null && !meta.sources['effective']) {
    err('meta-effective-source', '正文没有写明施行日期（自…起施行），元数据 effective 须在 sources.effective 中注明来源');
  }
  const adoption = reg.history.flatMap((h) => h.events).find((e) => e.action === '通过');
  if (adoption && meta.adoptedOn && adoption.date !== meta.adoptedOn) {
    err('meta-adopted-on', `元数据与正文不符：正文通过日期为 ${adoption.date}，元数据 adoptedOn 为 ${meta.adoptedOn}`, reg.history[0]!.pos.line);
  }
  if (adoption && meta.adoptedBy && squash(adoption.body) !== squash(meta.adoptedBy)) {
    err('meta-adopted-by', `元数据与正文不符：正文通过机关为“${adoption.body}”，元数据 adoptedBy 为“${meta.adoptedBy}”`, reg.history[0]!.pos.line);
  }
  const stated = reg.facts.repeals.map((r) => r.title).sort();
  const declared = [...meta.repeals].sort();
  if (stated.join('|') !== declared.join('|')) {
    err('meta-repeals', `元数据与正文不符：正文废止 ${fmt(stated)}，元数据 repeals 为 ${fmt(declared)}`);
  }
  if (!reg.title && !meta.sources['title']) {
    err('meta-title-source', `正文没有标题行，元数据 title“${meta.title}”须在 sources.title 中注明来源`);
  }
  for (const field of ['adoptedBy', 'adoptedOn'] as const) {
    if (meta[field] !== undefined && !adoption && !meta.sources[field]) {
      err('meta-source', `正文没有通过说明，元数据 ${field} 须在 sources.${field} 中注明来源`);
    }
  }
  // the parser reads none of these from a text: each needs its named source, like any fact the text does not state
  for (const field of ['enactedBy', 'approvedBy', 'promulgatedOn', 'form'] as const) {
    if (meta[field] !== undefined && !meta.sources[field]) {
      err('meta-source', `元数据 ${field} 须在 sources.${field} 中注明来源（正文或具名资料的出处）`);
    }
  }
  return out;
}

const fmt = (titles: string[]) => (titles.length ? titles.map((t) => `《${t}》`).join('、') : '（无）');

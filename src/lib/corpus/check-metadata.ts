import type { Diagnostic, RuleId } from '../schemas/diagnostic.ts';
import type { RegulationMeta } from '../schemas/metadata.ts';
import type { ParsedRegulation } from '../schemas/regulation.ts';

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/**
 * Compare the metadata file with what the text itself states (title line, adoption note, date in force,
 * repeals) and report every contradiction as an error at the text's position.
 */
export function checkMetadataAgainstText(meta: RegulationMeta, reg: ParsedRegulation, textFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (ruleId: RuleId, reason: string, line = 1, column = 1) => out.push({ file: textFile, line, column, severity: 'error', ruleId, reason });
  if (reg.title && squash(reg.title.text) !== squash(meta.title)) {
    err('meta-title', `元数据与正文不符：正文标题为“${reg.title.text}”，元数据 title 为“${meta.title}”`, reg.title.pos.line, reg.title.pos.column);
  }
  const eff = reg.facts.effectiveDate;
  if (eff !== null && eff !== meta.effective) {
    err('meta-effective', `元数据与正文不符：正文施行日期为 ${eff}，元数据 effective 为 ${meta.effective}`);
  }
  if (reg.facts.effectiveOnPromulgation) checkInForceOnPromulgation(meta, reg, err);
  else if (eff === null && !meta.sources['effective']) {
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
  // (a promulgation date that the history note states needs none; for a text in force from its promulgation the
  // check below asks for the source once, at the paragraph that says so)
  const promulgationHandled = reg.facts.effectiveOnPromulgation || reg.history.some((h) => h.events.some((e) => e.action === '公布'));
  for (const field of ['enactedBy', 'approvedBy', 'promulgatedOn', 'form'] as const) {
    if (field === 'promulgatedOn' && promulgationHandled) continue;
    if (meta[field] !== undefined && !meta.sources[field]) {
      err('meta-source', `元数据 ${field} 须在 sources.${field} 中注明来源（正文或具名资料的出处）`);
    }
  }
  return out;
}

/**
 * A text in force `自公布之日起施行`: its date in force is the promulgation date, which the metadata gives in
 * `promulgatedOn` with its source; `effective` must be that date, and needs no source of its own.
 */
function checkInForceOnPromulgation(meta: RegulationMeta, reg: ParsedRegulation, err: (ruleId: RuleId, reason: string, line?: number, column?: number) => void): void {
  const at = positionOf(reg, reg.facts.effectiveSourceId);
  // a history note may state the promulgation itself (`2024年1月10日江州市人民代表大会常务委员会公告第5号公布`)
  const stated = reg.history.flatMap((h) => h.events).find((e) => e.action === '公布');
  if (stated && meta.promulgatedOn !== stated.date) {
    err(
      'meta-promulgated-on',
      `元数据与正文不符：正文公布日期为 ${stated.date}，元数据 promulgatedOn 为 ${meta.promulgatedOn ?? '（未填写）'}；正文规定自公布之日起施行，施行日期即公布日期`,
      at.line,
      at.column,
    );
    return;
  }
  if (meta.promulgatedOn === undefined) {
    err('meta-promulgated-on', '正文规定自公布之日起施行：施行日期即公布日期，元数据须填写 promulgatedOn（YYYY-MM-DD），并在 sources.promulgatedOn 中注明来源', at.line, at.column);
    return;
  }
  if (!stated && !meta.sources['promulgatedOn']) {
    err('meta-source', '正文规定自公布之日起施行，施行日期取自元数据 promulgatedOn，须在 sources.promulgatedOn 中注明来源', at.line, at.column);
  }
  if (meta.effective !== meta.promulgatedOn) {
    err('meta-effective', `元数据与正文不符：正文规定自公布之日起施行，施行日期应为公布日期 ${meta.promulgatedOn}，元数据 effective 为 ${meta.effective}`, at.line, at.column);
  }
}

/** Where a paragraph stated in the facts sits in the text (1:1 when unknown). */
function positionOf(reg: ParsedRegulation, id: string | null): { line: number; column: number } {
  for (const a of reg.articles) for (const p of a.paragraphs) if (p.id === id) return { line: p.pos.line, column: p.pos.column };
  return { line: 1, column: 1 };
}

const fmt = (titles: string[]) => (titles.length ? titles.map((t) => `《${t}》`).join('、') : '（无）');

// The many-way table is chosen in the browser, so the alignment is published per regulation: each file holds
// one regulation's paragraphs (with text) and its links. The island fetches only the chosen regulations' files
// and joins them back into a CorpusAlignment over just those, so its cost grows with the choice, not the corpus.
import type { AlignmentLink, CorpusAlignment, RegulationTableData } from '../schemas/alignment.ts';
import { regulationIndex, readLinks } from './link-table.ts';
import type { AlignableRegulation } from './units.ts';
import { toUnits } from './units.ts';

/**
 * One regulation's table data: its paragraphs with their text and topics (names by paragraph id, from the
 * analysis layer; none when not given), and its links keyed by the other regulation.
 */
export function regulationTableData(
  alignment: CorpusAlignment,
  regulation: AlignableRegulation & { meta: { title: string } },
  topics?: ReadonlyMap<string, readonly string[]>,
): RegulationTableData {
  const table = readLinks(alignment);
  const r = regulationIndex(table, regulation.meta.id);
  const reg = alignment.regulations[r]!;
  const texts = new Map(toUnits(regulation).map((u) => [u.id, u.text]));
  // keyed by regulation ids, which users choose: a null prototype, so that an id such as `constructor` is just a key
  const links: Record<string, AlignmentLink[]> = Object.create(null) as Record<string, AlignmentLink[]>;
  for (let u = reg.firstUnit; u < reg.firstUnit + reg.units.length; u++) {
    for (let k = table.nbStart[u]!; k < table.nbStart[u + 1]!; k++) {
      const v = table.nbUnit[k]!;
      const other = alignment.regulations[table.unitReg[v]!]!;
      (links[other.id] ??= []).push([u - reg.firstUnit, v - other.firstUnit, table.nbScore[k]!, table.nbSimilarity[k]!]);
    }
  }
  return {
    id: reg.id,
    shortName: reg.shortName,
    title: regulation.meta.title,
    ...(reg.superior ? { superior: reg.superior } : {}),
    units: reg.units.map((unit) => ({ ...unit, text: texts.get(unit.id) ?? '', topics: [...(topics?.get(unit.id) ?? [])] })),
    links,
  };
}

/**
 * Join the table data of chosen regulations into an alignment over just those (links between two of them only;
 * each link is listed in both files and taken once, from the earlier regulation's file).
 */
export function joinTableData(parts: readonly RegulationTableData[], method: CorpusAlignment['method']): CorpusAlignment {
  const first = new Map<string, number>();
  let next = 0;
  const regulations = parts.map((p) => {
    first.set(p.id, next);
    const reg = {
      id: p.id,
      shortName: p.shortName,
      ...(p.superior ? { superior: p.superior } : {}),
      firstUnit: next,
      units: p.units.map(({ text: _text, topics: _topics, ...unit }) => unit),
    };
    next += p.units.length;
    return reg;
  });
  const position = new Map(parts.map((p, i) => [p.id, i]));
  const links: AlignmentLink[] = [];
  parts.forEach((p, i) => {
    for (const [otherId, list] of Object.entries(p.links)) {
      const j = position.get(otherId);
      if (j === undefined || j < i) continue;
      for (const [u, v, score, similarity] of list) links.push([first.get(p.id)! + u, first.get(otherId)! + v, score, similarity]);
    }
  });
  links.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { version: 2, method, complete: false, regulations, links };
}

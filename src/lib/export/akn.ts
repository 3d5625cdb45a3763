// One regulation as an Akoma Ntoso 3.0 (OASIS LegalDocML) document. The structural elements carry the site's
// ids as eIds; every character of the text the parser kept is in <num>, <heading> or <p>, in reading order.
import { segmentByRefs } from '../cite/segments.ts';
import type { Regulation } from '../schemas/corpus.ts';
import type { Article, Division, Item, Paragraph, SubItem } from '../schemas/provision.ts';
import type { Reference } from '../schemas/reference.ts';
import type { HistoryEvent } from '../schemas/regulation.ts';
import { serializeXml, type XmlElement } from './xml.ts';

/** The Akoma Ntoso 3.0 namespace. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Namespace of the one proprietary element (which source file, which bytes). */
export const DUIZHAO_NS = 'urn:x-duizhao:export';

/** Options for the export. */
export interface AknOptions {
  /** Work IRI of another regulation in the corpus by its title (without 《》), to link references to it. */
  lawUri?: (title: string) => string | undefined;
}

/** Elements whose content is text (with inline markup): written on one line, never indented inside. */
const TEXT_ELEMENTS = new Set(['p', 'num', 'heading', 'docTitle', 'ref', 'rref']);

const el = (name: string, attrs: XmlElement['attrs'], ...children: Array<XmlElement | string>): XmlElement => ({ name, attrs, children });

/** The date that names the work: adoption when the text or a named source states it, else the date in force. */
export function workDate(reg: Regulation): { date: string; name: 'adoption' | 'entryIntoForce' } {
  const adoption = reg.parsed.history.flatMap((h) => h.events).find((e) => e.action === '通过');
  if (adoption) return { date: adoption.date, name: 'adoption' };
  if (reg.meta.adoptedOn) return { date: reg.meta.adoptedOn, name: 'adoption' };
  return { date: reg.meta.effective, name: 'entryIntoForce' };
}

/**
 * The work-level IRI (Akoma Ntoso naming convention: country / type / date / number; the site id is the number).
 * @example aknWorkUri(shanxi) // → '/akn/cn/act/2023-07-29/shanxi'
 */
export function aknWorkUri(reg: Regulation): string {
  return `/akn/cn/act/${workDate(reg).date}/${reg.meta.id}`;
}

const AMENDMENT = /^(修正|修订|修改)$/;

/** The expression: `zho@` (the text as adopted) or `zho@<date>` after the latest amendment the text records. */
function expression(reg: Regulation): { uri: string; date: string; dateName: string } {
  const amendments = reg.parsed.history.flatMap((h) => h.events).filter((e) => AMENDMENT.test(e.action));
  const last = amendments.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  if (last) return { uri: `${aknWorkUri(reg)}/zho@${last.date}`, date: last.date, dateName: 'amendment' };
  const w = workDate(reg);
  return { uri: `${aknWorkUri(reg)}/zho@`, date: w.date, dateName: w.name };
}

/** Serialise one regulation as an Akoma Ntoso document (UTF-8, with the XML declaration). */
export function toAkomaNtoso(reg: Regulation, opts: AknOptions = {}): string {
  const amended = reg.parsed.history.some((h) => h.events.some((e) => AMENDMENT.test(e.action)));
  const act = el(
    'act',
    { name: 'localRegulation', contains: amended ? 'singleVersion' : 'originalVersion' },
    meta(reg),
    preface(reg),
    el('body', undefined, ...bodyChildren(reg, opts)),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(el('akomaNtoso', { xmlns: AKN_NS }, act), TEXT_ELEMENTS)}\n`;
}

function meta(reg: Regulation): XmlElement {
  const work = aknWorkUri(reg);
  const wd = workDate(reg);
  const expr = expression(reg);
  const events = lifecycleEvents(reg);
  return el(
    'meta',
    undefined,
    el(
      'identification',
      { source: '#duizhao' },
      el(
        'FRBRWork',
        undefined,
        el('FRBRthis', { value: `${work}/!main` }),
        el('FRBRuri', { value: work }),
        el('FRBRalias', { value: reg.meta.title, name: 'title' }),
        el('FRBRalias', { value: reg.meta.shortName, name: 'shortName' }),
        el('FRBRdate', { date: wd.date, name: wd.name }),
        el('FRBRauthor', { href: '#enactor' }),
        el('FRBRcountry', { value: 'cn' }),
        el('FRBRnumber', { value: reg.meta.id }),
        el('FRBRprescriptive', { value: 'true' }),
      ),
      el(
        'FRBRExpression',
        undefined,
        el('FRBRthis', { value: `${expr.uri}/!main` }),
        el('FRBRuri', { value: expr.uri }),
        el('FRBRdate', { date: expr.date, name: expr.dateName }),
        el('FRBRauthor', { href: '#enactor' }),
        el('FRBRlanguage', { language: 'zho' }),
      ),
      // the manifestation repeats the expression's date rather than a build time, so a version's bytes never change
      el(
        'FRBRManifestation',
        undefined,
        el('FRBRthis', { value: `${expr.uri}/!main.xml` }),
        el('FRBRuri', { value: `${expr.uri}.xml` }),
        el('FRBRdate', { date: expr.date, name: expr.dateName }),
        el('FRBRauthor', { href: '#duizhao' }),
        el('FRBRformat', { value: 'application/akn+xml' }),
      ),
    ),
    el(
      'lifecycle',
      { source: '#duizhao' },
      ...events.map((e, i) => el('eventRef', { eId: `eref_${i + 1}`, date: e.date, source: '#original', type: e.type, refersTo: `#${e.tlc}` })),
    ),
    el(
      'references',
      { source: '#duizhao' },
      el('original', { eId: 'original', href: expr.uri, showAs: reg.meta.title }),
      el('TLCOrganization', { eId: 'duizhao', href: '/akn/ontology/organization/cn.duizhao', showAs: '对照 duizhao（结构由程序解析生成）' }),
      el('TLCOrganization', { eId: 'enactor', href: `/akn/ontology/organization/cn.${reg.meta.id}.enactor`, showAs: reg.meta.adoptedBy ?? reg.meta.jurisdiction }),
      ...uniqueTlcEvents(events).map((e) => el('TLCEvent', { eId: e.tlc, href: `/akn/ontology/event/cn.${e.tlc}`, showAs: e.showAs })),
    ),
    el('proprietary', { source: '#duizhao' }, el('dz:source', { 'xmlns:dz': DUIZHAO_NS, file: reg.parsed.sourceFile, sha256: reg.sourceSha256 })),
  );
}

interface LifeEvent {
  date: string;
  type: 'generation' | 'amendment' | 'repeal';
  tlc: string;
  showAs: string;
}

const EVENT_IDS: Record<string, string> = { 通过: 'adoption', 批准: 'approval', 修正: 'amendment', 修订: 'revision', 修改: 'amendment', 公布: 'promulgation' };

/** Events with a date the text states (history note, date in force) or the metadata takes from a named source. */
function lifecycleEvents(reg: Regulation): LifeEvent[] {
  const fromText = reg.parsed.history
    .flatMap((h) => h.events)
    .map(
      (e: HistoryEvent): LifeEvent => ({
        date: e.date,
        type: AMENDMENT.test(e.action) ? 'amendment' : 'generation',
        tlc: EVENT_IDS[e.action] ?? 'event',
        showAs: e.action,
      }),
    );
  const out = [...fromText];
  if (reg.meta.adoptedOn && !fromText.some((e) => e.tlc === 'adoption')) out.push({ date: reg.meta.adoptedOn, type: 'generation', tlc: 'adoption', showAs: '通过' });
  out.push({ date: reg.meta.effective, type: 'generation', tlc: 'entryIntoForce', showAs: '施行' });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function uniqueTlcEvents(events: LifeEvent[]): LifeEvent[] {
  return events.filter((e, i) => events.findIndex((x) => x.tlc === e.tlc) === i);
}

/** The title line and history notes in source order; a title the text lacks comes from the metadata, marked editorial. */
function preface(reg: Regulation): XmlElement {
  const p = reg.parsed;
  const parts: Array<{ offset: number; node: XmlElement }> = p.history.map((h) => ({ offset: h.pos.offset, node: el('p', { class: 'history' }, h.raw) }));
  const title = p.title
    ? { offset: p.title.pos.offset, node: el('p', { class: 'title' }, el('docTitle', undefined, p.title.text)) }
    : { offset: -1, node: el('p', { class: 'title' }, el('docTitle', { status: 'editorial' }, reg.meta.title)) };
  parts.push(title);
  return el('preface', undefined, ...parts.sort((a, b) => a.offset - b.offset).map((x) => x.node));
}

const DIVISION_ELEMENT: Record<Division['kind'], string> = { part: 'part', chapter: 'chapter', section: 'section', heading: 'hcontainer' };

/** Divisions and articles nested as the text nests them, each level in source order. */
function bodyChildren(reg: Regulation, opts: AknOptions): XmlElement[] {
  const { divisions, articles } = reg.parsed;
  const childrenOf = (parentId: string | null): XmlElement[] => {
    const subs = divisions.filter((d) => d.parentId === parentId).map((d) => ({ offset: d.pos.offset, node: division(d) }));
    const arts = articles.filter((a) => a.divisionId === parentId).map((a) => ({ offset: a.pos.offset, node: article(a, opts) }));
    return [...subs, ...arts].sort((a, b) => a.offset - b.offset).map((x) => x.node);
  };
  const division = (d: Division): XmlElement =>
    el(
      DIVISION_ELEMENT[d.kind],
      { eId: d.id, name: d.kind === 'heading' ? 'heading' : undefined },
      ...(d.label ? [el('num', undefined, d.label)] : []),
      el('heading', undefined, d.rawName),
      ...childrenOf(d.id),
    );
  return childrenOf(null);
}

function article(a: Article, opts: AknOptions): XmlElement {
  return el('article', { eId: a.id }, el('num', undefined, a.label), ...a.paragraphs.map((p) => paragraph(p, opts)));
}

function paragraph(p: Paragraph, opts: AknOptions): XmlElement {
  return el(
    'paragraph',
    { eId: p.id },
    ...block(
      p.text,
      p.refs,
      p.items.map((it) => item(it, opts)),
      opts,
    ),
  );
}

function item(it: Item, opts: AknOptions): XmlElement {
  return el(
    'point',
    { eId: it.id },
    el('num', undefined, it.label),
    ...block(
      it.text,
      it.refs,
      it.subItems.map((s) => subItem(s, opts)),
      opts,
    ),
  );
}

function subItem(s: SubItem, opts: AknOptions): XmlElement {
  return el('point', { eId: s.id }, el('num', undefined, s.label), ...block(s.text, s.refs, [], opts));
}

/** A leaf holds its text in <content>; a node with children puts its text (the lead-in) in <intro>, if it has any. */
function block(text: string, refs: readonly Reference[], children: XmlElement[], opts: AknOptions): XmlElement[] {
  if (children.length === 0) return [el('content', undefined, el('p', undefined, ...inline(text, refs, opts)))];
  return [...(text ? [el('intro', undefined, el('p', undefined, ...inline(text, refs, opts)))] : []), ...children];
}

/** Text with its references marked: <ref> to one provision or another law, <rref> to a run of consecutive siblings. */
function inline(text: string, refs: readonly Reference[], opts: AknOptions): Array<XmlElement | string> {
  return segmentByRefs(text, refs).map((seg) => {
    const r = seg.ref;
    if (!r) return seg.text;
    if (r.kind === 'external') {
      const uri = r.lawTitle ? opts.lawUri?.(r.lawTitle) : undefined;
      return uri ? el('ref', { href: uri }, seg.text) : seg.text;
    }
    if (r.targets.length === 1) return el('ref', { href: `#${r.targets[0]}` }, seg.text);
    if (r.targets.length > 1 && consecutiveSiblings(r.targets)) return el('rref', { from: `#${r.targets[0]}`, upTo: `#${r.targets.at(-1)}` }, seg.text);
    return seg.text;
  });
}

/**
 * Whether ids name consecutive siblings (`…item_2`, `…item_3`, `…item_4`), so a range reference is exact.
 * @example consecutiveSiblings(['art_3__para_1__item_2', 'art_3__para_1__item_3']) // → true
 */
export function consecutiveSiblings(ids: readonly string[]): boolean {
  const parts = ids.map((id) => /^(.*_)(\d+)$/.exec(id));
  if (parts.some((m) => !m)) return false;
  return parts.every((m, i) => m![1] === parts[0]![1] && Number(m![2]) === Number(parts[0]![2]) + i);
}

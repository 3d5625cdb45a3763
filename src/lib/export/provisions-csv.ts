import { formatCitation } from '../cite/citation.ts';
import { articlePath } from '../cite/permalink.ts';
import { divisionHeading, divisionTrail } from '../corpus/structure.ts';
import type { RegulationAnalysis } from '../schemas/analysis.ts';
import type { Regulation } from '../schemas/corpus.ts';
import type { Article, Item, Paragraph, SubItem } from '../schemas/provision.ts';
import { toCsvChunks } from './csv.ts';

/** A column of the provisions CSV with what it holds, so the /data/ page documents exactly what the file has. */
export interface ColumnDoc {
  name: string;
  doc: string;
}

/** The columns of the provisions CSV, in order. */
export const PROVISION_COLUMNS: readonly ColumnDoc[] = [
  { name: 'regulation_id', doc: '法规 id，即网址中的英文名，如 suzhou' },
  { name: 'regulation_title', doc: '法规全称，如 苏州市平安建设条例' },
  { name: 'division', doc: '所在的编、章、节，如“第二章　组织协调”；多级之间用“ / ”分隔；不在任何章节中时为空' },
  { name: 'article_id', doc: '条的编号，如 art_24（第十条之一为 art_10_1）' },
  { name: 'article_label', doc: '条号，照原文，如 第二十四条、第24条' },
  { name: 'node_id', doc: '本行的编号，与网站锚点、JSON 和 Akoma Ntoso 的 eId 相同，如 art_24__para_2__item_3' },
  { name: 'kind', doc: 'paragraph（款）、item（项）或 subitem（目）' },
  { name: 'paragraph', doc: '款的序号（从 1 起）' },
  { name: 'item', doc: '项的序号；款的行为空' },
  { name: 'subitem', doc: '目的序号；款、项的行为空' },
  { name: 'label', doc: '项、目的序号原文，如“（三）”“1．”；款为空' },
  { name: 'citation', doc: '标准引用，如《苏州市平安建设条例》第二十四条第二款；只有一款的条不写“第一款”' },
  { name: 'text', doc: '本行的文字，照原文：款为其本身的文字（有项时是引出各项的那句话，第一款不含条号），项不含其下的目' },
  { name: 'topic_ids', doc: '主题 id，空格分隔；款的行为整款（含其各项）的主题，项、目的行为其本身文字中识别出的主题' },
  { name: 'topic_names', doc: '主题名称，以“；”分隔，与 topic_ids 一一对应' },
  { name: 'url', doc: '本站上的永久链接（相对路径），如 /regulations/suzhou/24/#art_24__para_2' },
];

/** Topics of one node: ids with their display names, in the same order. */
export interface NodeTopics {
  ids: string[];
  names: string[];
}

/** Look up the topics of a node by id; undefined when the analytic layer says nothing about it. */
export type TopicLookup = (nodeId: string) => NodeTopics | undefined;

/**
 * Topics per node from the analytic layer: a paragraph gets the topics of the whole paragraph (with its items, as
 * the site shows them); an item or sub-item gets the topics found in its own clauses.
 */
export function topicLookupFromAnalysis(analysis: Pick<RegulationAnalysis, 'paragraphs' | 'clauses'>): TopicLookup {
  const map = new Map<string, NodeTopics>();
  const add = (id: string, topic: { id: string; name: string }) => {
    const t = map.get(id) ?? { ids: [], names: [] };
    if (!t.ids.includes(topic.id)) {
      t.ids.push(topic.id);
      t.names.push(topic.name);
    }
    map.set(id, t);
  };
  for (const p of analysis.paragraphs) for (const t of p.topics) add(p.id, t);
  for (const c of analysis.clauses) if (c.sourceId.includes('__item_')) for (const t of c.topics) add(c.sourceId, t);
  return (id) => map.get(id);
}

type Row = Record<string, string>;

/** The rows of one regulation: one per paragraph, item and sub-item, in reading order. */
export function provisionRows(reg: Regulation, topics?: TopicLookup): Row[] {
  const rows: Row[] = [];
  for (const article of reg.parsed.articles) {
    const division = divisionTrail(reg.parsed, article).map(divisionHeading).join(' / ');
    const row = (node: Paragraph | Item | SubItem, at: { paragraph: Paragraph; item?: Item; subItem?: SubItem }): Row => {
      const t = topics?.(node.id);
      return {
        regulation_id: reg.meta.id,
        regulation_title: reg.meta.title,
        division,
        article_id: article.id,
        article_label: article.label,
        node_id: node.id,
        kind: node.kind,
        paragraph: String(at.paragraph.number),
        item: at.item ? String(at.item.number) : '',
        subitem: at.subItem ? String(at.subItem.number) : '',
        label: 'label' in node ? node.label : '',
        citation: formatCitation(reg.meta.title, { article, ...at }),
        text: node.text,
        topic_ids: t?.ids.join(' ') ?? '',
        topic_names: t?.names.join('；') ?? '',
        url: articlePath(reg.meta.id, article.slug, node.id),
      };
    };
    rows.push(...articleRows(article, row));
  }
  return rows;
}

function articleRows(article: Article, row: (node: Paragraph | Item | SubItem, at: { paragraph: Paragraph; item?: Item; subItem?: SubItem }) => Row): Row[] {
  const out: Row[] = [];
  for (const paragraph of article.paragraphs) {
    out.push(row(paragraph, { paragraph }));
    for (const item of paragraph.items) {
      out.push(row(item, { paragraph, item }));
      for (const subItem of item.subItems) out.push(row(subItem, { paragraph, item, subItem }));
    }
  }
  return out;
}

/** The provisions CSV of the whole corpus (UTF-8 with BOM, CRLF, RFC 4180 quoting). */
export function provisionsCsv(regs: readonly Regulation[], topicsFor: (regId: string) => TopicLookup | undefined = () => undefined): string {
  return [...provisionsCsvChunks(regs, topicsFor)].join('');
}

/** The same CSV in pieces, one regulation's rows made at a time (a large corpus's CSV is never one string). */
export function provisionsCsvChunks(regs: readonly Regulation[], topicsFor: (regId: string) => TopicLookup | undefined = () => undefined): Generator<string> {
  const names = PROVISION_COLUMNS.map((c) => c.name);
  function* rows() {
    for (const r of regs) for (const row of provisionRows(r, topicsFor(r.meta.id))) yield names.map((n) => row[n] ?? '');
  }
  return toCsvChunks(names, rows());
}

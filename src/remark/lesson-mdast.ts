// mdast nodes for the lesson directives. Provision text always goes in as `text` nodes, so every
// renderer escapes it; elements are named with `data.hName` / `data.hProperties`, which both
// mdast-util-to-hast (remark) and Sätteri (Astro's default Markdown processor) honour.
import type { BlockContent, Link, Paragraph, PhrasingContent, Text } from 'mdast';
import { articleLabel } from '../lib/cite/citation.ts';
import { formatDateZh } from '../lib/corpus/format.ts';
import { quoteLines, type QuoteLine } from '../lib/handout/provision-lines.ts';
import type { ResolvedProvision } from './lesson-refs.ts';
import type { Regulation } from '../lib/schemas/corpus.ts';

type Props = Record<string, string | string[] | boolean | undefined>;

function text(value: string): Text {
  return { type: 'text', value };
}

/** A block element: a paragraph node renamed, which every renderer maps straight to hName. */
function block(hName: string, hProperties: Props, children: Array<PhrasingContent | BlockContent>): Paragraph {
  return { type: 'paragraph', data: { hName, hProperties }, children: children as PhrasingContent[] };
}

/** An inline element. */
function inline(hName: string, hProperties: Props, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName, hProperties }, children };
}

function link(url: string, children: PhrasingContent[], hProperties: Props = {}, title?: string): Link {
  return { type: 'link', url, ...(title ? { title } : {}), data: { hProperties }, children };
}

/** `:cite[…]`: the exact citation, linked to the permalink; `short` drops the regulation title. */
export function citeNode(p: ResolvedProvision, short: boolean): Link {
  return link(p.href, [text(short ? p.withinArticle : p.citation)], { className: ['lesson-cite'] }, short ? p.citation : undefined);
}

/** The quoted lines of a provision, rendered from the data. */
function quoteBody(p: ResolvedProvision): Paragraph[] {
  const { article } = p.target;
  const lines = quoteLines({ ...article, label: articleLabel(article) }, p.nodeId) ?? [];
  return lines.map(lineNode);
}

function lineNode(line: QuoteLine): Paragraph {
  const children: PhrasingContent[] = [];
  if (line.articleLabel) children.push(inline('strong', { className: ['art-label'] }, [text(line.articleLabel)]), text('\u3000'));
  if (line.label) children.push(inline('span', { className: ['item-label'] }, [text(line.label)]));
  children.push(text(line.text));
  return block('p', { className: [line.kind === 'paragraph' ? 'para' : line.kind] }, children);
}

/** Attributes that let the page's scripts find a quoted provision (handout basket, QR codes, Word export). */
function provisionData(p: ResolvedProvision): Props {
  return { dataCite: p.citation, dataHref: p.href, dataReg: p.regulation.meta.id, dataNode: p.nodeId };
}

/** `::quote[…]`: the current text of a provision with its citation as caption. */
export function quoteNode(p: ResolvedProvision): Paragraph {
  return block('figure', { className: ['lesson-quote'], ...provisionData(p) }, [
    block('figcaption', { className: ['quote-cite'] }, [link(p.href, [text(p.citation)])]),
    block('blockquote', { className: ['quote-text'], cite: p.href }, quoteBody(p)),
  ]);
}

/** One jurisdiction's row of a comparison. */
export interface CompareRow {
  regulation: Regulation;
  /** The quoted provisions (none when nothing matched). */
  provisions: ResolvedProvision[];
  /** How the provisions were chosen (`比对基准`, `自动比对：高度相似（相似度 0.52）`, `作者选定`), or empty. */
  how: string;
  /** What to say when there are no provisions. */
  missing?: string;
}

/** `::compare`: a table of each chosen jurisdiction's provisions on one subject. */
export function compareNode(caption: string, rows: readonly CompareRow[], note: string): Paragraph {
  const head = block('thead', {}, [block('tr', {}, [block('th', { scope: 'col' }, [text('地区')]), block('th', { scope: 'col' }, [text('条文')])])]);
  const body = block('tbody', {}, rows.map(compareRow));
  return block('figure', { className: ['lesson-compare'] }, [
    block('figcaption', { className: ['compare-caption'] }, [text(caption)]),
    // a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
    block('div', { className: ['table-scroll'], tabIndex: '0', role: 'region', ariaLabel: caption }, [block('table', {}, [head, body])]),
    block('p', { className: ['compare-note'] }, [text(note)]),
  ]);
}

function compareRow(row: CompareRow): Paragraph {
  const { meta } = row.regulation;
  const who = block('th', { scope: 'row' }, [
    text(meta.shortName),
    inline('span', { className: ['compare-meta'] }, [text(meta.level)]),
    inline('span', { className: ['compare-meta'] }, [text(`${formatDateZh(meta.effective)}施行`)]),
    ...(row.how ? [inline('span', { className: ['compare-how'] }, [text(row.how)])] : []),
  ]);
  const quotes = row.provisions.map((p) =>
    block('div', { className: ['lesson-quote', 'compact'], ...provisionData(p) }, [
      block('p', { className: ['quote-cite'] }, [link(p.href, [text(p.citation)])]),
      block('blockquote', { className: ['quote-text'], cite: p.href }, quoteBody(p)),
    ]),
  );
  const cell = quotes.length ? quotes : [block('p', { className: ['compare-missing'] }, [text(row.missing ?? '')])];
  return block('tr', {}, [who, block('td', {}, cell)]);
}

// The text of a cited provision as lines, laid out as the page shows it: one line per paragraph, items
// on their own lines unless the text wrote them inline (xinjiang 第九条). Shared by the lesson quote
// block (build time) and the handout (browser), so both quote the same words.

/** The parts of an article a quotation needs (a parsed `Article` satisfies it). */
export interface QuotableArticle {
  id: string;
  /** The article label in standard form, e.g. 第二十四条. */
  label: string;
  paragraphs: ReadonlyArray<{
    id: string;
    text: string;
    inlineItems: boolean;
    items: ReadonlyArray<{ id: string; label: string; text: string; subItems: ReadonlyArray<{ id: string; label: string; text: string }> }>;
  }>;
}

/** One line of quoted text. */
export interface QuoteLine {
  kind: 'paragraph' | 'item' | 'subitem';
  /** The article label, on the first line of a whole-article quotation only. */
  articleLabel?: string;
  /** The item / sub-item label as written (`（三）`), empty for a paragraph. */
  label: string;
  /** The words, exactly as in the data (inline items appended to their paragraph as written). */
  text: string;
  /** Id of the node the line comes from. */
  id: string;
}

type QuotableParagraph = QuotableArticle['paragraphs'][number];
type QuotableItem = QuotableParagraph['items'][number];

/**
 * The lines of the node `nodeId` of `article` (the article itself, a paragraph, an item or a sub-item);
 * null when the article has no such node.
 * @example quoteLines(suzhou24, 'art_24__para_2') // → [{ kind: 'paragraph', text: '卫生健康部门应当…', … }]
 */
export function quoteLines(article: QuotableArticle, nodeId: string): QuoteLine[] | null {
  if (nodeId === article.id) {
    const lines = article.paragraphs.flatMap(paragraphLines);
    return lines.map((l, i) => (i === 0 ? { ...l, articleLabel: article.label } : l));
  }
  for (const p of article.paragraphs) {
    if (p.id === nodeId) return paragraphLines(p);
    for (const item of p.items) {
      if (item.id === nodeId) return itemLines(item);
      const sub = item.subItems.find((s) => s.id === nodeId);
      if (sub) return [{ kind: 'subitem', label: sub.label, text: sub.text, id: sub.id }];
    }
  }
  return null;
}

function paragraphLines(p: QuotableParagraph): QuoteLine[] {
  if (p.inlineItems) {
    const inline = p.items.map((i) => i.label + i.text + i.subItems.map((s) => s.label + s.text).join('')).join('');
    return [{ kind: 'paragraph', label: '', text: p.text + inline, id: p.id }];
  }
  // a paragraph made only of items has no lead-in line
  const lead: QuoteLine[] = p.text || !p.items.length ? [{ kind: 'paragraph', label: '', text: p.text, id: p.id }] : [];
  return [...lead, ...p.items.flatMap(itemLines)];
}

function itemLines(item: QuotableItem): QuoteLine[] {
  return [{ kind: 'item', label: item.label, text: item.text, id: item.id }, ...item.subItems.map((s): QuoteLine => ({ kind: 'subitem', label: s.label, text: s.text, id: s.id }))];
}

/**
 * The plain text of a quotation, one line per `\n`, labels included.
 * @example quoteText(lines) // → '第二十四条　市、县级市（区）…\n卫生健康部门…'
 */
export function quoteText(lines: readonly QuoteLine[]): string {
  return lines.map((l) => (l.articleLabel ? `${l.articleLabel}\u3000` : '') + l.label + l.text).join('\n');
}

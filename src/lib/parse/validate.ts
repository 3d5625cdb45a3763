import type { Position } from '../schemas/position.ts';
import type { Article, Division } from '../schemas/provision.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { articleCite, numeral, paragraphName } from '../cite/citation.ts';

type Numbered = { number: number | null; label: string; pos: Position };

/** How to write an expected number, in the style of the label actually found (`第24条` drafts get `第25条`). */
type Show = (n: number, found: string) => string;

/** Check one numbered sequence (articles, chapters, items …): gaps, duplicates and order. */
function checkSequence(nodes: readonly Numbered[], bag: DiagnosticBag, rule: 'article' | 'part' | 'chapter' | 'section' | 'item' | 'subitem', name: string, show: Show): void {
  let expected = 1;
  let prev: Numbered | null = null;
  const seen = new Map<number, number>();
  for (const node of nodes) {
    if (node.number === null) continue;
    const n = node.number;
    if (seen.has(n)) {
      bag.error(`${rule}-duplicate`, `${name}重复：${node.label}已在第 ${seen.get(n)} 行出现`, node.pos.line, node.pos.column);
    } else if (n < expected) {
      const after = prev ? `排在${prev.label}之后` : '排在后面';
      bag.error(`${rule}-order`, `${name}顺序错误：${node.label}${after}，应为${show(expected, node.label)}`, node.pos.line, node.pos.column);
    } else if (n > expected) {
      bag.error(`${rule}-sequence`, `${name}不连续：应为${show(expected, node.label)}，实为${node.label}`, node.pos.line, node.pos.column);
    }
    if (!seen.has(n)) seen.set(n, node.pos.line);
    expected = Math.max(expected, n + 1);
    prev = node;
  }
}

/** `第N<unit>` in Chinese numerals, or in Arabic digits when the label found uses them. */
const numbered =
  (unit: string): Show =>
  (n, found) =>
    /[0-9０-９]/.test(found) ? `第${n}${unit}` : `第${numeral(n)}${unit}`;

/** Articles: 第一条, 第二条 … with `之一` suffixes allowed right after their base article. */
function checkArticles(articles: readonly Article[], bag: DiagnosticBag): void {
  checkSequence(
    articles.filter((a) => a.suffix === 0),
    bag,
    'article',
    '条号',
    numbered('条'),
  );
  let prev: Article | undefined;
  for (const a of articles) {
    if (a.suffix > 0) {
      const ok = prev && prev.number === a.number && prev.suffix === a.suffix - 1;
      if (!ok) bag.error('article-suffix', `条号之后缀顺序错误：${a.label}应紧跟在${articleCite(a.number, a.suffix - 1)}之后`, a.pos.line, a.pos.column);
    }
    prev = a;
  }
}

/** Sections grouped by the chapter that holds them, in document order. */
function sectionsByChapter(divisions: readonly Division[]): Map<string, Division[]> {
  const out = new Map<string, Division[]>();
  for (const d of divisions) {
    if (d.kind !== 'section' || d.parentId === null) continue;
    const list = out.get(d.parentId) ?? [];
    list.push(d);
    out.set(d.parentId, list);
  }
  return out;
}

/** Check the numbering of articles, divisions, items and sub-items; report every gap, duplicate and disorder. */
export function validateNumbering(articles: readonly Article[], divisions: readonly Division[], bag: DiagnosticBag): void {
  checkArticles(articles, bag);
  checkSequence(
    divisions.filter((d) => d.kind === 'part'),
    bag,
    'part',
    '编号',
    numbered('编'),
  );
  // chapters run on across parts in Chinese codes, so they are checked as one sequence
  checkSequence(
    divisions.filter((d) => d.kind === 'chapter'),
    bag,
    'chapter',
    '章号',
    numbered('章'),
  );
  for (const sections of sectionsByChapter(divisions).values()) checkSequence(sections, bag, 'section', '节号', numbered('节'));
  for (const a of articles) {
    for (const p of a.paragraphs) {
      const where = paragraphName(a, p.number);
      checkSequence(p.items, bag, 'item', `${where}的项号`, (n) => `（${numeral(n)}）`);
      for (const it of p.items) checkSequence(it.subItems, bag, 'subitem', `${where}${it.label}的目号`, (n) => `${n}.`);
    }
  }
}

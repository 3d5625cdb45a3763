import type { Position } from '../schemas/position.ts';
import type { Article, Division } from '../schemas/provision.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { intToCn } from './numerals.ts';

const cn = (n: number) => (n > 0 && n < 10000 ? intToCn(n) : String(n));

/** Check one numbered sequence (articles, chapters, items …): gaps, duplicates and order. */
function checkSequence(
  nodes: ReadonlyArray<{ number: number | null; label: string; pos: Position }>,
  bag: DiagnosticBag,
  rule: string,
  name: string,
  show: (n: number) => string,
): void {
  let expected = 1;
  const seen = new Map<number, number>();
  for (const node of nodes) {
    if (node.number === null) continue;
    const n = node.number;
    if (seen.has(n)) {
      bag.error(`${rule}-duplicate`, `${name}重复：${node.label}已在第 ${seen.get(n)} 行出现`, node.pos.line, node.pos.column);
    } else if (n < expected) {
      bag.error(`${rule}-order`, `${name}顺序错误：应为${show(expected)}，实为${node.label}（排在后面的编号更小）`, node.pos.line, node.pos.column);
    } else if (n > expected) {
      bag.error(`${rule}-sequence`, `${name}不连续：应为${show(expected)}，实为${node.label}`, node.pos.line, node.pos.column);
    }
    if (!seen.has(n)) seen.set(n, node.pos.line);
    expected = Math.max(expected, n + 1);
  }
}

/** Articles: 第一条, 第二条 … with `之一` suffixes allowed right after their base article. */
function checkArticles(articles: readonly Article[], bag: DiagnosticBag): void {
  checkSequence(articles.filter((a) => a.suffix === 0), bag, 'article', '条号', (n) => `第${cn(n)}条`);
  let prev: Article | undefined;
  for (const a of articles) {
    if (a.suffix > 0) {
      const ok = prev && prev.number === a.number && prev.suffix === a.suffix - 1;
      if (!ok) bag.error('article-suffix', `条号之后缀顺序错误：${a.label}应紧跟在第${cn(a.number)}条${a.suffix > 1 ? `之${cn(a.suffix - 1)}` : ''}之后`, a.pos.line, a.pos.column);
    }
    prev = a;
  }
}

/** Check the numbering of articles, divisions, items and sub-items; report every gap, duplicate and disorder. */
export function validateNumbering(articles: readonly Article[], divisions: readonly Division[], bag: DiagnosticBag): void {
  checkArticles(articles, bag);
  checkSequence(divisions.filter((d) => d.kind === 'part'), bag, 'part', '编号', (n) => `第${cn(n)}编`);
  const chapters = divisions.filter((d) => d.kind === 'chapter');
  // chapters run on across parts in Chinese codes, so they are checked as one sequence
  checkSequence(chapters, bag, 'chapter', '章号', (n) => `第${cn(n)}章`);
  for (const ch of chapters) checkSequence(divisions.filter((d) => d.kind === 'section' && d.parentId === ch.id), bag, 'section', '节号', (n) => `第${cn(n)}节`);
  for (const a of articles) {
    for (const p of a.paragraphs) {
      checkSequence(p.items, bag, 'item', `${a.label}的项号`, (n) => `（${cn(n)}）`);
      for (const it of p.items) checkSequence(it.subItems, bag, 'subitem', `${a.label}${it.label}的目号`, (n) => `${n}.`);
    }
  }
}

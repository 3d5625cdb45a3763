// `::compare`: one subject across chosen jurisdictions, in two forms.
//   ::compare[网格员队伍]{suzhou="15/2" xinjiang="30/2,30/3"}        the author names each jurisdiction's provisions
//   ::compare[suzhou/16/1]{with="changji,shanxi" haidong="12/1"}     the comparison library finds, for each
//       jurisdiction in `with`, the provision that best matches the one in brackets; an attribute named
//       after a regulation overrides (or adds) that jurisdiction's provisions by hand.
import type { Paragraph } from 'mdast';
import { comparePair, LEVEL_NAMES, SAME_THRESHOLD, SIMILAR_THRESHOLD, type PairComparison } from '../lib/compare/index.ts';
import { compareNode, type CompareRow } from './lesson-mdast.ts';
import { isProblem, resolveNode, resolveProvision, unknownRegulation, type LessonCorpus, type LessonProblem, type ResolvedProvision } from './lesson-refs.ts';

/** How to write the two forms, for messages. */
export const COMPARE_EXAMPLES = '::compare[网格员队伍]{suzhou="15/2" xinjiang="30/2"} 或 ::compare[suzhou/16/1]{with="changji,shanxi"}';

/** Expand a `::compare` directive (label and attributes as written). */
export function expandCompare(corpus: LessonCorpus, label: string, attributes: Record<string, string | null | undefined>): Paragraph | LessonProblem {
  const { with: withList, title, ...byHand } = attributes;
  if (withList !== undefined) return expandMatched(corpus, label.trim(), splitList(withList ?? ''), byHand, title ?? undefined);
  if (title !== undefined)
    return { reason: `::compare 的 title 只用于自动比对（与 with 一起写）；手选比较的事项写在方括号里：${COMPARE_EXAMPLES}`, ruleId: 'lesson-unknown-attribute' };
  const rows = chosenRows(corpus, byHand);
  if (isProblem(rows)) return rows;
  if (rows.length < 2) return { reason: `::compare 至少要比较两部法规，如 ${COMPARE_EXAMPLES}`, ruleId: 'lesson-compare-too-few' };
  return compareNode(label.trim() ? `比较：${label.trim()}` : '比较', rows, '各地条文由本课作者选定；文本取自本站数据。');
}

function splitList(value: string): string[] {
  return value.split(/[\s,，、]+/).filter(Boolean);
}

/** Rows for attributes that name a regulation and its provisions by hand. */
function chosenRows(corpus: LessonCorpus, byHand: Record<string, string | null | undefined>, how = ''): CompareRow[] | LessonProblem {
  const rows: CompareRow[] = [];
  for (const [regId, value] of Object.entries(byHand)) {
    const regulation = corpus.regulations.get(regId);
    if (!regulation) return unknownRegulation(corpus, regId, `${regId}="${value ?? ''}"`);
    const parts = splitList(value ?? '');
    if (!parts.length) return { reason: `::compare 中 ${regId} 没有写条文，应写成 ${regId}="条/款"，如 ${regId}="15/2"`, ruleId: 'lesson-missing-ref' };
    const provisions: ResolvedProvision[] = [];
    for (const part of parts) {
      const p = resolveProvision(corpus, `${regId}/${part}`);
      if (isProblem(p)) return p;
      provisions.push(p);
    }
    rows.push({ regulation, provisions, how });
  }
  return rows;
}

/** The automatic form: the anchor provision, then each jurisdiction's best match from the comparison library. */
function expandMatched(corpus: LessonCorpus, label: string, withIds: string[], byHand: Record<string, string | null | undefined>, title?: string): Paragraph | LessonProblem {
  const anchor = resolveProvision(corpus, label);
  if (isProblem(anchor)) return anchor;
  if (anchor.target.item) {
    const para = `${anchor.ref.regId}/${anchor.ref.article}/${anchor.target.paragraph!.number}`;
    return { reason: `自动比对以款或条为单位，不能从项出发：请写 ::compare[${para}]{with="…"}（方括号里是 ${label}）`, ruleId: 'lesson-compare-anchor' };
  }
  if (!withIds.length) return { reason: `::compare 的 with 没有写法规 id，如 with="changji,shanxi"`, ruleId: 'lesson-missing-ref' };
  const anchorId = anchor.regulation.meta.id;
  for (const id of withIds) {
    if (!corpus.regulations.has(id)) return unknownRegulation(corpus, id, `with="${withIds.join(',')}"`);
    if (id === anchorId) return { reason: `::compare 的 with 不应包含基准条文所在的法规 ${id}`, ruleId: 'lesson-compare-anchor' };
  }
  const chosen = chosenRows(corpus, byHand, '作者选定');
  if (isProblem(chosen)) return chosen;
  const rows: CompareRow[] = [{ regulation: anchor.regulation, provisions: [anchor], how: '比对基准' }];
  for (const id of withIds) rows.push(chosen.find((r) => r.regulation.meta.id === id) ?? matchedRow(corpus, anchor, id));
  rows.push(...chosen.filter((r) => !withIds.includes(r.regulation.meta.id)));
  const caption = title ? `比较：${title}` : `比较：${anchor.citation}与各地相近条文`;
  return compareNode(caption, rows, MATCH_NOTE);
}

const MATCH_NOTE = `标“自动比对”的行由本站比对程序选出：综合款与条的文字相似度、条文位置和前后条的对应判断两条是否规定同一事项；有把握的对应按文字相似度分级，≥ ${(SAME_THRESHOLD / 1000).toFixed(2)} 为${LEVEL_NAMES.same}，≥ ${(SIMILAR_THRESHOLD / 1000).toFixed(2)} 为${LEVEL_NAMES.similar}，其余为${LEVEL_NAMES.related}；把握不足的标为${LEVEL_NAMES.possible}。程序也会漏掉文字不同而内容相关的条文；标“作者选定”的行由本课作者指定。`;

const pairs = new WeakMap<LessonCorpus, Map<string, PairComparison>>();

/** comparePair, once per pair and corpus. */
function pairOf(corpus: LessonCorpus, a: string, b: string): PairComparison {
  let cache = pairs.get(corpus);
  if (!cache) pairs.set(corpus, (cache = new Map()));
  const key = `${a}>${b}`;
  let pair = cache.get(key);
  if (!pair) cache.set(key, (pair = comparePair(a, b, corpus.alignment())));
  return pair;
}

/** The best counterpart of the anchor in regulation `regId`: its paragraph, or for a whole article its article. */
function matchedRow(corpus: LessonCorpus, anchor: ResolvedProvision, regId: string): CompareRow {
  const regulation = corpus.regulations.get(regId)!;
  const row = pairOf(corpus, anchor.regulation.meta.id, regId).rows.find((r) => r.article === anchor.target.article.id);
  const wholeArticle = anchor.nodeId === anchor.target.article.id;
  const match = wholeArticle
    ? row?.counterpart && { id: row.counterpart.article, similarity: row.counterpart.similarity, level: row.counterpart.level }
    : row?.paragraphs.find((p) => p.id === anchor.target.paragraph?.id)?.match;
  const found = match ? resolveNode(corpus, regId, match.id) : null;
  if (!match || !found) return { regulation, provisions: [], how: '自动比对', missing: '比对程序未找到相应的条文' };
  return { regulation, provisions: [found], how: `自动比对：${LEVEL_NAMES[match.level]}（文字相似度 ${(match.similarity / 1000).toFixed(2)}）` };
}

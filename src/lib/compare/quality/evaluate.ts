// The evaluation protocol of the alignment (METHOD.md, 准确程度): every judgement of the labelled set is put to a
// predictor, which answers what a reader is shown for that subject in that regulation — counterparts best first,
// each with its level, or nothing (未找到相应规定). Only sure judgements count in the headline figures.
import type { AlignmentJudgement } from '../../schemas/alignment-labels.ts';
import type { MatchLevel } from '../levels.ts';

/** A level as shown: the three levels, or 可能相关 (shown as secondary). */
export type ShownLevel = MatchLevel | 'possible';

/** What a reader is shown for one judgement: counterpart articles best first (empty: none shown). */
export interface Prediction {
  ranked: Array<{ article: number; level: ShownLevel }>;
}

/** Answers a judgement as the site would. */
export type Predictor = (judgement: AlignmentJudgement) => Prediction;

/** How often a level shown as the first counterpart was right. */
export interface LevelPrecision {
  shown: number;
  right: number;
}

/** The figures of one predictor on one set of judgements. */
export interface QualityFigures {
  /** Sure judgements with a counterpart. */
  sureMatched: number;
  /** …whose first shown counterpart is acceptable (among the first `sharing` for a paragraph with several subjects). */
  firstRight: number;
  /** …for which nothing was shown (a false 未找到). */
  falseNone: number;
  /** Sure judgements without a counterpart. */
  sureNone: number;
  /** …shown a counterpart at all (any level, 可能相关 included). */
  noneShownAny: number;
  /** …shown as 相关 or above. */
  noneShownRelated: number;
  /** …shown as 基本相同 or 高度相似. */
  noneShownStrong: number;
  /** Precision of each level, over the first shown counterparts of sure judgements. */
  levels: Record<ShownLevel, LevelPrecision>;
  /** The judgements the predictor got wrong, for reading. */
  misses: Array<{ judgement: AlignmentJudgement; got: Prediction; kind: 'wrong-first' | 'false-none' | 'false-match' }>;
}

/** Score a predictor on the judgements (unsure judgements are left out). */
export function scoreJudgements(judgements: readonly AlignmentJudgement[], predict: Predictor): QualityFigures {
  const f: QualityFigures = {
    sureMatched: 0,
    firstRight: 0,
    falseNone: 0,
    sureNone: 0,
    noneShownAny: 0,
    noneShownRelated: 0,
    noneShownStrong: 0,
    levels: { same: { shown: 0, right: 0 }, similar: { shown: 0, right: 0 }, related: { shown: 0, right: 0 }, possible: { shown: 0, right: 0 } },
    misses: [],
  };
  const others = counterpartsOfOtherSubjects(judgements);
  for (const j of judgements) {
    if (!j.sure) continue;
    const got = predict(j);
    // A none of one subject is not contradicted by what is shown for the paragraph when that is the labelled
    // counterpart of another subject of the same paragraph (haidong 第三条第一款: 基本原则 ↔ suzhou 第三条, and
    // 治理格局, which suzhou lacks): the site shows counterparts per paragraph, and that one is right.
    const ofOthers = j.accept.length ? null : others.get(j);
    const first = got.ranked.filter((c) => !ofOthers?.has(c.article)).slice(0, j.sharing);
    const hit = first.find((c) => j.accept.includes(c.article));
    const shownLevel = (hit ?? first[0])?.level;
    if (shownLevel) {
      f.levels[shownLevel].shown++;
      if (hit) f.levels[shownLevel].right++;
    }
    if (j.accept.length) {
      f.sureMatched++;
      if (hit) f.firstRight++;
      else if (!first.length) f.falseNone++;
      if (!hit) f.misses.push({ judgement: j, got, kind: first.length ? 'wrong-first' : 'false-none' });
    } else {
      f.sureNone++;
      if (first.length) {
        f.noneShownAny++;
        if (shownLevel !== 'possible') f.noneShownRelated++;
        if (shownLevel === 'same' || shownLevel === 'similar') f.noneShownStrong++;
        f.misses.push({ judgement: j, got, kind: 'false-match' });
      }
    }
  }
  return f;
}

/** Whether two judgements cover exactly the same paragraphs (what the page shows counterparts for). */
const samePars = (x: readonly number[], y: readonly number[]) => x.length === y.length && x.every((p) => y.includes(p));

/**
 * For each sure judgement, the articles labelled as counterparts of the other subjects of exactly the same
 * paragraphs (not merely overlapping ones: a paragraph only the none covers must not borrow an excuse).
 */
function counterpartsOfOtherSubjects(judgements: readonly AlignmentJudgement[]): Map<AlignmentJudgement, Set<number>> {
  const byKey = new Map<string, AlignmentJudgement[]>();
  for (const j of judgements) {
    const key = `${j.from}|${j.article}|${j.to}`;
    byKey.set(key, [...(byKey.get(key) ?? []), j]);
  }
  const out = new Map<AlignmentJudgement, Set<number>>();
  for (const j of judgements) {
    const set = new Set<number>();
    for (const k of byKey.get(`${j.from}|${j.article}|${j.to}`)!) {
      if (k !== j && k.sure && samePars(k.paras, j.paras)) for (const a of k.accept) set.add(a);
    }
    out.set(j, set);
  }
  return out;
}

/** How many sure counterparts a predictor gives among its first answers: with all of them, the most that any reordering could put first. */
export interface Reach {
  /** Sure judgements with a counterpart. */
  sureMatched: number;
  /** …with an acceptable article anywhere in the answer. */
  reached: number;
}

/** Count the sure judgements with a counterpart whose acceptable article the predictor gives among its first `depth` answers. */
export function reachOf(judgements: readonly AlignmentJudgement[], predict: Predictor, depth = Infinity): Reach {
  const r: Reach = { sureMatched: 0, reached: 0 };
  for (const j of judgements) {
    if (!j.sure || !j.accept.length) continue;
    r.sureMatched++;
    if (
      predict(j)
        .ranked.slice(0, depth)
        .some((c) => j.accept.includes(c.article))
    )
      r.reached++;
  }
  return r;
}

/** Add up figures of several folds. */
export function sumFigures(parts: readonly QualityFigures[]): QualityFigures {
  const total = scoreJudgements([], () => ({ ranked: [] }));
  for (const p of parts) {
    for (const k of ['sureMatched', 'firstRight', 'falseNone', 'sureNone', 'noneShownAny', 'noneShownRelated', 'noneShownStrong'] as const) total[k] += p[k];
    for (const l of Object.keys(total.levels) as ShownLevel[]) {
      total.levels[l].shown += p.levels[l].shown;
      total.levels[l].right += p.levels[l].right;
    }
    total.misses.push(...p.misses);
  }
  return total;
}

// Predictors for the evaluation: what the site shows (from an alignment, as the article panel ranks it) and
// what the untuned baseline picks.
import type { AlignmentJudgement } from '../../schemas/alignment-labels.ts';
import type { CorpusAlignment } from '../../schemas/alignment.ts';
import { articleBlocks, articleCounterparts, indexBlocks, type ArticleBlock, type BlockIndex } from '../articles.ts';
import { levelOf, type LevelThresholds } from '../levels.ts';
import { readLinks, regulationIndex } from '../link-table.ts';
import type { BaselineRegulation } from './baseline.ts';
import { baselineRanking } from './baseline.ts';
import type { Prediction, Predictor } from './evaluate.ts';
import { articleNumberOf, paragraphNumberOf } from '../../cite/node-id.ts';

/**
 * The site's answer at any thresholds: every judgement's counterparts are ranked once (the order does not depend on
 * the thresholds, which only decide what is shown and at which level), so trying a hundred thresholds in
 * chooseThresholds costs a hundred filters, not a hundred rankings. Same answers as alignmentPredictor.
 */
export function thresholdedPredictor(alignment: CorpusAlignment): (thresholds: LevelThresholds) => Predictor {
  const all = alignmentPredictor(alignment, { possible: 0, related: 0 }, true);
  const ranked = new Map<AlignmentJudgement, Array<{ article: number; score: number; similarity: number }>>();
  const rawOf = (j: AlignmentJudgement) => {
    let r = ranked.get(j);
    if (!r) ranked.set(j, (r = (all(j) as RawPrediction).raw));
    return r;
  };
  return (thresholds) => (j) => ({
    ranked: rawOf(j).flatMap((c) => {
      const level = levelOf(c.score, c.similarity, thresholds);
      return level ? [{ article: c.article, level }] : [];
    }),
  });
}

/** A prediction with the scores behind it (for thresholdedPredictor). */
interface RawPrediction extends Prediction {
  raw: Array<{ article: number; score: number; similarity: number }>;
}

/** The site's answer: the subject's paragraphs ranked into the other regulation as the article panel ranks articles. */
export function alignmentPredictor(alignment: CorpusAlignment, thresholds?: LevelThresholds, withScores = false): Predictor {
  const table = readLinks(alignment);
  const blocks = new Map<string, ArticleBlock[]>();
  const indexes = new Map<string, BlockIndex>();
  for (const r of alignment.regulations) {
    const b = articleBlocks(table, regulationIndex(table, r.id));
    blocks.set(r.id, b);
    indexes.set(r.id, indexBlocks(b));
  }
  return (j: AlignmentJudgement): Prediction => {
    const block = blocks.get(j.from)!.find((b) => articleNumberOf(b.id) === j.article);
    if (!block) throw new Error(`${j.from} 第${j.article}条 不在比对数据中`);
    const units = block.units.filter((u) => j.paras.includes(paragraphNumberOf(table.units[u]!.id)));
    const part: ArticleBlock = { ...block, units, size: units.reduce((s, u) => s + Math.max(1, table.units[u]!.size), 0) };
    const found = articleCounterparts(table, part, regulationIndex(table, j.to), indexes.get(j.to)!, thresholds);
    const ranked = found.map((c) => ({ article: articleNumberOf(c.article), level: c.level }));
    return withScores ? ({ ranked, raw: found.map((c) => ({ article: articleNumberOf(c.article), score: c.score, similarity: c.similarity })) } as RawPrediction) : { ranked };
  };
}

/** The baseline's answer: the best article by whole-article bigram cosine, always shown (it has no threshold). */
export function baselinePredictor(regulations: readonly BaselineRegulation[]): Predictor {
  const ranking = baselineRanking(regulations);
  return (j) => ({ ranked: (ranking.get(j.from)?.get(j.article)?.get(j.to) ?? []).map((article) => ({ article, level: 'related' as const })) });
}

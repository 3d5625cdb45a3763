import { analyzeRegulation } from '../analyze/analyze-regulation.ts';
import { buildMatrix } from '../analyze/matrix.ts';
import { alignLinks, corpusAlignment } from '../compare/align-corpus.ts';
import { labelWitnesses, votesSeenFrom, witnessIndex, type VoteSeen } from '../compare/label-witnesses.ts';
import { labelsFromJson, type ReferenceLabelsJson } from '../compare/reference-labels.ts';
import { comparePair } from '../compare/compare-pair.ts';
import { diffChars, type DiffSegment } from '../compare/diff.ts';
import { LEVEL_NAMES, type MatchLevel } from '../compare/levels.ts';
import type { MatrixAnswer, RegulationAnalysis } from '../schemas/analysis.ts';
import type { Article } from '../schemas/provision.ts';
import type { Facts } from '../schemas/regulation.ts';
import type { MatrixQuestions, Vocabulary } from '../schemas/taxonomy.ts';
import { citeWithinArticle } from '../cite/citation.ts';
import { findCiteTarget } from '../cite/cite-node.ts';
import { articleText, type DraftStructure } from './check-draft.ts';

/** The public corpus data the checker loads (`/draft/corpus.json`). */
export interface DraftCorpus {
  regulations: Array<{
    meta: { id: string; title: string; shortName: string; jurisdiction: string; level: string };
    parsed: { articles: Article[]; facts: Facts };
  }>;
  vocabulary: Vocabulary;
  matrixQuestions: MatrixQuestions;
  /** Topic id → ids of the regulations with at least one paragraph on it. */
  topicCoverage: Record<string, string[]>;
  /** The labels the build used as evidence (reference-labels.ts); absent or null, none. */
  labels?: ReferenceLabelsJson | null;
}

/** A corpus article that corresponds to a draft article. */
export interface DraftMatch {
  regId: string;
  shortName: string;
  title: string;
  /** Administrative level of the regulation (省, 设区的市 …). */
  regLevel: string;
  articleLabel: string;
  articleSlug: string;
  level: MatchLevel;
  levelName: string;
  score: number;
  /** The draft article's text and the corpus article's text; `diffMatch` turns them into a character diff. */
  texts: [draft: string, other: string];
  /** The labels' votes for this pair (label-witnesses.ts), where the labels apply: each third article named for the page. */
  votes?: { of: number; regulations: number; list: Array<VoteSeen & { regId: string; regName: string; name: string; articleSlug: string }> };
}

/** Everything the report says about one draft article. */
export interface DraftArticleReport {
  id: string;
  label: string;
  matches: DraftMatch[];
  topics: Array<{ id: string; name: string; evidence: string[] }>;
  clauses: Array<{ text: string; modality: string; actors: string[]; sanctions: string[]; timings: string[] }>;
}

/** The comparison part of the report: per article, coverage gaps, and the matrix answers for the draft. */
export interface DraftComparison {
  articles: DraftArticleReport[];
  /** Topics most regulations cover and the draft does not. */
  gaps: Array<{ id: string; name: string; coveredBy: string[]; of: number }>;
  /** Answers to the matrix questions, each with the citations of the draft provisions it rests on. */
  matrix: Array<{ question: string; answer: MatrixAnswer; provisions: string[] }>;
}

const DRAFT_ID = 'draft';

/** The topics of one article, merged over its paragraphs (in order), with their evidence words. */
function mergeTopics(paragraphs: RegulationAnalysis['paragraphs']): DraftArticleReport['topics'] {
  const merged = new Map<string, { id: string; name: string; evidence: string[] }>();
  for (const p of paragraphs) {
    for (const t of p.topics) {
      const entry = merged.get(t.id) ?? { id: t.id, name: t.name, evidence: [] };
      for (const e of t.evidence) if (!entry.evidence.includes(e)) entry.evidence.push(e);
      merged.set(t.id, entry);
    }
  }
  return [...merged.values()];
}

/**
 * Items grouped by article id, in their order: one pass, where filtering the whole list per article was
 * quadratic (a 5 MB draft has ~10,000 articles and ~30,000 paragraphs).
 */
function byArticle<T extends { articleId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.articleId);
    if (list) list.push(item);
    else groups.set(item.articleId, [item]);
  }
  return groups;
}

/** How far a comparison has got, for a progress bar: the phase, and the count within it when it has one. */
export type DraftProgress = { phase: 'align'; step: 'started' | 'indexed' | 'searched' } | { phase: 'analyze' | 'regulations' | 'articles'; done: number; total: number };

/**
 * The progress in words, as the checker shows it.
 * @example progressText({ phase: 'articles', done: 3, total: 40 }) // → '正在整理逐条对照……第 3 / 40 条'
 */
export function progressText(p: DraftProgress): string {
  switch (p.phase) {
    case 'align':
      return { started: '正在比对……正在建立索引', indexed: '正在比对……已建立索引，正在查找对应条文', searched: '正在比对……已找到候选条文，正在计算把握' }[p.step];
    case 'analyze':
      return `正在分析草案条文（主题、责任主体、罚则）……第 ${p.done} / ${p.total} 条`;
    case 'regulations':
      return `正在比对……第 ${p.done} / ${p.total} 部法规`;
    case 'articles':
      return `正在整理逐条对照……第 ${p.done} / ${p.total} 条`;
  }
}

/** Character diff from the draft article (delete) to the corpus article (insert), computed when a reader asks. */
export function diffMatch(m: DraftMatch): DiffSegment[] {
  return diffChars(m.texts[0], m.texts[1]);
}

/**
 * How much of the comparison is done, 0–1, for a progress bar: the share of each phase is roughly its share of
 * the time a large draft takes (the analysis of the draft's articles is the longest).
 */
export function progressFraction(p: DraftProgress): number {
  switch (p.phase) {
    case 'align':
      return { started: 0.05, indexed: 0.15, searched: 0.3 }[p.step];
    case 'analyze':
      return 0.3 + (0.5 * p.done) / p.total;
    case 'regulations':
      return 0.8 + (0.05 * p.done) / p.total;
    case 'articles':
      return 0.85 + (0.15 * p.done) / p.total;
  }
}

/**
 * Compare a parsed draft with the corpus: best-matching provisions with diffs, analysis, coverage, matrix.
 * `own` gives the draft's own jurisdiction words (its own 本市/平安X are normalised like a corpus text's); the
 * comparison is the build's own (alignCorpus, with the build's labels as evidence), so a corpus text checked as a draft
 * gets the counterparts the build gives it when it is not labelled (a new regulation).
 * `onProgress` is told how far it has got (the checker's worker posts it to the page).
 */
export function compareDraft(
  structure: DraftStructure,
  corpus: DraftCorpus,
  own: { jurisdiction: string; shortName: string } = { jurisdiction: '草案', shortName: '草案' },
  onProgress?: (p: DraftProgress) => void,
): DraftComparison {
  const draft = { meta: { id: DRAFT_ID, ...own }, parsed: { articles: structure.regulation.articles, facts: structure.regulation.facts } };
  onProgress?.({ phase: 'align', step: 'started' });
  const aligned = alignLinks([...corpus.regulations, draft], {
    ...(corpus.labels ? { reference: labelsFromJson(corpus.labels) } : {}),
    onPhase: (step) => step !== 'done' && onProgress?.({ phase: 'align', step }),
  });
  const alignment = corpusAlignment(aligned.index, aligned.links);
  // the labels' votes behind each counterpart, as the article pages show them
  const witnesses = witnessIndex(aligned.witnesses ? labelWitnesses(aligned.witnesses, aligned.links) : null);
  // each regulation's articles by id, once: for the votes' articles and for the counterparts below
  const byReg = new Map(corpus.regulations.map((r) => [r.meta.id, { meta: r.meta, byId: new Map(r.parsed.articles.map((a) => [a.id, a])) }]));
  const votesFor = (draftArticle: string, regId: string, article: string): DraftMatch['votes'] => {
    const seen = votesSeenFrom(witnesses, [DRAFT_ID, draftArticle], [regId, article]);
    if (!seen) return undefined;
    const list = seen.votes.map((v) => {
      const reg = byReg.get(v.regulation)!;
      const a = reg.byId.get(v.article)!;
      return { ...v, regId: v.regulation, regName: reg.meta.shortName, name: `${reg.meta.shortName}${a.label}`, articleSlug: a.slug };
    });
    return { of: seen.of, regulations: seen.regulations, list };
  };
  const analysis = analyzeRegulation(draft, corpus.vocabulary, { onArticle: (done, total) => onProgress?.({ phase: 'analyze', done, total }) });
  const total = corpus.regulations.length;
  const pairs = corpus.regulations.map((r, i) => {
    onProgress?.({ phase: 'regulations', done: i + 1, total });
    return { reg: r, byId: byReg.get(r.meta.id)!.byId, rows: new Map(comparePair(DRAFT_ID, r.meta.id, alignment).rows.map((row) => [row.article, row])) };
  });
  const paragraphsOf = byArticle(analysis.paragraphs);
  const clausesOf = byArticle(analysis.clauses);
  const draftArticles = structure.regulation.articles;
  const articles = draftArticles.map((article, i): DraftArticleReport => {
    onProgress?.({ phase: 'articles', done: i + 1, total: draftArticles.length });
    const text = articleText(article);
    const matches: DraftMatch[] = [];
    for (const { reg, byId, rows } of pairs) {
      const c = rows.get(article.id)?.counterpart;
      const other = c && byId.get(c.article);
      if (!c || !other) continue;
      const votes = votesFor(article.id, reg.meta.id, other.id);
      matches.push({
        regId: reg.meta.id,
        shortName: reg.meta.shortName,
        title: reg.meta.title,
        regLevel: reg.meta.level,
        articleLabel: other.label,
        articleSlug: other.slug,
        level: c.level,
        levelName: LEVEL_NAMES[c.level],
        score: c.score,
        texts: [text, articleText(other)],
        ...(votes ? { votes } : {}),
      });
    }
    matches.sort((a, b) => b.score - a.score);
    const clauses = (clausesOf.get(article.id) ?? [])
      .filter((cl) => cl.modality !== '陈述')
      .map((cl) => ({
        text: cl.text,
        modality: cl.modality,
        actors: cl.actors.map((a) => a.name),
        sanctions: cl.sanctions.map((s) => s.name),
        timings: cl.timings.map((t) => t.text),
      }));
    return { id: article.id, label: article.label, matches, topics: mergeTopics(paragraphsOf.get(article.id) ?? []), clauses };
  });
  const draftTopics = new Set(analysis.paragraphs.flatMap((p) => p.topics.map((t) => t.id)));
  const names = new Map(corpus.regulations.map((r) => [r.meta.id, r.meta.shortName]));
  const gaps = corpus.vocabulary.topics.topics
    .filter((t) => !draftTopics.has(t.id) && (corpus.topicCoverage[t.id]?.length ?? 0) > total / 2)
    .map((t) => ({ id: t.id, name: t.name, coveredBy: corpus.topicCoverage[t.id]!.map((id) => names.get(id) ?? id), of: total }))
    .sort((a, b) => b.coveredBy.length - a.coveredBy.length);
  // the matrix names provisions by node id; a reader is shown their citations (第五条第一款第（四）项)
  const cite = (nodeId: string) => {
    const target = findCiteTarget(structure.regulation.articles, nodeId);
    return target ? citeWithinArticle(target) : '（草案中的条文）';
  };
  const matrix = buildMatrix([analysis], corpus.matrixQuestions).rows.map((row) => ({
    question: row.question,
    answer: row.cells[0]!.answer,
    provisions: row.cells[0]!.provisions.map(cite),
  }));
  return { articles, gaps, matrix };
}

import { analyzeRegulation } from '../analyze/analyze-regulation.ts';
import { buildMatrix } from '../analyze/matrix.ts';
import { alignCorpus } from '../compare/align-corpus.ts';
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

/** The topics of one article, merged over its paragraphs, with their evidence words. */
function articleTopics(analysis: RegulationAnalysis, articleId: string): DraftArticleReport['topics'] {
  const merged = new Map<string, { id: string; name: string; evidence: string[] }>();
  for (const p of analysis.paragraphs.filter((x) => x.articleId === articleId)) {
    for (const t of p.topics) {
      const entry = merged.get(t.id) ?? { id: t.id, name: t.name, evidence: [] };
      for (const e of t.evidence) if (!entry.evidence.includes(e)) entry.evidence.push(e);
      merged.set(t.id, entry);
    }
  }
  return [...merged.values()];
}

/** Character diff from the draft article (delete) to the corpus article (insert), computed when a reader asks. */
export function diffMatch(m: DraftMatch): DiffSegment[] {
  return diffChars(m.texts[0], m.texts[1]);
}

/**
 * Compare a parsed draft with the corpus: best-matching provisions with diffs, analysis, coverage, matrix.
 * `own` gives the draft's own jurisdiction words (its own 本市/平安X are normalised like a corpus text's); the
 * comparison is the build's own (alignCorpus), so a corpus text checked as a draft gets the build's counterparts.
 */
export function compareDraft(structure: DraftStructure, corpus: DraftCorpus, own: { jurisdiction: string; shortName: string } = { jurisdiction: '草案', shortName: '草案' }): DraftComparison {
  const draft = { meta: { id: DRAFT_ID, ...own }, parsed: { articles: structure.regulation.articles, facts: structure.regulation.facts } };
  const alignment = alignCorpus([...corpus.regulations, draft]);
  const analysis = analyzeRegulation(draft, corpus.vocabulary);
  const pairs = corpus.regulations.map((r) => ({ reg: r, rows: new Map(comparePair(DRAFT_ID, r.meta.id, alignment).rows.map((row) => [row.article, row])) }));
  const articles = structure.regulation.articles.map((article): DraftArticleReport => {
    const text = articleText(article);
    const matches: DraftMatch[] = [];
    for (const { reg, rows } of pairs) {
      const c = rows.get(article.id)?.counterpart;
      const other = c && reg.parsed.articles.find((a) => a.id === c.article);
      if (!c || !other) continue;
      matches.push({
        regId: reg.meta.id, shortName: reg.meta.shortName, title: reg.meta.title, regLevel: reg.meta.level,
        articleLabel: other.label, articleSlug: other.slug, level: c.level, levelName: LEVEL_NAMES[c.level], score: c.score,
        texts: [text, articleText(other)],
      });
    }
    matches.sort((a, b) => b.score - a.score);
    const clauses = analysis.clauses
      .filter((cl) => cl.articleId === article.id && cl.modality !== '陈述')
      .map((cl) => ({ text: cl.text, modality: cl.modality, actors: cl.actors.map((a) => a.name), sanctions: cl.sanctions.map((s) => s.name), timings: cl.timings.map((t) => t.text) }));
    return { id: article.id, label: article.label, matches, topics: articleTopics(analysis, article.id), clauses };
  });
  const draftTopics = new Set(analysis.paragraphs.flatMap((p) => p.topics.map((t) => t.id)));
  const total = corpus.regulations.length;
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
  const matrix = buildMatrix([analysis], corpus.matrixQuestions).rows.map((row) => ({ question: row.question, answer: row.cells[0]!.answer, provisions: row.cells[0]!.provisions.map(cite) }));
  return { articles, gaps, matrix };
}

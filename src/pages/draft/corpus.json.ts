// The public data the draft checker loads into the browser: the corpus's provisions (no positions or
// references, which the checker does not need), the reviewed vocabularies, the matrix questions and which
// regulations cover each topic, and the labels the build's comparison used as evidence. Nothing about a draft ever goes the other way.
import { readGeneratedJson } from '../../data/generated-fs.ts';
import { getAllRegulations, getAnalysis } from '../../data/corpus-fs.ts';

const strip = (key: string, value: unknown) => (key === 'pos' || key === 'refs' ? undefined : value);

export function GET(): Response {
  const regs = getAllRegulations();
  const topicCoverage: Record<string, string[]> = {};
  for (const r of regs) {
    for (const p of getAnalysis(r.meta.id).paragraphs) {
      for (const t of p.topics) {
        const list = (topicCoverage[t.id] ??= []);
        if (!list.includes(r.meta.id)) list.push(r.meta.id);
      }
    }
  }
  const body = {
    regulations: regs.map((r) => ({
      meta: { id: r.meta.id, title: r.meta.title, shortName: r.meta.shortName, jurisdiction: r.meta.jurisdiction, level: r.meta.level },
      parsed: { articles: r.parsed.articles, facts: r.parsed.facts },
    })),
    vocabulary: readGeneratedJson('vocabulary.json'),
    matrixQuestions: readGeneratedJson('matrix-questions.json'),
    topicCoverage,
    // the labels the build used as evidence (null: none), so that the checker compares a draft as the build would
    labels: readGeneratedJson('reference-labels.json'),
  };
  return new Response(JSON.stringify(body, strip), { headers: { 'content-type': 'application/json' } });
}

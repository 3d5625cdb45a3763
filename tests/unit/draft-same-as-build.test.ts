// The draft checker runs the build's comparison on the reader's text, with the build's labels as evidence: a corpus
// text checked as a draft (with its own jurisdiction words) gets exactly the counterparts that the article pages would
// show for it as a new regulation, that is, built without its own labels (a draft has none).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMatrixQuestions, loadVocabulary } from '../../scripts/lib/load-taxonomy.ts';
import { loadLabelledCorpus } from '../../scripts/lib/align-quality.ts';
import { alignCorpus, alignLinks } from '../../src/lib/compare/align-corpus.ts';
import { labelWitnesses, votesSeenFrom, witnessIndex } from '../../src/lib/compare/label-witnesses.ts';
import { buildLabels } from '../../scripts/lib/alignment-labels-fs.ts';
import { labelsToJson, type ReferenceLabels } from '../../src/lib/compare/reference-labels.ts';
import { comparePair } from '../../src/lib/compare/compare-pair.ts';
import { checkDraftStructure } from '../../src/lib/draft/check-draft.ts';
import { compareDraft, type DraftCorpus } from '../../src/lib/draft/compare-draft.ts';
import { corpusFile } from '../helpers/corpus.ts';
import { loadRegulations } from './compare-labels.ts';
import { BUILD_LABELS_DIR, CONTENT_DIR } from '../../src/data/paths-fs.ts';

const regulations = loadRegulations();
// the labels the build uses and ships (content/alignment-labels, each file checked against its text's hash)
const shipped = buildLabels(loadLabelledCorpus().regulations, BUILD_LABELS_DIR).reference!;
/** The shipped labels as if regulation `id` had none: a new regulation. */
const without = (id: string): ReferenceLabels => ({
  regulations: new Set([...shipped.regulations].filter((r) => r !== id)),
  counterparts: new Map([...shipped.counterparts].flatMap(([k, v]) => (k.startsWith(`${id}|`) ? [] : [[k, new Set([...v].filter((c) => !c.startsWith(`${id}|`)))] as const]))),
});

describe('the draft checker and the build', () => {
  it.each(['changji', 'guangdong'])('give %s the same counterparts, article by article', (id) => {
    const own = regulations.find((r) => r.meta.id === id)!;
    const built = alignCorpus(regulations, { reference: without(id) });
    const others = regulations.filter((r) => r.meta.id !== id);
    const corpus: DraftCorpus = {
      regulations: others.map((r) => ({ meta: r.meta, parsed: { articles: r.parsed.articles, facts: r.parsed.facts } })),
      vocabulary: loadVocabulary(),
      matrixQuestions: loadMatrixQuestions(),
      topicCoverage: {},
      // what /draft/corpus.json ships: every label the build used, its own included (they pair no article of the draft)
      labels: labelsToJson(shipped),
    };
    const text = readFileSync(path.join(CONTENT_DIR, id, corpusFile(id)), 'utf8');
    const draft = compareDraft(checkDraftStructure(text, corpusFile(id)), corpus, { jurisdiction: own.meta.jurisdiction, shortName: own.meta.shortName });
    const fromDraft = draft.articles.flatMap((a) => a.matches.map((m) => `${a.id} → ${m.regId} ${m.articleLabel} ${m.levelName}`)).sort();
    const fromBuild = others
      .flatMap((o) =>
        comparePair(id, o.meta.id, built).rows.flatMap((row) => (row.counterpart ? [`${row.article} → ${o.meta.id} ${row.counterpart.label} ${row.counterpart.level}`] : [])),
      )
      .sort();
    const names = { same: '基本相同', similar: '高度相似', related: '相关', possible: '可能相关' } as Record<string, string>;
    expect(fromDraft.length).toBeGreaterThan(own.parsed.articles.length);
    expect(fromDraft).toEqual(fromBuild.map((l) => l.replace(/ (\w+)$/, (_, level: string) => ` ${names[level]}`)));

    // and the labels' votes it shows under each counterpart are those the article pages would show (label-witnesses.ts)
    const aligned = alignLinks(regulations, { reference: without(id) });
    const witnesses = witnessIndex(labelWitnesses(aligned.witnesses!, aligned.links));
    const votesLine = (v: { of: number; regulations: number; votes: Array<{ regulation: string; article: string; mostLike: string }> } | undefined) =>
      v ? `${v.regulations}/${v.of} ${v.votes.map((x) => `${x.regulation}:${x.article}:${x.mostLike}`).join(' ')}` : 'none';
    const draftVotes = draft.articles.flatMap((a) =>
      a.matches.map((m) => `${a.id} → ${m.regId} ${m.articleLabel}: ${m.votes ? votesLine({ ...m.votes, votes: m.votes.list }) : 'none'}`),
    );
    const buildVotes = draft.articles.flatMap((a) =>
      a.matches.map((m) => {
        const article = others.find((o) => o.meta.id === m.regId)!.parsed.articles.find((x) => x.label === m.articleLabel)!;
        return `${a.id} → ${m.regId} ${m.articleLabel}: ${votesLine(votesSeenFrom(witnesses, [id, a.id], [m.regId, article.id]))}`;
      }),
    );
    // a new regulation is not labelled, so every counterpart in a labelled regulation has votes to show (some of them none)
    expect(draftVotes.some((l) => l.endsWith('none'))).toBe(false);
    expect(draftVotes.filter((l) => !/: 0\//.test(l)).length).toBeGreaterThan(own.parsed.articles.length / 2);
    expect(draftVotes).toEqual(buildVotes);
  });
});

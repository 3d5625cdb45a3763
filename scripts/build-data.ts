// Data build: content/regulations → parse → validate → src/generated/*.json. Any error diagnostic fails the build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeWithAlignment } from '../src/lib/analyze/analyze-with-alignment.ts';
import { alignLinks, corpusAlignment, type AlignedLinks, type AlignOptions } from '../src/lib/compare/align-corpus.ts';
import { labelWitnesses, witnessesByRegulation } from '../src/lib/compare/label-witnesses.ts';
import { stateToFiles, stateWitnesses, updateAlignment } from '../src/lib/compare/align-state.ts';
import { labelsToJson } from '../src/lib/compare/reference-labels.ts';
import type { AlignableRegulation } from '../src/lib/compare/units.ts';
import { loadState, regulationKey, saveState } from './lib/align-state-fs.ts';
import { buildLabels } from './lib/alignment-labels-fs.ts';
import { alignFrozenParallel, alignLinksParallel, PARALLEL_FROM } from './lib/align-parallel.ts';
import { CorpusAlignmentSchema } from '../src/lib/schemas/alignment.ts';
import { LabelWitnessesSchema } from '../src/lib/schemas/label-witnesses.ts';
import { BuiltLabelsSchema } from '../src/lib/schemas/alignment-labels.ts';
import { matrixCodebook } from '../src/lib/analyze/codebook.ts';
import { buildMatrix } from '../src/lib/analyze/matrix.ts';
import { matrixToCsv } from '../src/lib/analyze/matrix-csv.ts';
import { uncoveredActors } from '../src/lib/analyze/uncovered-actors.ts';
import { hasErrors } from '../src/lib/parse/diagnostics.ts';
import { MatrixSchema, RegulationAnalysisSchema } from '../src/lib/schemas/analysis.ts';
import { CorpusIndexSchema, RegulationSchema } from '../src/lib/schemas/corpus.ts';
import { loadCorpus } from './lib/load-corpus.ts';
import { loadTaxonomy } from './lib/load-taxonomy.ts';
import { ALIGN_STATE_DIR, BUILD_LABELS_DIR, CONTENT_DIR, GENERATED_DIR, ROOT } from '../src/data/paths-fs.ts';
import { printDiagnostics } from './lib/report.ts';
import { EXIT, runMain } from './lib/cli.ts';

/**
 * The alignment from the state kept in `dir` (DUIZHAO_ALIGN_STATE): the regulations it holds, unchanged, are reused and
 * the others added after them, one by one (so a regulation added later is aligned last, wherever its id sorts);
 * otherwise a full alignment in the corpus's order (the reason is printed). The state is written back.
 */
async function alignFromState(dir: string, regulations: AlignableRegulation[], options: AlignOptions): Promise<AlignedLinks> {
  // a state that cannot be read (cut short, written by another version of the program) is aligned over, not trusted
  let files: ReturnType<typeof loadState> = null;
  let unreadable = '';
  try {
    files = loadState(dir);
  } catch (e) {
    unreadable = `保存的比对状态无法读取：${(e as Error).message}`;
  }
  // a full alignment (none stored, a text changed, the table renewed) runs on worker threads from PARALLEL_FROM
  // regulations, as the build without a state does
  const update = await updateAlignment(files, regulations, regulations.map(regulationKey), options, regulations.length >= PARALLEL_FROM ? alignFrozenParallel : undefined);
  const { state, added, keys } = update;
  const fullBecause = unreadable || update.fullBecause;
  saveState(dir, stateToFiles(state, keys));
  const where = path.relative(ROOT, dir);
  const all = update.rescoredAll.length ? `（全部重新计分：${update.rescoredAll.join('；')}）` : '';
  console.log(fullBecause ? `比对：完整比对（${fullBecause}），状态存于 ${where}/` : `比对：沿用 ${where}/ 中的状态，加入 ${added.length ? added.join('、') : '无'}${all}`);
  // the votes behind the links are read from the state's best articles, with the labels it was scored with
  const witnesses = stateWitnesses(state, options);
  return { index: { regulations: state.spaces.paragraphs.regulations, units: state.spaces.paragraphs.units }, links: state.links, ...(witnesses ? { witnesses } : {}) };
}

// a top-level handler: an unexpected failure ends with a Chinese message and exit code, not a stack trace
await runMain(async () => {
  const started = performance.now();
  const loaded = loadCorpus(CONTENT_DIR, ROOT);
  // the reviewed vocabularies are input too: a mistake in them is reported at its line, and nothing is written
  const taxonomy = loadTaxonomy();
  const diagnostics = [...loaded.flatMap((l) => l.diagnostics), ...taxonomy.diagnostics];
  printDiagnostics(diagnostics);
  if (loaded.length === 0) {
    console.error(`${path.relative(ROOT, CONTENT_DIR)}: error 语料为空：应至少有一个法规目录（<id>/text.txt + <id>/meta.yaml） [empty-corpus]`);
    return EXIT.inputErrors;
  }
  if (hasErrors(diagnostics) || loaded.some((l) => !l.regulation) || !taxonomy.vocab) {
    const n = diagnostics.filter((d) => d.severity === 'error').length;
    console.error(`\n数据构建失败：${n} 个错误。没有写出任何数据（不发布不完整的法规）。`);
    return EXIT.inputErrors;
  }
  const regulations = loaded.map((l) => RegulationSchema.parse(l.regulation));
  rmSync(path.join(GENERATED_DIR, 'regulations'), { recursive: true, force: true });
  mkdirSync(path.join(GENERATED_DIR, 'regulations'), { recursive: true });
  for (const r of regulations) writeFileSync(path.join(GENERATED_DIR, 'regulations', `${r.meta.id}.json`), JSON.stringify(r));
  const index = CorpusIndexSchema.parse({
    builtAt: new Date().toISOString(),
    regulations: regulations.map((r) => ({ meta: r.meta, stats: r.stats, sourceSha256: r.sourceSha256 })),
  });
  writeFileSync(path.join(GENERATED_DIR, 'corpus.json'), JSON.stringify(index, null, 1));
  // Alignment of provisions across jurisdictions (the comparison views and the alignment download).
  // a large corpus is aligned on every CPU (the same links: tests/unit/compare-parallel.test.ts); below that size
  // starting the threads costs more than it saves (measured: break-even at 30 synthetic regulations, 25% faster at 100)
  // counterparts labelled by reading (content/alignment-labels) are evidence for the pairs they apply to (METHOD.md,
  // 标注印证); a label file read from another text than the one in the corpus is left out, with a warning
  const labels = buildLabels(regulations, BUILD_LABELS_DIR);
  for (const w of labels.warnings) console.warn(`warning ${w}`);
  if (labels.reference) console.log(`比对：用 ${labels.used.join('、')} 的标注作印证`);
  const reference = labels.reference ? { reference: labels.reference } : {};
  // the same labels for the draft checker, which compares a draft as the build would compare a new regulation
  writeFileSync(path.join(GENERATED_DIR, 'reference-labels.json'), JSON.stringify(labels.reference ? labelsToJson(labels.reference) : null));
  // and the judgements themselves, for the /data/ download (the files used, with the texts they were read from)
  const sha = new Map(regulations.map((r) => [r.meta.id, r.sourceSha256]));
  const built = labels.reference ? BuiltLabelsSchema.parse({ regulations: labels.used.map((id) => ({ id, sourceSha256: sha.get(id)! })), judgements: labels.judgements }) : null;
  writeFileSync(path.join(GENERATED_DIR, 'alignment-labels.json'), JSON.stringify(built));
  const aligned = ALIGN_STATE_DIR
    ? await alignFromState(ALIGN_STATE_DIR, regulations, reference)
    : regulations.length >= PARALLEL_FROM
      ? await alignLinksParallel(regulations, reference)
      : alignLinks(regulations, reference);
  const alignment = CorpusAlignmentSchema.parse(corpusAlignment(aligned.index, aligned.links));
  writeFileSync(path.join(GENERATED_DIR, 'alignment.json'), JSON.stringify(alignment));
  // the labels' votes behind each link, for the pages that say why two articles were paired: a file per regulation
  // (the pairs it is part of), none without labels
  const witnessDir = path.join(GENERATED_DIR, 'label-witnesses');
  rmSync(witnessDir, { recursive: true, force: true });
  if (aligned.witnesses) {
    mkdirSync(witnessDir, { recursive: true });
    const witnesses = LabelWitnessesSchema.parse(labelWitnesses(aligned.witnesses, aligned.links));
    for (const [id, w] of witnessesByRegulation(
      witnesses,
      regulations.map((r) => r.meta.id),
    ))
      writeFileSync(path.join(witnessDir, `${id}.json`), JSON.stringify(w));
  }

  // The analytic layer: clauses, actors, sanctions, topics, and the policy matrix.
  const { vocab, questions } = taxonomy;
  // keyword topics first, then topics lent by close counterparts in other regulations
  const analyses = analyzeWithAlignment(regulations, vocab, alignment).map((a) => RegulationAnalysisSchema.parse(a));
  rmSync(path.join(GENERATED_DIR, 'analysis'), { recursive: true, force: true });
  mkdirSync(path.join(GENERATED_DIR, 'analysis'), { recursive: true });
  for (const a of analyses) writeFileSync(path.join(GENERATED_DIR, 'analysis', `${a.regulationId}.json`), JSON.stringify(a));
  const matrix = MatrixSchema.parse(buildMatrix(analyses, questions, Object.fromEntries(regulations.map((r) => [r.meta.id, r.meta.shortName]))));
  writeFileSync(path.join(GENERATED_DIR, 'matrix.json'), JSON.stringify(matrix));
  writeFileSync(path.join(GENERATED_DIR, 'matrix.csv'), matrixToCsv(matrix));
  writeFileSync(path.join(GENERATED_DIR, 'codebook.md'), matrixCodebook(questions, vocab));
  writeFileSync(path.join(GENERATED_DIR, 'vocabulary.json'), JSON.stringify(vocab));
  writeFileSync(path.join(GENERATED_DIR, 'matrix-questions.json'), JSON.stringify(questions));
  const uncovered = uncoveredActors(analyses);
  writeFileSync(path.join(GENERATED_DIR, 'uncovered-actors.json'), JSON.stringify(uncovered, null, 1));
  if (uncovered.length)
    console.warn(`分析：${uncovered.length} 个责任主体不在词表 content/taxonomy/actors.yaml 中（见 ${path.relative(ROOT, GENERATED_DIR)}/uncovered-actors.json）`);
  const articles = regulations.reduce((n, r) => n + r.stats.articles, 0);
  console.log(`数据构建完成：${regulations.length} 部法规，${articles} 条，用时 ${Math.round(performance.now() - started)} ms → ${path.relative(ROOT, GENERATED_DIR)}/`);
  return EXIT.ok;
});

// `npm run bench:increment -- --sizes 1000,5000 [--check] [--state DIR] [--workers N]`: issue 18, goal 2. For each
// size n, the synthetic corpus of `bench:align` with n regulations is aligned in full with its document frequencies
// frozen (alignFrozen, one thread; `--workers N`: alignFrozenParallel on N threads, as the data build does from
// PARALLEL_FROM regulations), then regulation n + 1 is added (alignAdded) and timed phase by phase, with what it
// searched and scored again and how many old paragraphs, articles and regulations got a changed link (the pages an
// incremental site build would render again). The grouping of the new links is timed: of the whole corpus, and of
// the six regulations the site groups at build time. `--check` also aligns the n + 1 regulations in full with the
// same table and compares the links (identical, or the script fails), then with the n + 1 regulations' own table
// (today's alignment) and counts how many links differ: how far one addition moves a frozen table's results.
// `--state DIR` keeps the full alignment of the n regulations for the next run. `--drift K [--at 1,10,…]` instead
// adds regulations n + 1 … n + K one by one (in memory) and, after each count in `--at`, compares with today's
// alignment of the same regulations (their own table): how far the frozen table's results move as additions
// accumulate, and so how often to renew it. `--labels`: the six real regulations come first, with the build's labels
// as evidence (content/alignment-labels), then n − 6 synthetic ones: an addition whose votes move (METHOD.md, 标注印证).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alignAdded, alignFrozen, alignTables } from '../src/lib/compare/align-increment.ts';
import { STATE_VERSION, stateToFiles, updateAlignment } from '../src/lib/compare/align-state.ts';
import { loadState, regulationKey, saveState } from './lib/align-state-fs.ts';
import type { ScoredLinks } from '../src/lib/compare/align-corpus.ts';
import { groupUnits } from '../src/lib/compare/groups.ts';
import { linkGraph } from '../src/lib/compare/link-table.ts';
import { EXIT, runMain } from './lib/cli.ts';
import { alignFrozenParallel } from './lib/align-parallel.ts';
import { counterpartDrift, firstCounterparts } from './lib/link-drift.ts';
import { syntheticCorpus } from './lib/synthetic-alignment-corpus.ts';
import { buildLabels } from './lib/alignment-labels-fs.ts';
import { loadCorpus } from './lib/load-corpus.ts';
import { BUILD_LABELS_DIR, CONTENT_DIR, ROOT } from '../src/data/paths-fs.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** The old paragraphs (`< oldUnits`) whose set of links or a link's numbers differ between two link lists. */
function changedUnits(before: ScoredLinks, after: ScoredLinks, oldUnits: number): Uint8Array {
  const key = (l: ScoredLinks, i: number) => `${l.a[i]},${l.b[i]},${l.score[i]},${l.similarity[i]}`;
  const changed = new Uint8Array(oldUnits);
  const mark = (l: ScoredLinks, i: number) => {
    if (l.a[i]! < oldUnits) changed[l.a[i]!] = 1;
    if (l.b[i]! < oldUnits) changed[l.b[i]!] = 1;
  };
  // both lists are sorted by (a, b): one pass like a merge
  let i = 0;
  let j = 0;
  while (i < before.a.length || j < after.a.length) {
    const cmp = i >= before.a.length ? 1 : j >= after.a.length ? -1 : before.a[i]! - after.a[j]! || before.b[i]! - after.b[j]!;
    if (cmp < 0) mark(before, i++);
    else if (cmp > 0) mark(after, j++);
    else {
      if (key(before, i) !== key(after, j)) mark(after, j);
      i++;
      j++;
    }
  }
  return changed;
}

/** Links identical in all four numbers (both lists sorted by (a, b): one pass). */
function identicalLinks(x: ScoredLinks, y: ScoredLinks): number {
  let same = 0;
  for (let i = 0, j = 0; i < x.a.length && j < y.a.length; ) {
    const cmp = x.a[i]! - y.a[j]! || x.b[i]! - y.b[j]!;
    if (cmp === 0 && x.score[i] === y.score[j] && x.similarity[i] === y.similarity[j]) same++;
    if (cmp <= 0) i++;
    if (cmp >= 0) j++;
  }
  return same;
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;

/** `--drift`: regulations n + 1 … n + k added one by one to a frozen table, compared at each count of `at` with today's alignment. */
function measureDrift(n: number, k: number, at: readonly number[]): void {
  const { regulations } = syntheticCorpus(n + k);
  let t = performance.now();
  let state = alignFrozen(regulations.slice(0, n), alignTables(regulations.slice(0, n)));
  console.log(`\n${n} 部法规：冻结频率的完整比对 ${s(performance.now() - t)}；逐部加入 ${k} 部，在加入 ${at.join('、')} 部后与当前做法（这些法规自己的频率表）比较`);
  let addMs = 0;
  for (let added = 1; added <= k; added++) {
    t = performance.now();
    state = alignAdded(state, regulations[n + added - 1]!);
    addMs += performance.now() - t;
    if (!at.includes(added)) continue;
    const chosen = regulations.slice(0, n + added);
    t = performance.now();
    const fresh = alignFrozen(chosen, alignTables(chosen)).links;
    const freshMs = performance.now() - t;
    const unitReg = state.spaces.paragraphs.unitReg;
    const d = counterpartDrift(firstCounterparts(state.links, unitReg), firstCounterparts(fresh, unitReg));
    console.log(
      `  加入 ${added} 部（共 ${n + added} 部，${unitReg.length} 款；增量累计 ${s(addMs)}，完整比对 ${s(freshMs)}）：对应完全相同 ${pct(identicalLinks(state.links, fresh), fresh.a.length)}（共 ${fresh.a.length} 条）；` +
        `每款在每部其他法规中显示的第一个对应（${d.places} 处）：同一款 ${pct(d.sameUnit, d.places)}，同一款且同一等级 ${pct(d.sameUnitAndLevel, d.places)}`,
    );
  }
}

await runMain(async () => {
  const sizes = arg('--sizes', '1000').split(',').map(Number);
  const check = process.argv.includes('--check');
  const workers = process.argv.includes('--workers') ? Number(arg('--workers', '2')) : 0;
  if (process.argv.includes('--drift')) {
    const k = Number(arg('--drift', '0'));
    const at = arg('--at', String(k)).split(',').map(Number);
    if (!(k > 0) || at.some((x) => !(x >= 1 && x <= k))) throw new Error(`--drift 需要正整数，--at 的每一项在 1 到 ${k} 之间`);
    for (const n of sizes) measureDrift(n, k, at);
    return EXIT.ok;
  }
  const withLabels = process.argv.includes('--labels');
  const real = withLabels ? loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!) : [];
  const options = withLabels ? { reference: buildLabels(real, BUILD_LABELS_DIR).reference! } : {};
  if (withLabels) console.log(`标注印证：前 ${real.length} 部为真实法规（${[...options.reference!.regulations].join('、')} 有标注），其余为合成法规`);
  for (const n of sizes) {
    const regulations = [...real, ...syntheticCorpus(n + 1 - real.length).regulations];
    const old = regulations.slice(0, n);
    let t = performance.now();
    const keys = regulations.map(regulationKey);
    const keyMs = performance.now() - t;
    // --state DIR keeps the full alignment of the n regulations in DIR/<n> for the next run (it takes minutes at
    // thousands); without it, a temporary folder
    const kept = process.argv.includes('--state');
    const root = kept ? path.resolve(arg('--state', '')) : mkdtempSync(path.join(os.tmpdir(), 'bench-increment-'));
    const dir = path.join(root, `${n}${withLabels ? '-labels' : ''}`);
    const next = path.join(root, `${n}${withLabels ? '-labels' : ''}+1`);
    const stored = loadState(dir);
    if (stored?.manifest.version === STATE_VERSION && stored.manifest.regulations.length === n && stored.manifest.regulations.every((r, i) => r.key === keys[i])) {
      console.log(`\n${n} 部法规：沿用 ${dir} 中的完整比对`);
    } else {
      // one thread: the table counted first, then the alignment weighed with it; --workers N: alignFrozenParallel on N
      // worker threads as the data build does from PARALLEL_FROM regulations (updateAlignment passes no table: the
      // corpus's own is counted with the indexes, in ranges on the threads)
      t = performance.now();
      const tables = workers ? undefined : alignTables(old);
      const tableMs = performance.now() - t;
      t = performance.now();
      const full = workers ? await alignFrozenParallel(old, undefined, { workers, ...options }) : alignFrozen(old, tables, options);
      const fullMs = performance.now() - t;
      t = performance.now();
      saveState(dir, stateToFiles(full, keys.slice(0, n)));
      const saveMs = performance.now() - t;
      const how = workers ? `${workers} 个线程，频率表随索引一起统计` : `单线程；频率表另计 ${s(tableMs)}`;
      console.log(`\n${n} 部法规：冻结频率的完整比对 ${s(fullMs)}（${how}），保存状态 ${s(saveMs)}，峰值 RSS ${peakMb()} MB；${n + 1} 部法规的键（SHA-256）${s(keyMs)}`);
    }
    // the next build starts from the files, not from the state in memory
    const started = performance.now();
    t = started;
    const files = loadState(dir);
    const loadMs = performance.now() - t;
    const before = { ...files!.manifest, links: (k: string) => files!.arrays.get(`links.${k}`) as Int32Array };
    const beforeLinks: ScoredLinks = {
      a: before.links('a'),
      b: before.links('b'),
      score: before.links('score'),
      similarity: before.links('similarity'),
      complete: before.complete.links,
    };
    t = performance.now();
    const update = await updateAlignment(files, regulations, keys, options);
    const addMs = performance.now() - t;
    if (update.fullBecause) throw new Error(`未能沿用保存的状态：${update.fullBecause}`);
    const added = update.state;
    t = performance.now();
    saveState(next, stateToFiles(added, update.keys));
    const saveAgainMs = performance.now() - t;
    const totalMs = performance.now() - started;
    if (!kept) rmSync(root, { recursive: true, force: true });
    else rmSync(next, { recursive: true, force: true });
    const oldParagraphs = added.spaces.paragraphs.regulations.at(-1)!.firstUnit;
    const oldArticles = added.spaces.articles.regulations.at(-1)!.firstUnit;
    const articleOf = added.spaces.articleOf;
    const regOf = added.spaces.paragraphs.unitReg;
    console.log(`  ${n} 部法规（${oldArticles} 条 ${oldParagraphs} 款，${beforeLinks.a.length} 条对应）`);
    const { redone } = added;
    const changed = changedUnits(beforeLinks, added.links, oldParagraphs);
    const articles = new Set<number>();
    const regs = new Set<number>();
    let paragraphs = 0;
    for (let u = 0; u < oldParagraphs; u++) {
      if (!changed[u]) continue;
      paragraphs++;
      articles.add(articleOf[u]!);
      regs.add(regOf[u]!);
    }
    console.log(
      `  加入第 ${n + 1} 部（${added.spaces.paragraphs.regulations.at(-1)!.unitCount} 款）：共 ${s(totalMs)} = 读状态 ${s(loadMs)} + 更新 ${s(addMs)}（其中加入 ${s(redone.ms.index + redone.ms.search + redone.ms.score + redone.ms.merge)}：索引 ${s(redone.ms.index)}，检索 ${s(redone.ms.search)}，评分 ${s(redone.ms.score)}，合并 ${s(redone.ms.merge)}）+ 保存 ${s(saveAgainMs)}；` +
        `重新检索旧款 ${redone.paragraphsSearched}、旧条 ${redone.articlesSearched}，重新评分旧款 ${redone.paragraphsScored}（共 ${oldParagraphs}${redone.allBecause ? `；全部重新计分：${redone.allBecause}` : ''}）；` +
        `对应有变化的旧款 ${paragraphs}，所在 ${articles.size} 条、${regs.size} 部法规（增量建站需重建的条文页）`,
    );
    t = performance.now();
    const graph = linkGraph(added.spaces.paragraphs.regulations, added.spaces.paragraphs.units, added.links);
    const graphMs = performance.now() - t;
    t = performance.now();
    groupUnits(
      graph,
      added.spaces.paragraphs.regulations.map((_, r) => r),
    );
    const allMs = performance.now() - t;
    // what the site groups at build time: the many-way table /compare/ prebuilds over its first six regulations
    // (src/pages/compare/index.astro); any other choice is grouped in the reader's browser
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    t = performance.now();
    groupUnits(graph, [0, 1, 2, 3, 4, 5]);
    const sixMs = performance.now() - t;
    t = performance.now();
    groupUnits(graph, [0, 1, 2, 3, 4, n]);
    const withNewMs = performance.now() - t;
    console.log(
      `  对应图 ${s(graphMs)}；分组：全部法规一起（网站不发布这样的分组）${s(allMs)}；对照页预置的多地对照表（前 6 部）${ms(sixMs)}，新法规为其中一列时 ${ms(withNewMs)}；峰值 RSS ${peakMb()} MB`,
    );
    if (check) {
      t = performance.now();
      const full = alignFrozen(regulations, added.tables, options).links;
      const same =
        full.complete === added.links.complete &&
        (['a', 'b', 'score', 'similarity'] as const).every((k) => full[k].length === added.links[k].length && full[k].every((v, i) => v === added.links[k][i]));
      console.log(`  核对：${n + 1} 部完整比对（同一频率表）${s(performance.now() - t)}，结果${same ? '完全相同' : '不同'}`);
      if (!same) return EXIT.inputErrors;
      // how far the frozen table has drifted after one addition: today's alignment of the n + 1 (their own table)
      const fresh = alignFrozen(regulations, alignTables(regulations), options).links;
      const drift = changedUnits(added.links, fresh, added.spaces.paragraphs.units.length);
      let drifted = 0;
      for (const d of drift) drifted += d;
      // both sorted by (a, b): identical links counted in one pass
      const sameLinks = identicalLinks(added.links, fresh);
      console.log(
        `  与当前做法（${n + 1} 部自己的频率表）相比：${fresh.a.length} 条对应中 ${sameLinks} 条完全相同（${((100 * sameLinks) / fresh.a.length).toFixed(1)}%），对应有差异的款 ${drifted}（共 ${added.spaces.paragraphs.units.length}）`,
      );
    }
  }
  return EXIT.ok;
});

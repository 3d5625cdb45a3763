// `npm run bench:align [-- --sizes 250,500,1000 --baseline 50]`: alignment on a synthetic corpus recombined
// from the real one, against an all-pairs baseline.
//
// The synthetic regulations reuse the real articles, shuffled across regulations (40–60 articles each), with
// the source's jurisdiction words replaced by a synthetic jurisdiction's (and tier words swapped between
// forms), and 2% of characters dropped and 2% inserted. Each size runs in a fresh child process, so one
// size's peak memory cannot hide in another's: alignment time (index + candidate search), grouping time,
// heap sampled between phases and the process's peak RSS. The baseline scores every pair of paragraphs
// of different regulations exactly on a sample and is extrapolated quadratically. A quality check uses what
// the generator knows: how often a paragraph's best link is a copy of the same real paragraph.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { alignCorpus, alignLinks, type ScoredLinks } from '../src/lib/compare/align-corpus.ts';
import { buildAlignmentIndex, type AlignmentIndex } from '../src/lib/compare/alignment-index.ts';
import { comparePair } from '../src/lib/compare/compare-pair.ts';
import { diffChars } from '../src/lib/compare/diff.ts';
import { diffForReader } from '../src/lib/compare/diff-reader.ts';
import { groupLinkGraph, groupUnits } from '../src/lib/compare/groups.ts';
import { linkGraph } from '../src/lib/compare/link-table.ts';
import { paragraphText, toUnits } from '../src/lib/compare/units.ts';
import { alignLinksParallel } from './lib/align-parallel.ts';
import { formatFigures, publishedLines, qualityReport, secondReaderAgreement } from './lib/align-quality.ts';
import { EXIT, runMain } from './lib/cli.ts';
import { loadReal, syntheticCorpus } from './lib/synthetic-alignment-corpus.ts';

const MB = 1024 * 1024;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

/** Heap and RSS now, and the peak RSS so far, in MB. */
function memory(): { heap: number; rss: number; peak: number } {
  const m = process.memoryUsage();
  return { heap: Math.round(m.heapUsed / MB), rss: Math.round(m.rss / MB), peak: Math.round(process.resourceUsage().maxRSS / 1024) };
}

/**
 * SHA-256 of `JSON.stringify` of an array of `count` items, hashed an item at a time: the same digest as the whole
 * string, without building a string of hundreds of megabytes that would become the run's peak memory.
 */
function jsonDigest(count: number, item: (i: number) => unknown): string {
  const hash = createHash('sha256').update('[');
  for (let i = 0; i < count; i++) hash.update((i ? ',' : '') + JSON.stringify(item(i)));
  return hash.update(']').digest('hex');
}

/** Exact cosine of every pair of units of different regulations: the quadratic baseline. */
function allPairs(index: AlignmentIndex): { pairs: number; ms: number } {
  const dense = new Float64Array(index.featureCount);
  const started = performance.now();
  let pairs = 0;
  let sink = 0;
  for (let u = 0; u < index.units.length; u++) {
    for (let k = index.vecStart[u]!; k < index.vecStart[u + 1]!; k++) dense[index.vecFeat[k]!] = index.vecWeight[k]!;
    for (let v = u + 1; v < index.units.length; v++) {
      if (index.unitReg[v] === index.unitReg[u]) continue;
      let s = 0;
      for (let k = index.vecStart[v]!; k < index.vecStart[v + 1]!; k++) s += dense[index.vecFeat[k]!]! * index.vecWeight[k]!;
      sink += s;
      pairs++;
    }
    for (let k = index.vecStart[u]!; k < index.vecStart[u + 1]!; k++) dense[index.vecFeat[k]!] = 0;
  }
  if (Number.isNaN(sink)) console.log('');
  return { pairs, ms: performance.now() - started };
}

/** How many links, whether the search was exhaustive, and how often a paragraph's best link is a copy of the same real paragraph. */
function linkFigures(links: ScoredLinks, unitCount: number, sources: readonly string[]): { count: number; complete: boolean; withLink: number; bestIsCopy: number } {
  const bestOther = new Int32Array(unitCount).fill(-1);
  const bestScore = new Int32Array(unitCount).fill(-1);
  for (let i = 0; i < links.a.length; i++) {
    const [a, b, s] = [links.a[i]!, links.b[i]!, links.score[i]!];
    if (bestScore[a]! < s) [bestOther[a], bestScore[a]] = [b, s];
    if (bestScore[b]! < s) [bestOther[b], bestScore[b]] = [a, s];
  }
  let sameSource = 0;
  let withLink = 0;
  bestOther.forEach((v, u) => {
    if (v < 0) return;
    withLink++;
    if (sources[u] === sources[v]) sameSource++;
  });
  return { count: links.a.length, complete: links.complete, withLink, bestIsCopy: withLink ? Math.round((1000 * sameSource) / withLink) / 10 : 0 };
}

/** Child: align one synthetic size and print one JSON line of figures. */
async function runChild(n: number, baseline: number, workers: number): Promise<void> {
  const { regulations, sources, articles } = syntheticCorpus(n);
  const samples: Record<string, ReturnType<typeof memory>> = { generated: memory() };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const marks: Record<string, number> = {};
  // the typed path: links as typed arrays and a link graph over the index's units, never the JSON-shaped
  // CorpusAlignment (four boxed numbers per link: gigabytes on a national corpus)
  const onPhase = (phase: string) => {
    marks[phase] = performance.now() - started;
    samples[phase] = memory();
  };
  // more than one thread: the same links from alignLinksParallel (the digests of --digest say so); `links` is let go
  // once the link graph holds them, as a build that groups without keeping the links would
  const aligned: { index: Pick<AlignmentIndex, 'regulations' | 'units'>; links: ScoredLinks | null } =
    workers > 1 ? await alignLinksParallel(regulations, { workers, onPhase }) : alignLinks(regulations, { onPhase });
  const alignMs = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  const alignCpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const { index } = aligned;
  // what is reported of the links is taken before grouping, so that the grouping runs without them
  const linked = linkFigures(aligned.links!, index.units.length, sources);
  const linksDigest = process.argv.includes('--digest')
    ? jsonDigest(aligned.links!.a.length, (i) => [aligned.links!.a[i], aligned.links!.b[i], aligned.links!.score[i], aligned.links!.similarity[i]])
    : undefined;
  const groupStart = performance.now();
  const groupCpu = process.cpuUsage();
  const graph = linkGraph(index.regulations, index.units, aligned.links!);
  aligned.links = null;
  // groups as unit lists: a table with a cell per regulation for every row would be quadratic at this size
  const groups = groupUnits(
    graph,
    index.regulations.map((_, r) => r),
  );
  const groupMs = performance.now() - groupStart;
  const groupCpuUsed = process.cpuUsage(groupCpu);
  const groupCpuMs = (groupCpuUsed.user + groupCpuUsed.system) / 1000;
  samples['grouped'] = memory();
  // digests of the output, so that a run before an optimisation and one after can be compared (--digest)
  const digest = linksDigest
    ? {
        links: linksDigest,
        // the table the pages show, from the same grouping: comparable with a digest taken before a change
        groups: (() => {
          const rows = groupLinkGraph(
            graph,
            index.regulations.map((r) => r.id),
          ).rows;
          return jsonDigest(rows.length, (i) => rows[i]);
        })(),
      }
    : undefined;
  const units = sources.length;
  let base = null;
  if (baseline > 0) {
    const sample = regulations.slice(0, baseline);
    const idx = buildAlignmentIndex(sample);
    const bp = allPairs(idx);
    const ours = performance.now();
    alignLinks(sample);
    base = { regs: baseline, units: idx.units.length, pairs: bp.pairs, ms: Math.round(bp.ms), oursMs: Math.round(performance.now() - ours) };
  }
  console.log(
    JSON.stringify({
      n,
      articles,
      units,
      links: linked.count,
      complete: linked.complete,
      alignMs: Math.round(alignMs),
      alignCpuMs: Math.round(alignCpuMs),
      indexMs: Math.round(marks['indexed'] ?? 0),
      searchMs: Math.round((marks['searched'] ?? 0) - (marks['indexed'] ?? 0)),
      groupMs: Math.round(groupMs),
      groupCpuMs: Math.round(groupCpuMs),
      rows: groups.start.length - 1,
      samples,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      digest,
      bestIsCopy: linked.bestIsCopy,
      withLink: Math.round((1000 * linked.withLink) / units) / 10,
      base,
    }),
  );
}

/** The real corpus: alignment time, data size, and diffs of every aligned pair and of every article pair shown. */
function reportReal(): void {
  const real = loadReal();
  const started = performance.now();
  const alignment = alignCorpus(real);
  const ms = performance.now() - started;
  const json = JSON.stringify(alignment);
  console.log(
    `真实语料：${real.length} 部法规，${alignment.regulations.reduce((s, r) => s + r.units.length, 0)} 款，${alignment.links.length} 条对应关系，比对用时 ${ms.toFixed(0)} ms`,
  );
  console.log(`  alignment.json：${(json.length / 1024).toFixed(1)} KB（gzip ${(gzipSync(json).length / 1024).toFixed(1)} KB），complete=${alignment.complete}`);
  const texts = real.flatMap((r) => toUnits(r).map((u) => ({ text: u.text, meta: r.meta })));
  let diffStart = performance.now();
  for (const [a, b] of alignment.links) diffForReader(texts[a]!.text, texts[b]!.text, texts[a]!.meta, texts[b]!.meta);
  console.log(`  差异：全部 ${alignment.links.length} 对对应款 ${(performance.now() - diffStart).toFixed(0)} ms`);
  const byId = new Map(real.map((r) => [r.meta.id, r]));
  const articleText = (id: string, art: string) =>
    byId
      .get(id)!
      .parsed.articles.find((x) => x.id === art)!
      .paragraphs.map(paragraphText)
      .join('\n');
  let shown = 0;
  diffStart = performance.now();
  for (const a of real)
    for (const b of real) {
      if (a === b) continue;
      for (const row of comparePair(a.meta.id, b.meta.id, alignment).rows) {
        if (!row.counterpart) continue;
        diffChars(articleText(a.meta.id, row.article), articleText(b.meta.id, row.counterpart.article));
        shown++;
      }
    }
  console.log(`  差异：全部 ${real.length * (real.length - 1)} 个有序法规对中 ${shown} 对对应条（含比对视图） ${(performance.now() - diffStart).toFixed(0)} ms`);
}

/** The children's allocator setting (see the synthetic section): large blocks always in mappings of their own, returned to the system when freed. */
const MMAP_THRESHOLD_TUNABLE = 'glibc.malloc.mmap_threshold=131072';

/** The quality section: the labelled set, leave one regulation out, beside the untuned baseline (same run). */
function reportQuality(): void {
  const started = performance.now();
  const r = qualityReport();
  console.log(`\n比对质量（标注集 ${r.judgements} 项判断，其中确定 ${r.sure} 项；留一法 ${r.folds.length} 折，用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`);
  for (const line of publishedLines(r)) console.log(`  ${line}`);
  console.log(`  各折选出的阈值（提示/相关 ‰，标注印证的模型校准到这里）：${r.folds.map((f) => `${f.held} ${f.possible}/${f.related}`).join('，')}`);
  console.log(
    `  标注印证的模型在各折交叉拟合选出的阈值（提示/相关 ‰，校准前）：${r.withReferenceFolds.map((f) => `${f.held} ${f.evidence.possible}/${f.evidence.related}`).join('，')}`,
  );
  const second = secondReaderAgreement();
  console.log(`  第二位标注者（${second.regulations.join('、')}，独立重标，用同一计分规则对照第一位的确定判断）：`);
  for (const line of formatFigures('第二位标注者', second.figures).slice(1, 4)) console.log(`  ${line}`);
}

await runMain(async () => {
  if (process.argv.includes('--child')) {
    await runChild(Number(arg('--child', '1000')), Number(arg('--baseline', '0')), Number(arg('--workers', String(availableParallelism()))));
  } else {
    // --no-quality: the synthetic sizes only (the real-corpus and labelled-set sections take a minute and do not scale)
    if (!process.argv.includes('--no-quality')) {
      reportReal();
      reportQuality();
    }
    const sizes = arg('--sizes', '250,500,1000').split(',').map(Number);
    const baseline = Number(arg('--baseline', '50'));
    const workers = Number(arg('--workers', String(availableParallelism())));
    // glibc's malloc raises its threshold for serving large blocks from their own mappings as such blocks are freed, and
    // then serves arrays of many megabytes from its heaps, which keep freed memory mapped: at 1,000 regulations a fixed
    // threshold of 128 KiB (its starting value) lowered the peak RSS from 1,019–1,049 to 881–922 MB, results identical.
    // `--malloc default` keeps glibc's adaptive threshold; GLIBC_TUNABLES set by the caller is kept as it is.
    const mallocDefault = arg('--malloc', 'fixed') === 'default';
    const childEnv = mallocDefault || process.env.GLIBC_TUNABLES ? process.env : { ...process.env, GLIBC_TUNABLES: MMAP_THRESHOLD_TUNABLE };
    console.log(
      `\n合成语料（每个规模在独立子进程中运行；${workers > 1 ? `${workers} 个线程` : '单线程'}；${sizes.join('/')} 部法规；内存分配：${childEnv.GLIBC_TUNABLES ? `GLIBC_TUNABLES=${childEnv.GLIBC_TUNABLES}` : 'glibc 默认'}）`,
    );
    const results = sizes.map((n) => {
      const child = spawnSync(
        process.execPath,
        [
          // --heap-mb: V8's heap limit for the child (the default, about 4 GB, holds the generated input of some 10,000
          // regulations as objects: 20,000 stop there before the alignment starts)
          ...(process.argv.includes('--heap-mb') ? [`--max-old-space-size=${Number(arg('--heap-mb', '4096'))}`] : []),
          import.meta.filename,
          '--child',
          String(n),
          '--workers',
          String(workers),
          '--baseline',
          n === Math.max(...sizes) ? String(baseline) : '0',
        ],
        {
          encoding: 'utf8',
          maxBuffer: 64 * MB,
          env: childEnv,
        },
      );
      if (child.status !== 0) throw new Error(`规模 ${n} 失败：\n${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!);
      console.log(
        `  ${String(n).padStart(5)} 部 ${r.articles} 条 ${r.units} 款：比对 ${(r.alignMs / 1000).toFixed(2)} s（CPU ${(r.alignCpuMs / 1000).toFixed(2)} s；索引 ${(r.indexMs / 1000).toFixed(2)} s + 检索 ${(r.searchMs / 1000).toFixed(2)} s），分组 ${(r.groupMs / 1000).toFixed(2)} s（CPU ${(r.groupCpuMs / 1000).toFixed(2)} s）；` +
          `堆 ${r.samples.searched.heap} MB（检索后）/ ${r.samples.grouped.heap} MB（分组后），RSS ${r.samples.generated.rss} MB（生成输入后）/ ${r.samples.indexed.rss} MB（索引后）/ ${r.samples.searched.rss} MB（检索后）/ ${r.samples.grouped.rss} MB（分组后），峰值 RSS ${r.maxRssMb} MB（索引后 ${r.samples.indexed.peak} / 比对结束 ${r.samples.searched.peak} MB）；${r.links} 条对应，最佳对应为同源副本 ${r.bestIsCopy}%（有对应的款 ${r.withLink}%）`,
      );
      return r;
    });
    const big = results.at(-1)!;
    if (big.base) {
      const factor = (big.units / big.base.units) ** 2;
      console.log(
        `\n全对比较基线：${big.base.regs} 部 ${big.base.units} 款，${big.base.pairs.toLocaleString('en')} 对，${(big.base.ms / 1000).toFixed(2)} s（本方法同一样本 ${(big.base.oursMs / 1000).toFixed(2)} s）`,
      );
      console.log(
        `  外推到 ${big.n} 部 ${big.units} 款：×${factor.toFixed(0)} → 约 ${((big.base.ms * factor) / 1000).toFixed(0)} s；本方法实测 ${(big.alignMs / 1000).toFixed(2)} s`,
      );
    }
    const first = results[0]!;
    const ratio = (x: number, y: number) => `×${(x / y).toFixed(2)}`;
    console.log(
      `\n增长：从 ${first.n} 到 ${big.n} 部（×${(big.units / first.units).toFixed(2)} 款，${ratio(big.links, first.links)} 对应），比对用时 ${ratio(big.alignMs, first.alignMs)}（CPU ${ratio(big.alignCpuMs, first.alignCpuMs)}），` +
        `分组用时 ${ratio(big.groupMs, first.groupMs)}（CPU ${ratio(big.groupCpuMs, first.groupCpuMs)}），合计 CPU ${ratio(big.alignCpuMs + big.groupCpuMs, first.alignCpuMs + first.groupCpuMs)}，峰值 RSS ${ratio(big.maxRssMb, first.maxRssMb)}`,
    );
    console.log(
      `机器负载（1/5/15 分钟）：${loadavg()
        .map((x) => x.toFixed(2))
        .join(' / ')}（墙钟时间在负载高时偏大，CPU 时间不受影响）`,
    );
  }
  return EXIT.ok;
});

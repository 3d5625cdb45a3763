// `npm run bench:site`: how long the whole site takes to build, for the real corpus and a synthetic one
// of 220 regulations (~10,000 article pages), and how heavy the pages are. Prints figures; asserts nothing.
// The build is the one `npm run build` runs (scripts/lib/site-build.ts), Pagefind included and timed apart; then the
// synthetic corpus again as BENCH_SHARDS (default 2) regulation shards + the corpus shard, merged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_DIR } from '../src/data/paths-fs.ts';
import { writeSyntheticSiteCorpus } from './lib/synthetic-site-corpus.ts';
import { buildSiteOrThrow, type SiteBuildOptions } from './lib/site-build.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** Build with the whole pipeline; pages/s counts data + Astro (the figure measured since the first run), search apart. */
function buildSite(label: string, opts: SiteBuildOptions & { outDir: string }): { seconds: number; pages: number; data: number; search: number } {
  const { seconds: s } = buildSiteOrThrow(opts);
  const seconds = (s.data ?? 0) + (s.astro ?? 0);
  const pages = countHtml(opts.outDir);
  console.log(
    `${label}: ${pages} pages in ${seconds.toFixed(1)} s (data ${s.data?.toFixed(1)} s + Astro ${s.astro?.toFixed(1)} s) → ${(pages / seconds).toFixed(0)} pages/s; then Pagefind ${s.pagefind?.toFixed(1)} s, compact index ${s.compact?.toFixed(1)} s, preloads ${s.preload?.toFixed(1)} s`,
  );
  return { seconds, pages, data: s.data ?? 0, search: (s.pagefind ?? 0) + (s.compact ?? 0) + (s.preload ?? 0) };
}

/**
 * The same corpus as shards (the data reused, as the CI matrix reuses the data job's output): each shard's pages/s, and
 * the merged site's pages over the wall time it would take with every shard on its own machine (data + slowest shard +
 * merge + Pagefind), beside the one-process build.
 */
function benchShards(tmp: string, corpus: { content: string; generated: string }, count: number, one: { seconds: number; pages: number; data: number; search: number }): void {
  const names = ['corpus', ...Array.from({ length: count }, (_, i) => `${i + 1}/${count}`)];
  const dirs = names.map((n) => path.join(tmp, `shard-${n.replace('/', '-of-')}`));
  let slowest = 0;
  names.forEach((shard, i) => {
    const { seconds } = buildSiteOrThrow({ ...corpus, shard, outDir: dirs[i]! });
    const pages = countHtml(dirs[i]!);
    slowest = Math.max(slowest, seconds.astro ?? 0);
    console.log(`  shard ${shard}: ${pages} pages in ${seconds.astro?.toFixed(1)} s → ${(pages / (seconds.astro ?? 1)).toFixed(0)} pages/s`);
  });
  const merged = path.join(tmp, 'dist-merged');
  const { seconds: m } = buildSiteOrThrow({ merge: dirs, outDir: merged });
  const pages = countHtml(merged);
  const wall = one.data + slowest + (m.merge ?? 0) + (m.pagefind ?? 0) + (m.compact ?? 0) + (m.preload ?? 0);
  console.log(
    `  merged: ${pages} pages (one-process build: ${one.pages}); merge ${m.merge?.toFixed(1)} s, Pagefind ${m.pagefind?.toFixed(1)} s, compact index ${m.compact?.toFixed(1)} s, preloads ${m.preload?.toFixed(1)} s`,
  );
  console.log(
    `  sharded total with each shard on its own machine: ${pages} pages in ${wall.toFixed(1)} s (data ${one.data.toFixed(1)} s + slowest shard ${slowest.toFixed(1)} s + merge and search) → ${(pages / wall).toFixed(0)} pages/s; one process, search included: ${(one.pages / (one.seconds + one.search)).toFixed(0)} pages/s`,
  );
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

function largest(dir: string, re: RegExp): { file: string; bytes: number } {
  let best = { file: '', bytes: 0 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(path.relative(dir, p)) && statSync(p).size > best.bytes) best = { file: path.relative(dir, p), bytes: statSync(p).size };
    }
  };
  walk(dir);
  return best;
}

await runMain(() => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-site-'));
  try {
    const realOut = path.join(tmp, 'dist-real');
    buildSite('real corpus', { generated: path.join(tmp, 'gen-real'), outDir: realOut });
    const art = largest(realOut, /^regulations\/[^/]+\/[^/]+\/index\.html$/);
    const reg = largest(realOut, /^regulations\/[^/]+\/index\.html$/);
    console.log(`largest article page: ${art.file} ${art.bytes} bytes; largest regulation page: ${reg.file} ${reg.bytes} bytes`);
    const html = readFileSync(path.join(realOut, 'regulations/suzhou/24/index.html'), 'utf8');
    // the page's module scripts and every chunk they import statically (dynamic imports load on demand only)
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    for (let i = 0; i < scripts.length; i++) {
      const code = readFileSync(path.join(realOut, scripts[i]!), 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w{},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
        const dep = path.posix.join(path.posix.dirname(scripts[i]!), m[1]!);
        if (!scripts.includes(dep)) scripts.push(dep);
      }
    }
    const jsBytes = scripts.reduce((n, s) => n + statSync(path.join(realOut, s)).size, 0);
    console.log(`JS on a reading page (/regulations/suzhou/24/): ${jsBytes} bytes in ${scripts.length} file(s): ${scripts.join(', ')}`);

    const count = Number(process.env['BENCH_REGULATIONS'] ?? 220);
    const content = path.join(tmp, 'content');
    const articles = writeSyntheticSiteCorpus(CONTENT_DIR, content, count);
    console.log(`synthetic corpus: ${count} regulations, ${articles} articles`);
    const generated = path.join(tmp, 'gen-syn');
    const one = buildSite(`synthetic corpus (${count} regulations)`, { content, generated, outDir: path.join(tmp, 'dist-syn') });
    benchShards(tmp, { content, generated }, Number(process.env['BENCH_SHARDS'] ?? 2), one);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return EXIT.ok;
});

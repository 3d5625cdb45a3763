// The site build pipeline, written once: data → Astro → Pagefind → the compact index step → the search page's preloads. `npm run build`, the
// tests' temporary sites, the lesson build test and the site and search benchmarks all call buildSite, so a step added
// or changed here reaches every one of them (the copies they had drifted apart before: one skipped Pagefind unsaid).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseShard } from '../../src/lib/corpus/shards.ts';
import { DIST_DIR, ROOT } from '../../src/data/paths-fs.ts';
import { buildAndSwap } from './build-swap.ts';

/** The pipeline's steps, in the order they always run. */
export const SITE_STEPS = ['data', 'astro', 'pagefind', 'compact', 'preload'] as const;
/** One step of the site build (`merge` stands for data and Astro when shards are merged). */
export type SiteStep = (typeof SITE_STEPS)[number] | 'merge';

/**
 * The pages Pagefind reads: the article pages (src/pages/regulations/[id]/[article]/index.astro), the only ones whose
 * layout sets data-pagefind-body (tests/browser/search-index-scope.test.ts checks that no other page does). Pagefind
 * would otherwise parse every page of the site only to skip it: on a 300-regulation synthetic site (20,775 pages,
 * 13,865 indexed) that took 8.5 GB and 133 s, against 1.5 GB and 25 s with this glob, for the same index (on the real
 * corpus byte-identical).
 */
export const SEARCH_INDEX_GLOB = 'regulations/*/*/index.html';

/** The file a shard build leaves in its output to say which shard it is; the merge checks and removes it. */
const SHARD_MARK = '.duizhao-shard.json';

/** What to build, and where. Unset paths are left to the environment (src/data/paths-fs.ts resolves them). */
export interface SiteBuildOptions {
  /** Regulation folders to build (DUIZHAO_CONTENT). */
  content?: string;
  /** Where the data step writes and the site reads (DUIZHAO_GENERATED). */
  generated?: string;
  /** Lessons folder (DUIZHAO_LESSONS). */
  lessons?: string;
  /** The site's folder; default dist/. */
  outDir?: string;
  /** Build into `.<outDir name>-building` beside it and put that in place of `outDir` only when every step succeeded. */
  swap?: boolean;
  /** The steps to run (always in pipeline order); default all. A benchmark without search names the ones it times. */
  steps?: readonly SiteStep[];
  /**
   * Build one shard of the site (DUIZHAO_SHARD): `corpus` for the corpus-wide pages, `k/n` for the regulations of shard
   * k of n. The data must be built already (once, for the whole corpus); a shard runs only the `astro` step.
   */
  shard?: string;
  /** Shard outputs to merge into `outDir` in place of the data and Astro steps; Pagefind then indexes the merged site. */
  merge?: readonly string[];
  /** Further build settings (DUIZHAO_CHOOSER_INLINE, DUIZHAO_SITE_URL). */
  env?: Record<string, string>;
  /** 'inherit' prints each step's output as it runs (npm run build); 'pipe' keeps it for the result (tests, benchmarks). */
  stdio?: 'inherit' | 'pipe';
}

/** How a build went. */
export interface SiteBuildResult {
  /** The step that failed, or null. */
  failed: SiteStep | null;
  /** The failed step's stdout and stderr when piped ('' otherwise). */
  output: string;
  /** Seconds each step that ran took. */
  seconds: Partial<Record<SiteStep, number>>;
  /** The site's folder. */
  outDir: string;
}

/** The command line of one step building into `dir`. */
function stepCommand(step: (typeof SITE_STEPS)[number], dir: string): string[] {
  switch (step) {
    case 'data':
      return [path.join(ROOT, 'scripts/build-data.ts')];
    case 'astro':
      return [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir];
    case 'pagefind':
      return [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dir, '--glob', SEARCH_INDEX_GLOB];
    case 'compact':
      return [path.join(ROOT, 'scripts/compact-search-index.ts'), dir];
    case 'preload':
      return [path.join(ROOT, 'scripts/search-preload.ts'), dir];
  }
}

/** The environment every step sees: the caller's settings, the corpus paths named in `opts`. */
function stepEnv(opts: SiteBuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (opts.content !== undefined) env['DUIZHAO_CONTENT'] = opts.content;
  if (opts.generated !== undefined) env['DUIZHAO_GENERATED'] = opts.generated;
  if (opts.lessons !== undefined) env['DUIZHAO_LESSONS'] = opts.lessons;
  if (opts.shard !== undefined) env['DUIZHAO_SHARD'] = opts.shard;
  return env;
}

/** Build the site: each step a child process on this Node (the settings are read once per process, at import). */
export function buildSite(opts: SiteBuildOptions = {}): SiteBuildResult {
  const outDir = path.resolve(ROOT, opts.outDir ?? DIST_DIR);
  const wanted = new Set<SiteStep>(opts.steps ?? (opts.shard !== undefined ? ['astro'] : opts.merge ? ['pagefind', 'compact', 'preload'] : SITE_STEPS));
  if (opts.shard !== undefined) parseShard(opts.shard); // a misspelt shard fails here, not in the middle of Astro
  if (opts.merge && (wanted.has('data') || wanted.has('astro'))) throw new Error('a merge replaces the data and astro steps');
  const env = stepEnv(opts);
  const seconds: SiteBuildResult['seconds'] = {};
  let output = '';
  const steps: Array<{ name: SiteStep; run: (dir: string) => boolean }> = SITE_STEPS.filter((s) => wanted.has(s)).map((name) => ({
    name,
    run: (dir: string) => {
      const t0 = performance.now();
      // a large site's Astro log runs to megabytes: room for it rather than a killed step
      const r = spawnSync(process.execPath, stepCommand(name, dir), { cwd: ROOT, env, stdio: opts.stdio ?? 'pipe', maxBuffer: 1 << 30, encoding: 'utf8' });
      seconds[name] = (performance.now() - t0) / 1000;
      if (r.status === 0) {
        if (name === 'astro' && opts.shard !== undefined) writeFileSync(path.join(dir, SHARD_MARK), JSON.stringify({ shard: opts.shard }));
        return true;
      }
      output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
      return false;
    },
  }));
  if (opts.merge) {
    const shards = opts.merge;
    steps.unshift({
      name: 'merge',
      run: (dir: string) => {
        const t0 = performance.now();
        const problems = mergeShards(shards, dir);
        seconds.merge = (performance.now() - t0) / 1000;
        output = problems.join('\n');
        if (opts.stdio === 'inherit' && problems.length) console.error(output);
        return problems.length === 0;
      },
    });
  }
  const failed = opts.swap ? buildAndSwap(outDir, path.join(path.dirname(outDir), `.${path.basename(outDir)}-building`), steps) : runInPlace(outDir, steps);
  return { failed: failed as SiteStep | null, output, seconds, outDir };
}

/** Run the steps on `dir` itself, stopping at the first failure; its name, or null. */
function runInPlace(dir: string, steps: ReadonlyArray<{ name: string; run: (dir: string) => boolean }>): string | null {
  for (const step of steps) if (!step.run(dir)) return step.name;
  return null;
}

/** Build as buildSite does and throw, with the failed step's output, unless every step succeeded. */
export function buildSiteOrThrow(opts: SiteBuildOptions = {}): SiteBuildResult {
  const r = buildSite(opts);
  if (r.failed) throw new Error(`site build failed at ${r.failed}:\n${r.output}`);
  return r;
}

/** The files under `dir`, as paths relative to it. */
function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)]));
}

/**
 * Copy the shard outputs into `dir`: every file once, a file two shards both built (the pages without parameters, the
 * assets) only when their bytes agree, which also proves the shards were built from the same data and code. The set of
 * shards must be complete: one `corpus` and 1/n … n/n. Returns the problems, none when merged.
 */
export function mergeShards(shards: readonly string[], dir: string): string[] {
  const names = shards.map((s) => (existsSync(path.join(s, SHARD_MARK)) ? (JSON.parse(readFileSync(path.join(s, SHARD_MARK), 'utf8')) as { shard: string }).shard : null));
  const problems = names.flatMap((n, i) => (n === null ? [`${shards[i]}: not a shard build (no ${SHARD_MARK})`] : []));
  problems.push(...missingShards(names.filter((n): n is string => n !== null)));
  if (problems.length) return problems;
  rmSync(dir, { recursive: true, force: true });
  const from = new Map<string, string>();
  for (const shard of shards) {
    for (const rel of filesUnder(shard)) {
      if (rel === SHARD_MARK) continue;
      const target = path.join(dir, rel);
      const first = from.get(rel);
      if (first === undefined) {
        mkdirSync(path.dirname(target), { recursive: true });
        copyFileSync(path.join(shard, rel), target);
        from.set(rel, shard);
      } else if (!readFileSync(path.join(shard, rel)).equals(readFileSync(target))) {
        problems.push(`${rel}: differs between ${first} and ${shard} (were the shards built from the same data and code?)`);
      }
    }
  }
  return problems;
}

/** What a set of shard names lacks or repeats to make one whole site. */
function missingShards(names: readonly string[]): string[] {
  const parsed = names.map(parseShard);
  const counts = new Set(parsed.flatMap((s) => (s.kind === 'regulations' ? [s.count] : [])));
  if (counts.size > 1) return [`shards of different splits: ${names.join(', ')}`];
  const n = [...counts][0] ?? 0;
  const want = ['corpus', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
  const problems = want.filter((w) => !names.includes(w)).map((w) => `shard ${w} is missing`);
  if (n === 0) problems.push('no regulation shard (k/n) given');
  problems.push(...names.filter((w, i) => names.indexOf(w) !== i).map((w) => `shard ${w} given twice`));
  return problems;
}

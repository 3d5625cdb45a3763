// The site build pipeline, written once: data → Astro → Pagefind → the search page's preloads. `npm run build`, the
// tests' temporary sites, the lesson build test and the site and search benchmarks all call buildSite, so a step added
// or changed here reaches every one of them (the copies they had drifted apart before: one skipped Pagefind unsaid).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DIST_DIR, ROOT } from '../../src/data/paths-fs.ts';
import { buildAndSwap } from './build-swap.ts';

/** The pipeline's steps, in the order they always run. */
export const SITE_STEPS = ['data', 'astro', 'pagefind', 'preload'] as const;
/** One step of the site build. */
export type SiteStep = (typeof SITE_STEPS)[number];

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
function stepCommand(step: SiteStep, dir: string): string[] {
  switch (step) {
    case 'data':
      return [path.join(ROOT, 'scripts/build-data.ts')];
    case 'astro':
      return [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir];
    case 'pagefind':
      return [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dir];
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
  return env;
}

/** Build the site: each step a child process on this Node (the settings are read once per process, at import). */
export function buildSite(opts: SiteBuildOptions = {}): SiteBuildResult {
  const outDir = path.resolve(ROOT, opts.outDir ?? DIST_DIR);
  const wanted = new Set(opts.steps ?? SITE_STEPS);
  const env = stepEnv(opts);
  const seconds: SiteBuildResult['seconds'] = {};
  let output = '';
  const steps = SITE_STEPS.filter((s) => wanted.has(s)).map((name) => ({
    name,
    run: (dir: string) => {
      const t0 = performance.now();
      // a large site's Astro log runs to megabytes: room for it rather than a killed step
      const r = spawnSync(process.execPath, stepCommand(name, dir), { cwd: ROOT, env, stdio: opts.stdio ?? 'pipe', maxBuffer: 1 << 30, encoding: 'utf8' });
      seconds[name] = (performance.now() - t0) / 1000;
      if (r.status === 0) return true;
      output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
      return false;
    },
  }));
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

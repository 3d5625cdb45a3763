import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

/** A corpus made of the real regulations plus extra regulation folders, built into its own dist/. */
export interface TempSite {
  dir: string;
  content: string;
  generated: string;
  dist: string;
}

/** Copy content/regulations and the given extra folders (`[id, sourceDir]`) into a temp corpus and build data + site (+ the Pagefind index when asked; `env` adds build settings). */
export function buildTempSite(extra: Array<[id: string, sourceDir: string]>, opts: { pagefind?: boolean; env?: Record<string, string> } = {}): TempSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-site-'));
  const content = path.join(dir, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  for (const [id, src] of extra) cpSync(src, path.join(content, id), { recursive: true });
  const generated = path.join(dir, 'generated');
  const dist = path.join(dir, 'dist');
  const env = { ...process.env, ...opts.env, DUIZHAO_CONTENT: content, DUIZHAO_GENERATED: generated };
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts')], { cwd: ROOT, env, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], { cwd: ROOT, env, stdio: 'pipe' });
  if (opts.pagefind) {
    // as `npm run build` does: the index, then the search page's preloads of it
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], { cwd: ROOT, env, stdio: 'pipe' });
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/search-preload.ts'), dist], { cwd: ROOT, env, stdio: 'pipe' });
  }
  return { dir, content, generated, dist };
}

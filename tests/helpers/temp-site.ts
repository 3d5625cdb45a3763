import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';
import { buildSiteOrThrow } from '../../scripts/lib/site-build.ts';

/** A corpus made of the real regulations plus extra regulation folders, built into its own dist/. */
export interface TempSite {
  dir: string;
  content: string;
  generated: string;
  dist: string;
}

/** Copy content/regulations and the given extra folders (`[id, sourceDir]`) into a temp corpus and build data + site (+ the Pagefind index and preloads when asked; `env` adds build settings). */
export function buildTempSite(extra: Array<[id: string, sourceDir: string]>, opts: { pagefind?: boolean; env?: Record<string, string> } = {}): TempSite {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-site-'));
  const content = path.join(dir, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  for (const [id, src] of extra) cpSync(src, path.join(content, id), { recursive: true });
  const generated = path.join(dir, 'generated');
  const dist = path.join(dir, 'dist');
  buildSiteOrThrow({ content, generated, outDir: dist, env: opts.env, steps: opts.pagefind ? ['data', 'astro', 'pagefind', 'compact', 'preload'] : ['data', 'astro'] });
  return { dir, content, generated, dist };
}

// `npm run build` builds into a temporary folder and swaps it in only on success (scripts/lib/build-swap.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAndSwap } from '../../scripts/lib/build-swap.ts';

let tmp: string;
let dist: string;
let building: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-swap-'));
  dist = path.join(tmp, 'dist');
  building = path.join(tmp, '.dist-building');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), 'old site');
  writeFileSync(path.join(dist, 'page-2.html'), 'old page');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const pages = (n: number) => ({
  name: 'astro build',
  run: (dir: string) => {
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `p${i}.html`), 'new');
    writeFileSync(path.join(dir, 'index.html'), 'new site');
    return true;
  },
});

describe('building the site into a temporary folder', () => {
  it('a step failing half-way leaves the old dist/ whole and no temporary folder', () => {
    const failed = buildAndSwap(dist, building, [pages(170), { name: 'pagefind', run: () => false }]);
    expect(failed).toBe('pagefind');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('old site');
    expect(readFileSync(path.join(dist, 'page-2.html'), 'utf8')).toBe('old page');
    expect(existsSync(path.join(dist, 'p0.html'))).toBe(false);
    expect(existsSync(building)).toBe(false);
  });

  it('when every step succeeds the new site replaces the old one entirely', () => {
    expect(buildAndSwap(dist, building, [pages(3), { name: 'pagefind', run: () => true }])).toBeNull();
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('new site');
    expect(existsSync(path.join(dist, 'page-2.html'))).toBe(false);
    expect(existsSync(path.join(dist, 'p2.html'))).toBe(true);
    expect(existsSync(building)).toBe(false);
    expect(existsSync(`${dist}.old`)).toBe(false);
  });
});

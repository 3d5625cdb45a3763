// The site built in shards (issue 18, goal 3): the data once, then the corpus-wide pages and the regulations as two
// shards by province, merged and indexed by Pagefind. The merged site must be the one-machine site: the same files
// byte for byte, the same link check, the same search results in the browser.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSiteOrThrow, mergeShards } from '../../scripts/lib/site-build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { brokenLinks } from '../helpers/dist-links.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { DIST_DIR, GENERATED_DIR } from '../../src/data/paths-fs.ts';

let dir: string;
const at = (name: string) => path.join(dir, name);
/**
 * The one-machine site is the one `npm test` built (dist/, from the data in src/generated); the shards are built
 * from that same data, as a sharded build would after `npm run build:data` once.
 */
const ONE = DIST_DIR;
const SHARDS = ['corpus', '1/2', '2/2'] as const;
const shardDir = (s: string) => at(`shard-${s.replace('/', '-of-')}`);

beforeAll(() => {
  if (!existsSync(path.join(ONE, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  // the shards are built from src/generated: a dist/ built from other data (`npm run typecheck` rebuilds the data)
  // would differ in every file that carries the data's time, which says nothing about sharding
  const builtAt = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { builtAt: string }).builtAt;
  const data = builtAt(path.join(GENERATED_DIR, 'corpus.json'));
  const site = builtAt(path.join(ONE, 'handout/data', `${readdirSync(path.join(ONE, 'handout/data'))[0]}`));
  if (site !== data) throw new Error(`dist/ was built from data of ${site}, src/generated is of ${data}: run \`npm run build\` first (npm test does)`);
  dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-shards-'));
  for (const shard of SHARDS) buildSiteOrThrow({ shard, outDir: shardDir(shard) });
  buildSiteOrThrow({ merge: SHARDS.map(shardDir), outDir: at('merged') });
}, 600_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative, sorted. */
function files(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(root, path.join(rel, e.name)) : [path.join(rel, e.name)]))
    .sort();
}

describe('a site built as two shards and merged', () => {
  it('splits the regulations by province and builds the corpus-wide pages in the corpus shard only', () => {
    const regs = (s: string) =>
      readdirSync(path.join(shardDir(s), 'regulations'))
        .filter((f) => f !== 'index.html')
        .sort();
    // the two 新疆 regulations stay together; the split balances articles
    expect([regs('1/2'), regs('2/2')]).toEqual([
      ['changji', 'haidong', 'xinjiang'],
      ['guangdong', 'shanxi', 'suzhou'],
    ]);
    expect(regs('corpus')).toEqual([]);
    for (const page of ['topics/assessment/index.html', 'lessons/grid-management/index.html']) {
      expect(existsSync(path.join(shardDir('corpus'), page)), page).toBe(true);
      expect(existsSync(path.join(shardDir('1/2'), page)), page).toBe(false);
    }
    expect(readdirSync(path.join(shardDir('1/2'), 'data')).filter((f) => f.startsWith('duizhao-'))).toEqual([]);
    // a pairwise page is built by the shard of the regulation it reads from, whichever shard the other one is in
    expect(existsSync(path.join(shardDir('2/2'), 'compare/suzhou/xinjiang/index.html'))).toBe(existsSync(path.join(ONE, 'compare/suzhou/xinjiang/index.html')));
  });

  it('is the one-machine site byte for byte: pages, downloads, the Pagefind index and the search preloads', () => {
    const one = files(ONE);
    expect(files(at('merged'))).toEqual(one);
    const differ = one.filter((f) => !readFileSync(path.join(ONE, f)).equals(readFileSync(path.join(at('merged'), f))));
    expect(differ).toEqual([]);
  });

  it('passes the link check exactly as the one-machine site does', () => {
    expect(brokenLinks(at('merged'))).toEqual([]);
    expect(brokenLinks(at('merged'))).toEqual(brokenLinks(ONE));
  });

  it('finds the same pages, in the same order, from both shards in one search', async () => {
    const browser: Browser = await launchChromium();
    const search = async (root: string, q: string) => {
      const server = await serveStatic(root);
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/search/`);
        // a string, so vitest does not rewrite the import()
        return (await page.evaluate(`(async (query) => {
          const pagefind = await import('/pagefind/pagefind.js');
          const r = await pagefind.search(query);
          return Promise.all(r.results.slice(0, 20).map(async (x) => (await x.data()).url));
        })(${JSON.stringify(q)})`)) as string[];
      } finally {
        await page.close();
        await server.close();
      }
    };
    try {
      for (const q of ['网格', '见义勇为', '社会稳定风险评估']) {
        const merged = await search(at('merged'), q);
        expect(merged, q).toEqual(await search(ONE, q));
        if (q === '网格') {
          const ids = new Set(merged.map((u) => u.split('/')[2]));
          // results come from regulations of both shards
          expect(ids.has('xinjiang') && ids.has('suzhou'), [...ids].join()).toBe(true);
        }
      }
    } finally {
      await browser.close();
    }
  });

  it('refuses an incomplete set of shards, and shards that disagree', () => {
    expect(mergeShards([shardDir('corpus'), shardDir('1/2')], at('partial'))).toEqual(['shard 2/2 is missing']);
    expect(mergeShards([shardDir('1/2'), shardDir('2/2')], at('partial'))).toEqual(['shard corpus is missing']);
    const stale = at('stale');
    cpSync(shardDir('2/2'), stale, { recursive: true });
    writeFileSync(path.join(stale, 'index.html'), readFileSync(path.join(stale, 'index.html'), 'utf8').replace('</body>', '<p>旧</p></body>'));
    const problems = mergeShards([shardDir('corpus'), shardDir('1/2'), stale], at('partial'));
    expect(problems).toEqual([`index.html: differs between ${shardDir('corpus')} and ${stale} (were the shards built from the same data and code?)`]);
  });
});

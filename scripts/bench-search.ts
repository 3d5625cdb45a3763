// `npm run bench:search`: how heavy and how fast search is, for the real corpus and a synthetic corpus of
// 200 regulations. Builds each site into a temp dir (data → Astro → Pagefind), serves it on localhost the way
// a production static host does (gzip for text files; Pagefind's own files are already compressed), and
// drives the real /search/ page in headless Chromium. Prints figures; asserts nothing.
//   - index size: the files the search page can fetch (Pagefind runtime, index, fragments, filters, our
//     /search/directory.json), in bytes on disk
//   - bytes fetched per query: cold (fresh browser: Pagefind runtime + index chunks + page data) and warm
//     (the next query on the same page), median of 20 queries, as sent over the wire
//   - time to first results, three ways: cold link (fresh browser, /search/?q=… opened: navigation start →
//     results rendered, page load included); cold page (fresh browser, /search/ opened, query typed as soon as
//     the load event fires: Enter → results rendered); warm (the next query on the same page: Enter → results)
// BENCH_REGULATIONS=0 measures the real corpus only; BENCH_LATENCY_MS=50 adds a network round trip to each request;
// BENCH_SITE=dir measures a site already built there (no build); BENCH_QUERIES=n uses the first n queries.
import { cpSync, createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../tests/helpers/browser.ts';
import { CONTENT_DIR } from '../src/data/paths-fs.ts';
import { writeSyntheticSiteCorpus } from './lib/synthetic-site-corpus.ts';
import { buildSiteOrThrow, type SiteBuildOptions } from './lib/site-build.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** Twenty typical queries: terms, phrases, actors, a synonym, a scoped query (article lookups skip search). */
const ALL_QUERIES = [
  '网格',
  '心理疏导',
  '一票否决',
  '扫黑除恶',
  '见义勇为',
  '校园欺凌',
  '非法集资',
  '物业服务企业',
  '网约车',
  '社会稳定风险评估',
  '反诈',
  '危险化学品',
  '人民调解员',
  '双联户',
  '挂牌督办',
  '社区矫正',
  '个人信息',
  '苏州 网格',
  '严重精神障碍患者',
  '联防联控',
];
/** BENCH_QUERIES=n: the first n of them (a site where one query takes seconds would take an hour for all twenty). */
const QUERIES = ALL_QUERIES.slice(0, Number(process.env['BENCH_QUERIES'] ?? ALL_QUERIES.length));

/** The whole pipeline `npm run build` runs (scripts/lib/site-build.ts) into `outDir`; returns seconds. */
function buildSite(opts: SiteBuildOptions): number {
  const { seconds } = buildSiteOrThrow(opts);
  return Object.values(seconds).reduce((a, b) => a + b, 0);
}

/** Bytes of the files under `dir` (recursively). */
function bytesUnder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = bytesUnder(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The search index as the page can fetch it (Pagefind's optional UI bundles left out). */
function indexSize(outDir: string): Record<string, { bytes: number; files: number }> {
  const pf = path.join(outDir, 'pagefind');
  // the page runs Pagefind without its web worker (search-engine.ts), so pagefind-worker.js is not counted
  const runtime = readdirSync(pf).filter((f) => /^pagefind\.js$|^wasm\.|\.pf_meta$|^pagefind-entry\.json$/.test(f));
  const size = (f: string) => ({ bytes: statSync(path.join(pf, f)).size, files: 1 });
  const sum = (xs: Array<{ bytes: number; files: number }>) => xs.reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }), { bytes: 0, files: 0 });
  const parts = {
    'Pagefind runtime (pagefind.js, wasm, meta, entry)': sum(runtime.map(size)),
    'word index (index/)': bytesUnder(path.join(pf, 'index')),
    'page data (fragment/)': bytesUnder(path.join(pf, 'fragment')),
    'filters (filter/)': bytesUnder(path.join(pf, 'filter')),
    'search directory (/search/directory.json)': { bytes: statSync(path.join(outDir, 'search/directory.json')).size, files: 1 },
  };
  return { ...parts, total: sum(Object.values(parts)) };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** A static host on localhost: directory index, gzip for text when the browser accepts it; counts bytes sent. */
async function serve(dir: string): Promise<{ url: string; log: Array<{ path: string; bytes: number }>; close: () => Promise<void> }> {
  const log: Array<{ path: string; bytes: number }> = [];
  const gz = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gz.get(file);
      if (!body) gz.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      log.push({ path: url.pathname, bytes: body.length });
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
      return;
    }
    log.push({ path: url.pathname, bytes: statSync(file).size });
    res.writeHead(200, { ...headers, 'content-length': String(statSync(file).size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, log, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const isSearchData = (p: string) => p.startsWith('/pagefind/') || p === '/search/directory.json';
/** The kinds of search data, for the breakdown of a first query's bytes. */
const KINDS: Array<[string, (p: string) => boolean]> = [
  ['meta file', (p) => p.endsWith('.pf_meta')],
  ['runtime (pagefind.js, wasm, entry)', (p) => /\/pagefind\/(pagefind\.js|wasm\.|pagefind-entry\.json)/.test(p)],
  ['word index chunks', (p) => p.endsWith('.pf_index')],
  ['page data (fragments)', (p) => p.endsWith('.pf_fragment')],
  ['filters', (p) => p.endsWith('.pf_filter')],
  ['search directory', (p) => p === '/search/directory.json'],
];
/** Bytes of each kind of search data among `log`'s requests. */
const byKind = (log: ReadonlyArray<{ path: string; bytes: number }>) =>
  KINDS.map(([, is]) => log.filter((r) => isSearchData(r.path) && is(r.path)).reduce((n, r) => n + r.bytes, 0));

/** Wait for the results of `q`, then read the last search's User Timing (ms) and its end since navigation. */
async function timing(page: Page, q: string): Promise<{ search: number; sinceNavigation: number; results: number }> {
  await page.waitForFunction((want) => document.getElementById('search-results')?.dataset['query'] === want, q, { timeout: 300_000 });
  return page.evaluate(() => {
    const m = performance.getEntriesByName('duizhao:search').at(-1)!;
    return { search: m.duration, sinceNavigation: m.startTime + m.duration, results: document.querySelectorAll('#search-results > li').length };
  });
}

/** BENCH_LATENCY_MS: round-trip time Chromium adds to every request, as on a real network (localhost has none). */
const LATENCY_MS = Number(process.env['BENCH_LATENCY_MS'] ?? 0);

/** A page of `ctx`, with the emulated latency when one is set. */
async function newPage(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  if (LATENCY_MS > 0) {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
  }
  return page;
}

/** Type `q` into the search box and press Enter; ms from the key press to its results being shown. */
async function typeAndWait(page: Page, q: string): Promise<number> {
  // a page still busy with a slow search answers late: measure it rather than fail at Playwright's 30 s default
  await page.locator('#search-q').fill(q, { timeout: 300_000 });
  await page.evaluate(() => performance.mark('bench:enter'));
  await page.locator('#search-q').press('Enter');
  await timing(page, q);
  return page.evaluate(() => {
    const end = performance.getEntriesByName('duizhao:search').at(-1)!;
    return end.startTime + end.duration - performance.getEntriesByName('bench:enter').at(-1)!.startTime;
  });
}

async function measure(label: string, outDir: string): Promise<void> {
  const server = await serve(outDir);
  const browser = await launchChromium();
  try {
    const cold: Array<{ total: number; search: number; first: number; kinds: number[]; ms: number }> = [];
    for (const q of QUERIES) {
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      const page = await newPage(ctx);
      server.log.length = 0;
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}`);
      const t = await timing(page, q);
      // what the first results needed (requests made by the time they were shown); the filter panel's counts come after
      const first = server.log.filter((r) => isSearchData(r.path)).reduce((n, r) => n + r.bytes, 0);
      const kinds = byKind(server.log);
      await page.waitForLoadState('networkidle');
      cold.push({
        first,
        kinds,
        total: server.log.reduce((n, r) => n + r.bytes, 0),
        search: server.log.filter((r) => isSearchData(r.path)).reduce((n, r) => n + r.bytes, 0),
        ms: t.sinceNavigation,
      });
      await ctx.close();
    }
    const typed: number[] = [];
    for (const q of QUERIES) {
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      const page = await newPage(ctx);
      await page.goto(`${server.url}/search/`, { waitUntil: 'load' });
      typed.push(await typeAndWait(page, q));
      await ctx.close();
    }
    const warm: Array<{ bytes: number; ms: number; results: number }> = [];
    const ctx = await browser.newContext({ locale: 'zh-CN' });
    const page = await newPage(ctx);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('平安建设')}`);
    await timing(page, '平安建设');
    for (const q of QUERIES) {
      await page.waitForLoadState('networkidle');
      server.log.length = 0;
      await page.locator('#search-q').fill(q, { timeout: 300_000 });
      await page.locator('#search-q').press('Enter');
      const t = await timing(page, q);
      await page.waitForLoadState('networkidle');
      warm.push({ bytes: server.log.reduce((n, r) => n + r.bytes, 0), ms: t.search, results: t.results });
    }
    await ctx.close();
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`${label}: bytes fetched per query (median of ${QUERIES.length}, gzip on the wire)`);
    console.log(
      `  cold, fresh browser: ${kb(median(cold.map((c) => c.first)))} of search data requested by the time the first results are shown (Pagefind runtime, index chunks, page data, directory); ${kb(median(cold.map((c) => c.search)))} once the filter panel's counts are in; ${kb(median(cold.map((c) => c.total)))} with the page itself`,
    );
    console.log(`  of which, by the first results (median of each kind): ${KINDS.map(([name], k) => `${name} ${kb(median(cold.map((c) => c.kinds[k]!)))}`).join('; ')}`);
    console.log(`  warm, next query on the page: ${kb(median(warm.map((w) => w.bytes)))} (max ${kb(Math.max(...warm.map((w) => w.bytes)))})`);
    console.log(`${label}: time to first results (median of ${QUERIES.length}${LATENCY_MS > 0 ? `, ${LATENCY_MS} ms added per request` : ''})`);
    console.log(
      `  cold link, navigation start → results shown (page load included): ${median(cold.map((c) => c.ms)).toFixed(0)} ms (max ${Math.max(...cold.map((c) => c.ms)).toFixed(0)} ms)`,
    );
    console.log(`  cold page, typed at the load event, Enter → results shown: ${median(typed).toFixed(0)} ms (max ${Math.max(...typed).toFixed(0)} ms)`);
    console.log(
      `  warm, Enter → results shown: ${median(warm.map((w) => w.ms)).toFixed(0)} ms (max ${Math.max(...warm.map((w) => w.ms)).toFixed(0)} ms); typing adds the 150 ms pause the page waits for`,
    );
    console.log(`  results per query: median ${median(warm.map((w) => w.results))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function printIndex(label: string, outDir: string): void {
  console.log(`${label}: index size (files the search page can fetch)`);
  for (const [part, { bytes, files }] of Object.entries(indexSize(outDir))) console.log(`  ${part.padEnd(50)} ${String(bytes).padStart(10)} bytes in ${files} file(s)`);
}

function printMachine(): void {
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${CHROMIUM} on localhost`,
  );
}

/** Build and measure the real regulations plus synthetic copies, `count` regulations in all. */
async function measureSynthetic(tmp: string, count: number): Promise<void> {
  const content = path.join(tmp, 'content');
  cpSync(CONTENT_DIR, content, { recursive: true });
  const realIndex = JSON.parse(readFileSync(path.join(tmp, 'gen-real/corpus.json'), 'utf8')) as { regulations: Array<{ stats: { articles: number } }> };
  const realArticles = realIndex.regulations.reduce((n, r) => n + r.stats.articles, 0);
  const articles = realArticles + writeSyntheticSiteCorpus(CONTENT_DIR, content, count - realIndex.regulations.length);
  const synOut = path.join(tmp, 'dist-syn');
  const s2 = buildSite({ content, generated: path.join(tmp, 'gen-syn'), outDir: synOut });
  console.log(`synthetic corpus (${count} regulations, ${articles} articles): built with Pagefind in ${s2.toFixed(1)} s`);
  printIndex(`synthetic corpus (${count})`, synOut);
  await measure(`synthetic corpus (${count})`, synOut);
}

await runMain(async () => {
  // BENCH_SITE=dir: measure a site built before (e.g. the 2,000-regulation one, half an hour to build) as it is
  const built = process.env['BENCH_SITE'];
  if (built) {
    const label = `site ${built}`;
    printIndex(label, built);
    await measure(label, path.resolve(built));
    printMachine();
    return EXIT.ok;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-search-'));
  try {
    const realOut = path.join(tmp, 'dist-real');
    const s1 = buildSite({ generated: path.join(tmp, 'gen-real'), outDir: realOut });
    console.log(`real corpus: built with Pagefind in ${s1.toFixed(1)} s`);
    printIndex('real corpus', realOut);
    await measure('real corpus', realOut);

    // the five real regulations plus synthetic copies (the site's own pages may cite the real ids)
    const count = Number(process.env['BENCH_REGULATIONS'] ?? 200);
    if (count > 0) await measureSynthetic(tmp, count);
    printMachine();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return EXIT.ok;
});

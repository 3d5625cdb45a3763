// `npm run bench:pages [-- --size N]`: issue 18, goal 2 — which pages of the site change when one regulation is added.
// The synthetic site corpus of `bench:site` with N regulations (default 60, enough that an article page counts the
// regulations it has no counterpart in rather than naming them) is built with an alignment state
// (DUIZHAO_ALIGN_STATE), then a regulation on a subject none of them regulates (scripts/lib/unrelated-regulation:
// dog keeping) is added and the site built again from that state, as an incremental build would. The two sites are
// compared file by file and the result printed by kind of page: what an incremental page build would have to write
// again. Prints figures; asserts nothing. Takes about four minutes at 60.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_DIR, ROOT } from '../src/data/paths-fs.ts';
import { writeSyntheticSiteCorpus } from './lib/synthetic-site-corpus.ts';
import { buildSiteOrThrow } from './lib/site-build.ts';
import { EXIT, runMain } from './lib/cli.ts';

const UNRELATED = path.join(ROOT, 'scripts/lib/unrelated-regulation');
const UNRELATED_ID = 'syn-zz-dogs';

/** Every file under `dir`, by path relative to it. */
function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = path.posix.join(rel, e.name);
    return e.isDirectory() ? files(dir, r) : [r];
  });
}

/** The kind of page a site path is, by its route (ids, numbers and versions replaced by their parameter names). */
function pageKind(rel: string): string {
  return rel
    .replace(/^regulations\/[^/]+\/[^/]+\/index\.html$/, 'regulations/[id]/[article]/')
    .replace(/^regulations\/[^/]+\/(index\.html|fulltext\.json)$/, 'regulations/[id]/$1')
    .replace(/^compare\/[^/]+\/superior\/index\.html$/, 'compare/[a]/superior/')
    .replace(/^compare\/(?!table\/)[^/]+\/[^/]+\/index\.html$/, 'compare/[a]/[b]/')
    .replace(/^compare\/table\/[^/]+\.json$/, 'compare/table/[id].json')
    .replace(/^(topics|actors|lessons)\/[^/]+\/index\.html$/, '$1/[name]/')
    .replace(/^handout\/data\/[^/]+\.json$/, 'handout/data/[id].json')
    .replace(/^data\/akn\/[^/]+\.xml$/, 'data/akn/[name].xml')
    .replace(/^data\/duizhao-[^/]+$/, 'data/[download]')
    .replace(/^_astro\/.+$/, '_astro/[asset]');
}

await runMain(() => {
  const at = process.argv.indexOf('--size');
  const size = at >= 0 ? Number(process.argv[at + 1]) : 60;
  if (!Number.isInteger(size) || size < 2) throw new Error(`--size: expected a whole number of regulations from 2, found ${process.argv[at + 1]}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-pages-'));
  try {
    const content = path.join(tmp, 'content');
    writeSyntheticSiteCorpus(CONTENT_DIR, content, size);
    const state = path.join(tmp, 'state');
    const build = (label: string, outDir: string) => {
      const generated = path.join(tmp, `gen-${path.basename(outDir)}`);
      const { seconds } = buildSiteOrThrow({ content, generated, outDir, steps: ['data', 'astro'], env: { DUIZHAO_ALIGN_STATE: state } });
      console.log(`${label}: data ${seconds.data?.toFixed(1)} s, Astro ${seconds.astro?.toFixed(1)} s`);
    };
    const before = path.join(tmp, 'dist-before');
    const after = path.join(tmp, 'dist-after');
    build(`${size} regulations`, before);
    mkdirSync(path.join(content, UNRELATED_ID));
    cpSync(UNRELATED, path.join(content, UNRELATED_ID), { recursive: true });
    build(`${size} + 1 (${UNRELATED_ID}, aligned from the state)`, after);

    const old = new Set(files(before));
    const now = new Set(files(after));
    const byKind = new Map<string, { same: number; changed: number; added: number; removed: number }>();
    const count = (rel: string, what: 'same' | 'changed' | 'added' | 'removed') => {
      const k = pageKind(rel);
      const c = byKind.get(k) ?? { same: 0, changed: 0, added: 0, removed: 0 };
      c[what]++;
      byKind.set(k, c);
    };
    for (const rel of now) {
      if (!old.has(rel)) count(rel, 'added');
      else count(rel, readFileSync(path.join(before, rel)).equals(readFileSync(path.join(after, rel))) ? 'same' : 'changed');
    }
    for (const rel of old) if (!now.has(rel)) count(rel, 'removed');
    console.log(`\nfiles by kind (same / changed / added / removed) after adding one unrelated regulation to ${size}:`);
    const total = { same: 0, changed: 0, added: 0, removed: 0 };
    for (const [k, c] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
      console.log(`  ${k}: ${c.same} / ${c.changed} / ${c.added} / ${c.removed}`);
      for (const w of ['same', 'changed', 'added', 'removed'] as const) total[w] += c[w];
    }
    console.log(`  all files: ${total.same} / ${total.changed} / ${total.added} / ${total.removed}`);
    const html = [...byKind].filter(([k]) => k.endsWith('/') || k.endsWith('.html'));
    const written = html.reduce((n, [, c]) => n + c.changed + c.added, 0);
    const pages = html.reduce((n, [, c]) => n + c.same + c.changed + c.added, 0);
    console.log(`  HTML pages to write again or anew: ${written} of ${pages} (${((100 * written) / pages).toFixed(1)}%)`);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return EXIT.ok;
});

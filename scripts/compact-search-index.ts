// After `pagefind --site dist`: give every indexed page a short id, so the meta file every first search downloads
// shrinks (src/lib/search/pagefind-compact.ts says why and how). Usage: node scripts/compact-search-index.ts [dist]
// Safe to stop at any point: the renamed fragments are linked beside the old ones, the new meta file is written under a
// new name, and only then does pagefind-entry.json point at it and the old files go (a run stopped after that leaves
// them unreferenced, nothing broken). Run twice, it does nothing.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COMPACT_MARK, compactPageIds, metaTag } from '../src/lib/search/pagefind-compact.ts';
import type { PagefindEntry } from '../src/lib/search/preload.ts';
import { ROOT } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** A hard link when the file system has them (no bytes copied for tens of thousands of files), a copy otherwise. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
    copyFileSync(from, to);
  }
}

/** Compact one language's index; returns its new meta hash, the meta file's size before and after, and the old ids. */
function compactLanguage(pagefind: string, hash: string): { hash: string; before: number; after: number; oldIds: string[] } {
  const metaFile = path.join(pagefind, `pagefind.${hash}.pf_meta`);
  const compressed = readFileSync(metaFile);
  const { meta, renames } = compactPageIds(gunzipSync(compressed), metaTag(hash), path.relative(ROOT, metaFile));
  const fragment = (id: string) => path.join(pagefind, 'fragment', `${id}.pf_fragment`);
  mkdirSync(path.join(pagefind, 'fragment', metaTag(hash)), { recursive: true });
  for (const { from, to } of renames) {
    const target = fragment(to);
    // a leftover link from a run that was stopped is replaced, never trusted
    rmSync(target, { force: true });
    linkOrCopy(fragment(from), target);
  }
  const newHash = `${hash}${COMPACT_MARK}`;
  const packed = gzipSync(meta, { level: 9 });
  writeFileSync(path.join(pagefind, `pagefind.${newHash}.pf_meta`), packed);
  return { hash: newHash, before: compressed.length, after: packed.length, oldIds: renames.map((r) => r.from) };
}

/** The old files of a compacted language: its meta file and the fragments under their old names. */
function removeOld(pagefind: string, hash: string, oldIds: string[]): void {
  rmSync(path.join(pagefind, `pagefind.${hash}.pf_meta`));
  for (const id of oldIds) rmSync(path.join(pagefind, 'fragment', `${id}.pf_fragment`), { force: true });
}

await runMain(() => {
  const dist = path.resolve(ROOT, process.argv[2] ?? 'dist');
  const pagefind = path.join(dist, 'pagefind');
  const entryFile = path.join(pagefind, 'pagefind-entry.json');
  if (!existsSync(entryFile) || !statSync(entryFile).isFile()) {
    console.error(`${path.relative(ROOT, entryFile)}：找不到 Pagefind 的索引入口文件（先运行 Pagefind）`);
    return EXIT.usage;
  }
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  const done: Array<{ lang: string; hash: string; ids: string[] }> = [];
  for (const [lang, info] of Object.entries(entry.languages)) {
    if (info.hash.endsWith(COMPACT_MARK)) {
      console.log(`${lang}: page ids already short`);
      continue;
    }
    const r = compactLanguage(pagefind, info.hash);
    console.log(`${lang}: ${r.oldIds.length} pages get short ids; meta file ${r.before} → ${r.after} bytes`);
    done.push({ lang, hash: info.hash, ids: r.oldIds });
    info.hash = r.hash;
  }
  if (done.length === 0) return EXIT.ok;
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const { hash, ids } of done) removeOld(pagefind, hash, ids);
  return EXIT.ok;
});

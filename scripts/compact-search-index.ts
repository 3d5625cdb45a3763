// After `pagefind --site dist`: rewrite the index so that the meta file every first search downloads compresses
// (src/lib/search/pagefind-compact.ts says why and how). Usage: node scripts/compact-search-index.ts [dist]
// Safe to stop at any point: the new files are written beside the old ones (fragments as hard links) and the new meta
// file under a new name; only then does pagefind-entry.json point at it and the old files go (a run stopped after that
// leaves them unreferenced, nothing broken). Run twice, it does nothing.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COMPACT_MARK, compactIndex, metaTag, type CompactedIndex } from '../src/lib/search/pagefind-compact.ts';
import type { PagefindEntry } from '../src/lib/search/preload.ts';
import { ROOT } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** The file of an index part under its id. */
const fileOf = (pagefind: string, dir: 'fragment' | 'index' | 'filter', id: string) => path.join(pagefind, dir, `${id}.pf_${dir}`);

/** A hard link when the file system has them (no bytes copied for tens of thousands of files), a copy otherwise. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
    copyFileSync(from, to);
  }
}

/** Compress a file as Pagefind does (gzip); level 9 because the meta file is downloaded by every first search. */
const pack = (content: Uint8Array) => gzipSync(content, { level: 9 });

/** Write the new files of a compacted language beside the old ones; the meta file last, under its new name. */
function writeNew(pagefind: string, tag: string, newHash: string, c: CompactedIndex): void {
  for (const dir of ['fragment', 'index', 'filter'] as const) mkdirSync(path.join(pagefind, dir, tag), { recursive: true });
  for (const { from, to } of c.fragments) {
    const target = fileOf(pagefind, 'fragment', to);
    // a leftover link from a run that was stopped is replaced, never trusted
    rmSync(target, { force: true });
    linkOrCopy(fileOf(pagefind, 'fragment', from), target);
  }
  for (const { to, content } of c.chunks) writeFileSync(fileOf(pagefind, 'index', to), pack(content!));
  for (const { to, content } of c.filters) writeFileSync(fileOf(pagefind, 'filter', to), pack(content!));
  writeFileSync(path.join(pagefind, `pagefind.${newHash}.pf_meta`), pack(c.meta));
}

/** Remove a compacted language's old files: its meta file and every part under its old id. */
function removeOld(pagefind: string, hash: string, c: CompactedIndex): void {
  rmSync(path.join(pagefind, `pagefind.${hash}.pf_meta`));
  for (const { from } of c.fragments) rmSync(fileOf(pagefind, 'fragment', from), { force: true });
  for (const { from } of c.chunks) rmSync(fileOf(pagefind, 'index', from), { force: true });
  for (const { from } of c.filters) rmSync(fileOf(pagefind, 'filter', from), { force: true });
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
  const done: Array<{ hash: string; compacted: CompactedIndex }> = [];
  for (const [lang, info] of Object.entries(entry.languages)) {
    if (info.hash.endsWith(COMPACT_MARK)) {
      console.log(`${lang}: index already compacted`);
      continue;
    }
    const metaFile = path.join(pagefind, `pagefind.${info.hash}.pf_meta`);
    const before = statSync(metaFile).size;
    const read = (kind: 'index' | 'filter', id: string) => gunzipSync(readFileSync(fileOf(pagefind, kind, id)));
    const compacted = compactIndex(gunzipSync(readFileSync(metaFile)), read, metaTag(info.hash), path.relative(ROOT, metaFile));
    const newHash = `${info.hash}${COMPACT_MARK}`;
    writeNew(pagefind, metaTag(info.hash), newHash, compacted);
    const after = statSync(path.join(pagefind, `pagefind.${newHash}.pf_meta`)).size;
    console.log(`${lang}: ${compacted.fragments.length} pages in order of word count, short ids; meta file ${before} → ${after} bytes`);
    const shift = compacted.averageShift;
    // over 2^24 words in all, Pagefind's float sum of the word counts depends on the page order (pagefind-compact.ts)
    if (shift) console.log(`${lang}: average page length as Pagefind sums it: ${shift.before} → ${shift.after} (every score moves by about as much)`);
    done.push({ hash: info.hash, compacted });
    info.hash = newHash;
  }
  if (done.length === 0) return EXIT.ok;
  writeFileSync(entryFile, JSON.stringify(entry));
  for (const { hash, compacted } of done) removeOld(pagefind, hash, compacted);
  return EXIT.ok;
});

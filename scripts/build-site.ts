// `npm run build`: the data, astro build, the Pagefind index and the search page's preloads (scripts/lib/site-build.ts),
// all into .dist-building/, which replaces dist/ only when every step succeeded. A failed build leaves the previous
// dist/ as it was (exit 1).
// Sharded (README, "Building in shards"), after `npm run build:data` once for the whole corpus:
//   npm run build -- --shard corpus|k/n --out <dir>     one shard's pages (Astro only), on any machine
//   npm run build -- --merge <dir> <dir> … [--out dist]  the shards merged, then Pagefind over all of them
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DIST_DIR, ROOT } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';
import { buildSite, type SiteBuildOptions } from './lib/site-build.ts';

const USAGE = 'usage: npm run build [-- --shard corpus|k/n --out <dir> | -- --merge <shard dir>… [--out <dir>]]';

await runMain(() => {
  const { values, positionals } = parseArgs({ options: { shard: { type: 'string' }, merge: { type: 'boolean' }, out: { type: 'string' } }, allowPositionals: true });
  if ((values.shard !== undefined && (values.merge || values.out === undefined)) || positionals.length > 0 !== Boolean(values.merge)) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const outDir = path.resolve(ROOT, values.out ?? DIST_DIR);
  const opts: SiteBuildOptions = { swap: true, stdio: 'inherit', outDir };
  if (values.shard !== undefined) opts.shard = values.shard;
  if (values.merge) opts.merge = positionals.map((p) => path.resolve(ROOT, p));
  const { failed } = buildSite(opts);
  const where = path.relative(ROOT, outDir) || outDir;
  if (failed) {
    console.error(`\n网站构建失败（${failed} 一步出错，见上）：${where}/ 保持原样，没有留下不完整的网站。`);
    return EXIT.inputErrors;
  }
  console.log(`网站构建完成 → ${where}/`);
  return EXIT.ok;
});

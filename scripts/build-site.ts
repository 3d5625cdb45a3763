// `npm run build`: astro build, the Pagefind index and the search page's preloads, all into .dist-building/, which
// replaces dist/ only when every step succeeded. A failed build leaves the previous dist/ as it was (exit 1).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { EXIT, runMain } from './lib/cli.ts';
import { buildAndSwap } from './lib/build-swap.ts';
import { DIST_DIR, ROOT } from '../src/data/paths-fs.ts';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status === 0;

await runMain(() => {
  const dist = DIST_DIR;
  const building = path.join(ROOT, '.dist-building');
  const rel = path.relative(ROOT, building);
  const failed = buildAndSwap(dist, building, [
    { name: 'astro build', run: () => run('npx', ['astro', 'build', '--outDir', rel]) },
    { name: 'pagefind', run: () => run('npx', ['pagefind', '--site', rel]) },
    { name: 'search-preload', run: () => run(process.execPath, ['scripts/search-preload.ts', rel]) },
  ]);
  if (failed) {
    console.error(`\n网站构建失败（${failed} 一步出错，见上）：dist/ 保持原样，没有留下不完整的网站。`);
    return EXIT.inputErrors;
  }
  console.log('网站构建完成 → dist/');
  return EXIT.ok;
});

// `npm run build`: the data, astro build, the Pagefind index and the search page's preloads (scripts/lib/site-build.ts),
// all into .dist-building/, which replaces dist/ only when every step succeeded. A failed build leaves the previous
// dist/ as it was (exit 1).
import { EXIT, runMain } from './lib/cli.ts';
import { buildSite } from './lib/site-build.ts';

await runMain(() => {
  const { failed } = buildSite({ swap: true, stdio: 'inherit' });
  if (failed) {
    console.error(`\n网站构建失败（${failed} 一步出错，见上）：dist/ 保持原样，没有留下不完整的网站。`);
    return EXIT.inputErrors;
  }
  console.log('网站构建完成 → dist/');
  return EXIT.ok;
});

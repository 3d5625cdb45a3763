// After `pagefind --site dist`: write the names of Pagefind's start-up files into the search page's preload
// links (see src/lib/search/preload.ts). Usage: node scripts/search-preload.ts [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { injectPreloads, PRELOAD_PLACEHOLDER, startupFiles, type PagefindEntry } from '../src/lib/search/preload.ts';
import { ROOT } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';

await runMain(() => {
  const dist = path.resolve(ROOT, process.argv[2] ?? 'dist');
  const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const page = path.join(dist, 'search/index.html');
  const html = readFileSync(page, 'utf8');
  const name = path.relative(ROOT, page);
  const files = startupFiles(entry);
  if (!files) {
    // the page still works: the placeholder preloads the entry file and Pagefind fetches the rest itself
    console.warn(`${name}: multilingual Pagefind index, start-up files left to Pagefind (placeholder kept)`);
  } else if (html.includes(`href="${files.entry}"`)) {
    console.log(`${name}: already preloads this index's start-up files`);
  } else if (!PRELOAD_PLACEHOLDER.test(html)) {
    console.error(`${name}: neither the preload placeholder nor this index's preloads found (was the page built from an older index?)`);
    return EXIT.inputErrors;
  } else {
    writeFileSync(page, injectPreloads(html, entry));
    console.log(`${name}: preloads Pagefind's start-up files`);
  }
  return EXIT.ok;
});

// After `pagefind --site dist`: write the names of Pagefind's start-up files into the search page's preload
// links (see src/lib/search/preload.ts). Usage: node scripts/search-preload.ts [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { injectPreloads, PRELOAD_PLACEHOLDER, type PagefindEntry } from '../src/lib/search/preload.ts';
import { ROOT } from './lib/paths.ts';

const dist = path.resolve(ROOT, process.argv[2] ?? 'dist');
const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
const page = path.join(dist, 'search/index.html');
const html = readFileSync(page, 'utf8');
const out = injectPreloads(html, entry);
if (out === html) {
  console.error(`${path.relative(ROOT, page)}: no preload placeholder replaced (${PRELOAD_PLACEHOLDER.test(html) ? 'multilingual index' : 'placeholder missing'})`);
  process.exit(1);
}
writeFileSync(page, out);
console.log(`${path.relative(ROOT, page)}: preloads Pagefind's start-up files`);

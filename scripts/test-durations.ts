// `npm run test:durations`: after a full `npm test`, copy the seconds each test file took from vitest's results cache
// into tests/durations.json, the order a clean clone starts the files in (tests/sequencer.ts). Prints how many files
// and their seconds in all.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** The part of vitest's results cache read here: per project, per file, the duration in milliseconds. */
const ResultsCache = z.object({ projects: z.record(z.string(), z.object({ files: z.record(z.string(), z.object({ duration: z.number() })) })) });

const CACHE = path.join(ROOT, 'node_modules/.vite/vitest');
const OUT = path.join(ROOT, 'tests/durations.json');

await runMain(() => {
  // vitest keeps one folder per configuration hash: the newest is the run just made
  const caches = readdirSync(CACHE, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(CACHE, e.name, 'results.json'))
    .filter((f) => statSync(f, { throwIfNoEntry: false }))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (caches.length === 0) {
    console.error(`${path.relative(ROOT, CACHE)}: no results cache; run npm test first`);
    return EXIT.inputErrors;
  }
  const cache = ResultsCache.parse(JSON.parse(readFileSync(caches[0]!, 'utf8')));
  const seconds: Record<string, number> = {};
  for (const { files } of Object.values(cache.projects)) for (const [file, r] of Object.entries(files)) seconds[file] = Math.round(r.duration / 100) / 10;
  const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(OUT, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(
    `${path.relative(ROOT, OUT)}: ${Object.keys(sorted).length} files, ${Object.values(sorted)
      .reduce((s, x) => s + x, 0)
      .toFixed(0)} s in all`,
  );
  return EXIT.ok;
});

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { DurationHintSequencer } from './tests/sequencer.ts';

/** Files that run a whole Astro build of a temporary corpus: Astro keeps caches under the project root, so two at once could trip over each other. */
const BUILDS = ['tests/unit/remark-lesson-build.test.ts', 'tests/browser/new-regulation.test.ts', 'tests/browser/site-shards.test.ts'];

export default defineConfig({
  test: {
    // Node imports the test files itself: no test mocks modules, and Vite's module runner made the alignment
    // quality report about 4× slower (compare-alignment.test.ts 26 s against 7 s).
    experimental: { viteModuleRunner: false, nodeLoader: false },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A loaded CI machine answers later than a quiet laptop: polls wait for what should happen for up to 10 s
    // (they still fail if it never happens).
    expect: { poll: { timeout: 10_000 } },
    // longest files first, also on a clean clone without vitest's cache of earlier runs (tests/sequencer.ts)
    sequence: { sequencer: DurationHintSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['tests/unit/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          exclude: BUILDS,
          // One file per CPU: every browser file serves dist/ on its own random port with its own Chromium, and
          // temporary corpora and LibreOffice profiles live in their own temp folders, so files share nothing
          // writable. Unit files are light; browser files wait on Chromium and LibreOffice, which overlaps well.
          maxWorkers: Math.max(2, Number(process.env.VT_W ?? 1) * availableParallelism()),
          // Files share their worker's module cache: each browser file would otherwise import playwright-core
          // again (about 1 CPU-s). No test changes process.env, mocks a module or fakes timers, so nothing
          // leaks between files. Import time was 11% of a 521 s run, 2% of a 500 s run with this (one run each).
          // VT_ISOLATE=1 restores a fresh worker per file.
          isolate: process.env.VT_ISOLATE === '1',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: BUILDS,
          // one Astro build at a time, after the parallel group (vitest runs a group of one worker after the others
          // whatever its order, so the builds cannot overlap the parallel files without two builds at once)
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

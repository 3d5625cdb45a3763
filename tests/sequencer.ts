// The order vitest starts the test files in. Its own sequencer runs the longest files first by the durations it
// cached from earlier runs (node_modules/.vite/vitest), and by file size when it has none, as on a clean clone in CI:
// there the longest file (search-recall, most of it waiting out the search page's typing pause) started late and ran
// alone at the end (vitest 175 s from a clean clone against 146 s with the cache, same files). The committed
// durations in tests/durations.json stand in for the cache where it has no entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each test file took in a full run, by path from the project root (`npm run test:durations` writes it). */
const DURATION_HINTS: Readonly<Record<string, number>> = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8'));

/** The duration given to a file neither vitest's cache nor the hints know: longer than any. */
const UNKNOWN = 1e9;

/** Vitest's order (group, project, isolated first, failed first, longest first), the committed durations where it cached none. */
export class DurationHintSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const known = new Map(
      files.map((spec) => {
        const cached = this.ctx.cache.getTestSpecificationResult(spec);
        // a file with neither (new since the hints were written) goes first, as vitest runs unknown files first
        const seconds = cached ? cached.duration / 1000 : (DURATION_HINTS[path.relative(root, spec.moduleId).split(path.sep).join('/')] ?? UNKNOWN);
        return [spec, { failed: cached?.failed ?? false, seconds }];
      }),
    );
    return [...files].sort((a, b) => {
      const ga = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (ga !== 0) return ga;
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      if (a.project.config.isolate !== b.project.config.isolate) return a.project.config.isolate ? -1 : 1;
      const ka = known.get(a)!;
      const kb = known.get(b)!;
      if (ka.failed !== kb.failed) return ka.failed ? -1 : 1;
      return kb.seconds - ka.seconds || (a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0);
    });
  }
}

// The order a clean clone starts the test files in (tests/sequencer.ts): vitest's cached durations where it has
// them, the committed hints where it has none, files neither knows first, and the build group after the others.
import path from 'node:path';
import type { TestSpecification } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { DurationHintSequencer } from '../sequencer.ts';

const ROOT = '/repo';
type Fake = { moduleId: string; project: { name: string; config: { isolate: boolean; sequence: { groupOrder: number } } } };
const spec = (file: string, project = 'parallel', groupOrder = 0, isolate = false): Fake => ({
  moduleId: path.join(ROOT, file),
  project: { name: project, config: { isolate, sequence: { groupOrder } } },
});

/** The files in the order the sequencer gives them, with vitest's cache holding `cached` (ms) and `failed`. */
async function order(files: Fake[], cached: Record<string, { duration: number; failed?: boolean }> = {}): Promise<string[]> {
  const ctx = {
    config: { root: ROOT },
    cache: { getTestSpecificationResult: (s: Fake) => cached[path.relative(ROOT, s.moduleId)] },
  };
  const sequencer = new DurationHintSequencer(ctx as never);
  const sorted = await sequencer.sort(files as unknown as TestSpecification[]);
  return (sorted as unknown as Fake[]).map((s) => path.relative(ROOT, s.moduleId));
}

describe('test file order', () => {
  it('starts the longest files first by the committed hints when vitest has cached nothing (a clean clone)', async () => {
    // tests/durations.json: search-recall and draft are among the longest browser files, links among the shortest
    const files = [spec('tests/browser/links.test.ts'), spec('tests/browser/search-recall.test.ts'), spec('tests/browser/draft.test.ts')];
    const got = await order(files);
    expect(got.at(-1)).toBe('tests/browser/links.test.ts');
    expect(got.slice(0, 2).sort()).toEqual(['tests/browser/draft.test.ts', 'tests/browser/search-recall.test.ts']);
  });

  it("prefers vitest's cache to the hints, runs failed files first, and a file neither knows before all others", async () => {
    const files = [spec('tests/browser/draft.test.ts'), spec('tests/browser/links.test.ts'), spec('tests/unit/brand-new.test.ts'), spec('tests/browser/search.test.ts')];
    const cached = { 'tests/browser/links.test.ts': { duration: 900_000 }, 'tests/browser/search.test.ts': { duration: 1, failed: true } };
    expect(await order(files, cached)).toEqual(['tests/browser/search.test.ts', 'tests/unit/brand-new.test.ts', 'tests/browser/links.test.ts', 'tests/browser/draft.test.ts']);
  });

  it('keeps the build group after the parallel group, however long its files', async () => {
    const files = [spec('tests/browser/site-shards.test.ts', 'builds', 1, true), spec('tests/browser/links.test.ts')];
    expect(await order(files, { 'tests/browser/site-shards.test.ts': { duration: 1e7 } })).toEqual(['tests/browser/links.test.ts', 'tests/browser/site-shards.test.ts']);
  });
});

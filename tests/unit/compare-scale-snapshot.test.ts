// The real corpus's alignment and groups as the site ships them (with the build's labels as evidence), unchanged by
// the performance work of issue 18 (national scale).
// The claim to check is "identical to before", so this is the one place where a snapshot of program output is
// right: tests/fixtures/alignment/real-corpus-hashes.json holds SHA-256 digests of the six regulations' links and
// of the groups of every choice of two or more of them, produced by the code before the optimisations. A
// deliberate change of the method (features, weights, thresholds, grouping rule) changes them legitimately:
// regenerate with `UPDATE_ALIGNMENT_SNAPSHOT=1 npx vitest run tests/unit/compare-scale-snapshot.test.ts` and say
// in the commit which change moved them. A performance change must never need that.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../scripts/lib/alignment-labels-fs.ts';
import { BUILD_LABELS_DIR } from '../../src/data/paths-fs.ts';
import { alignCorpus } from '../../src/lib/compare/align-corpus.ts';
import { groupProvisions } from '../../src/lib/compare/groups.ts';
import { ROOT } from '../helpers/corpus.ts';
import { loadRegulations } from './compare-labels.ts';

const FILE = path.join(ROOT, 'tests/fixtures/alignment/real-corpus-hashes.json');
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** Every choice of two or more of the ids, in a fixed order. */
function choices(ids: string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const pick = ids.filter((_, i) => mask & (1 << i));
    if (pick.length >= 2) out.push(pick);
  }
  return out;
}

/** Link count, the links' digest and each choice's group digest. */
function snapshot(): { links: number; linksSha256: string; groupsSha256: Record<string, string> } {
  const regulations = loadRegulations();
  const alignment = alignCorpus(regulations, { reference: buildLabels(regulations, BUILD_LABELS_DIR).reference! });
  const ids = alignment.regulations.map((r) => r.id);
  const groupsSha256: Record<string, string> = {};
  for (const pick of choices(ids)) groupsSha256[pick.join(',')] = digest(groupProvisions(alignment, pick));
  return { links: alignment.links.length, linksSha256: digest({ regulations: alignment.regulations, links: alignment.links }), groupsSha256 };
}

describe('the real corpus, before and after the scale work', () => {
  it('aligns and groups the six regulations exactly as the recorded digests say', () => {
    const now = snapshot();
    if (process.env['UPDATE_ALIGNMENT_SNAPSHOT']) writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(FILE, 'utf8'));
    expect(now.links).toBe(recorded.links);
    expect(now.linksSha256).toBe(recorded.linksSha256);
    expect(now.groupsSha256).toEqual(recorded.groupsSha256);
  }, 120_000);
});

// Build a site into a temporary folder and put it in place of the old one only when every step succeeded: a failed
// build (a character the XML writer refuses, a crash half-way) never leaves half a site in dist/.
import { existsSync, renameSync, rmSync } from 'node:fs';

/** One build step run on the temporary folder; false when it failed. */
export type BuildStep = { name: string; run: (dir: string) => boolean };

/**
 * Run `steps` on `building`, then swap it in for `target`. On failure `building` is removed, `target` is untouched
 * and the failed step's name is returned; on success null.
 */
export function buildAndSwap(target: string, building: string, steps: readonly BuildStep[]): string | null {
  rmSync(building, { recursive: true, force: true });
  for (const step of steps) {
    if (!step.run(building)) {
      rmSync(building, { recursive: true, force: true });
      return step.name;
    }
  }
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(building, target);
  rmSync(old, { recursive: true, force: true });
  return null;
}

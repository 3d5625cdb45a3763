// The accessibility check every page test makes: axe-core in the page, serious and critical violations only.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * An axe-core run on the page as it is now, configured for speed with the same findings. Legacy mode runs
 * `axe.run` in the page itself: the default mode finishes every run in a new blank page, which cost 3–5× the CPU
 * (3.4 against 0.6 CPU-seconds on /regulations/suzhou/, measured) and the site has no frames that would need it.
 * Only violations are serialised; passes and incomplete checks are not read by any test.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/**
 * Ids of the serious and critical axe-core violations on the page as it is now (empty when it passes), and of
 * any violation of the rules named in `also` whatever axe rates it (landmark-unique is only "moderate").
 */
export async function seriousViolations(page: Page, also: readonly string[] = []): Promise<string[]> {
  const results = await axe(page).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id)).map((v) => `${v.id} (${v.impact}) ${v.nodes.length}×`);
}

// The accessibility check every page test makes: axe-core in the page, serious and critical violations only.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Ids of the serious and critical axe-core violations on the page as it is now (empty when it passes), and of
 * any violation of the rules named in `also` whatever axe rates it (landmark-unique is only "moderate").
 */
export async function seriousViolations(page: Page, also: readonly string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || also.includes(v.id)).map((v) => `${v.id} (${v.impact}) ${v.nodes.length}×`);
}

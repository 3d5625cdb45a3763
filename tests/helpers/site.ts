import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { ROOT } from './corpus.ts';
import { serveStatic } from './static-server.ts';
import { DIST_DIR } from '../../src/data/paths-fs.ts';

/** The built site (npm test builds it before vitest runs). */
export const DIST = DIST_DIR;
/** Where screenshots go: a test artifact, not committed. */
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
/**
 * Whether this run saves screenshots for a person to look at (`SCREENSHOTS=1 npm test`). They assert nothing, and a
 * full-page capture of a long page costs Chromium about 0.6 CPU-seconds, so the default run does not take them.
 */
export const SAVE_SCREENSHOTS = process.env['SCREENSHOTS'] === '1';

/** Save a screenshot of the page (or of one element) as test-results/screenshots/<name>.png when SCREENSHOTS=1. */
export async function saveScreenshot(target: Page | Locator, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  if (!SAVE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await ('goto' in target ? target.screenshot({ path: file, fullPage: opts.fullPage ?? false }) : target.screenshot({ path: file }));
}

/** Start the static server over dist/ and a Chromium; returns helpers and a close function. */
export async function openSite(): Promise<{
  base: string;
  browser: Browser;
  context: (opts?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
  requests: string[];
  close: () => Promise<void>;
}> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  return {
    base: server.url,
    browser,
    requests: server.requests,
    context: (opts) => browser.newContext({ locale: 'zh-CN', ...opts }),
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

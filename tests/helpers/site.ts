import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { ROOT } from './corpus.ts';
import { serveStatic } from './static-server.ts';
import { DIST_DIR } from '../../src/data/paths-fs.ts';

/** The built site (npm test builds it before vitest runs). */
export const DIST = DIST_DIR;
/** Where screenshots go: a test artifact, not committed. */
export const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

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

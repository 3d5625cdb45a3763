import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/** Options of a new context. */
type ContextOptions = Parameters<Browser['newContext']>[0];
/** Context options a page of the shared context can take: the rest (no JavaScript, a touch screen…) need a context of their own. */
const SHARED_KEYS: ReadonlySet<string> = new Set(['viewport', 'permissions', 'acceptDownloads']);

/**
 * Fresh pages for the tests of one file, in one browser context that stays open. A new context costs Chromium a
 * new renderer process; a new page in a context that already shows a page of the site reuses that page's process.
 * Measured on the 2-vCPU machine (a page of the site, then closed): 1.70 CPU-s in a new context, 0.89 in the open
 * one. What the context would carry from one test into the next is reset when a test asks for its first page: the
 * earlier tests' pages are closed, and cookies, granted permissions and the site's localStorage (the handout
 * basket's only store) are cleared. Two pages asked for by one test share their storage, as two tabs would.
 */
function pagePool(newContext: (opts?: ContextOptions) => Promise<BrowserContext>, base: string): { page: (opts?: ContextOptions) => Promise<Page> } {
  let shared: Promise<{ context: BrowserContext; keeper: Page }> | null = null;
  let owner: string | undefined;
  // pages and contexts handed out, with the test that asked for them (undefined: a beforeAll hook; kept open)
  const handedOut: Array<{ test: string | undefined; close: () => Promise<void> }> = [];
  const open = async () => {
    const context = await newContext({ acceptDownloads: true });
    const keeper = await context.newPage();
    // a small document of the site keeps a renderer process of the site alive for the pages to come
    await keeper.goto(`${base}/favicon.svg`);
    return { context, keeper };
  };
  const startTest = async (test: string | undefined) => {
    if (test === undefined || test === owner) return;
    owner = test;
    for (const item of handedOut.splice(0).filter((x) => x.test !== undefined && x.test !== test)) await item.close();
    if (!shared) return;
    const { context, keeper } = await shared;
    await context.clearCookies();
    await context.clearPermissions();
    await keeper.evaluate(() => localStorage.clear());
  };
  return {
    page: async (opts = {}) => {
      const test = expect.getState().currentTestName;
      await startTest(test);
      if (Object.keys(opts).some((k) => !SHARED_KEYS.has(k))) {
        const own = await newContext(opts);
        handedOut.push({ test, close: () => own.close() });
        return own.newPage();
      }
      shared ??= open();
      const { context } = await shared;
      if (opts.permissions) await context.grantPermissions(opts.permissions, { origin: base });
      const page = await context.newPage();
      if (opts.viewport) await page.setViewportSize(opts.viewport);
      handedOut.push({ test, close: () => page.close() });
      return page;
    },
  };
}

/**
 * The worker's Chromium. Files of the parallel group share their worker's modules (`isolate: false` in
 * vitest.config.ts), so one browser serves every file a worker runs: a file gets only contexts of its own and closes
 * them all, which leaves nothing behind (each context is a separate off-the-record profile: cookies, storage and HTTP
 * cache are its own). A launch and close costs Chromium about 0.2 CPU-s. Playwright closes the browser when the worker
 * exits. A browser that went away (a crash) is launched again for the next file.
 */
let workerBrowser: Promise<Browser> | null = null;
async function sharedBrowser(): Promise<Browser> {
  const current = workerBrowser && (await workerBrowser.catch(() => null));
  if (current?.isConnected()) return current;
  workerBrowser = launchChromium();
  return workerBrowser;
}

/** Start the static server over dist/ and take the worker's Chromium; returns helpers and a close function. */
export async function openSite(): Promise<{
  base: string;
  browser: Browser;
  /** A new context of its own (for tests that route or watch requests at context level); closed with the site. */
  context: (opts?: ContextOptions) => Promise<BrowserContext>;
  /** A fresh page for this test, in the file's shared context where the options allow (see pagePool). */
  page: (opts?: ContextOptions) => Promise<Page>;
  requests: string[];
  close: () => Promise<void>;
}> {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const server = await serveStatic(DIST);
  const browser = await sharedBrowser();
  const contexts: BrowserContext[] = [];
  const context = async (opts?: ContextOptions) => {
    const made = await browser.newContext({ locale: 'zh-CN', ...opts });
    contexts.push(made);
    return made;
  };
  const pool = pagePool(context, server.url);
  return {
    base: server.url,
    browser,
    requests: server.requests,
    context,
    page: pool.page,
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
      await server.close();
    },
  };
}

import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium; tests never download a browser of their own. The default is Debian's `chromium-headless-shell`
 * (the old headless shell built from the same Chromium source, what Playwright itself runs for headless tests): the
 * whole suite costs about a fifth less CPU than under the full browser's headless mode (README, "Tests"). The full
 * browser (`/usr/bin/chromium`) is used where the shell is not installed, or named with CHROMIUM_PATH.
 */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium-headless-shell';

/** Launch headless Debian Chromium with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium-headless-shell and fonts-noto-cjk (apt-get install chromium-headless-shell fonts-noto-cjk), as .ci/run does, or name a Chromium with CHROMIUM_PATH`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// `npm run bench:draft`: load /draft/ and check a 60-article draft in headless Chromium (Debian's), timing
// from the click to the finished report, including the first download of the corpus data. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { intToCn } from '../src/lib/parse/numerals.ts';
import { CHROMIUM, launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { CONTENT_DIR, DIST_DIR } from '../src/data/paths-fs.ts';
import { EXIT, runMain } from './lib/cli.ts';

/** A 60-article draft made of real articles from the corpus, renumbered (第一条 … 第六十条). */
function sixtyArticleDraft(): string {
  const bodies: string[] = [];
  for (const id of ['suzhou', 'haidong', 'shanxi']) {
    const text = readFileSync(path.join(CONTENT_DIR, id, 'text.txt'), 'utf8').replace(/\[bookmark:[^\]]*\]/g, '');
    for (const block of text.split(/\n(?=\s*第[一二三四五六七八九十百]+条　)/).slice(1))
      bodies.push(
        block
          .replace(/^\s*第[一二三四五六七八九十百]+条　/, '')
          .split(/\n\s*第[一二三四五六七八九十]+章/)[0]!
          .trim(),
      );
  }
  return ['某市平安建设条例（草案）', ...bodies.slice(0, 60).map((b, i) => `第${intToCn(i + 1)}条　${b}`)].join('\n');
}

await runMain(async () => {
  const draft = sixtyArticleDraft();
  const server = await serveStatic(DIST_DIR);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${server.url}/draft/`);
      await page.fill('#draft-text', draft);
      const t0 = Date.now();
      await page.click('#draft-check');
      await page.waitForSelector('#draft-report[data-ready="true"]');
      times.push(Date.now() - t0);
      if (run === 0) console.log(`draft: ${draft.length} characters; report: ${await page.locator('#report-articles .draft-article').count()} articles`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const bytes = readFileSync(path.join(DIST_DIR, 'draft/corpus.json')).length;
  console.log(`corpus data /draft/corpus.json: ${bytes} bytes`);
  console.log(`load + check of a 60-article draft (fresh page each run, corpus data fetched each time): ${times.join(', ')} ms; median ${sorted[2]} ms (target < 2000 ms)`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium ${CHROMIUM}`);
  return EXIT.ok;
});

// `npm run bench:site`: how long the whole site takes to build, for the real corpus and a synthetic one
// of 220 regulations (~10,000 article pages), and how heavy the pages are. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXIT, runMain } from './lib/cli.ts';
import { ROOT } from './lib/paths.ts';
import { writeSyntheticSiteCorpus } from './lib/synthetic-site-corpus.ts';

const npx = (args: string[], env: Record<string, string>) =>
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });

function buildSite(label: string, env: Record<string, string>, outDir: string): { seconds: number; pages: number } {
  const t0 = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  npx(['build', '--outDir', outDir], env);
  const seconds = (performance.now() - t0) / 1000;
  const pages = countHtml(outDir);
  console.log(`${label}: ${pages} pages in ${seconds.toFixed(1)} s → ${(pages / seconds).toFixed(0)} pages/s`);
  return { seconds, pages };
}

function countHtml(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countHtml(path.join(dir, e.name));
    else if (e.name.endsWith('.html')) n++;
  }
  return n;
}

function largest(dir: string, re: RegExp): { file: string; bytes: number } {
  let best = { file: '', bytes: 0 };
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(path.relative(dir, p)) && statSync(p).size > best.bytes) best = { file: path.relative(dir, p), bytes: statSync(p).size };
    }
  };
  walk(dir);
  return best;
}

await runMain(() => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-site-'));
  try {
    const realOut = path.join(tmp, 'dist-real');
    buildSite('real corpus (5 regulations)', { DUIZHAO_GENERATED: path.join(tmp, 'gen-real') }, realOut);
    const art = largest(realOut, /^regulations\/[^/]+\/[^/]+\/index\.html$/);
    const reg = largest(realOut, /^regulations\/[^/]+\/index\.html$/);
    console.log(`largest article page: ${art.file} ${art.bytes} bytes; largest regulation page: ${reg.file} ${reg.bytes} bytes`);
    const html = readFileSync(path.join(realOut, 'regulations/suzhou/24/index.html'), 'utf8');
    // the page's module scripts and every chunk they import statically (dynamic imports load on demand only)
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    for (let i = 0; i < scripts.length; i++) {
      const code = readFileSync(path.join(realOut, scripts[i]!), 'utf8');
      for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w{},*\s]+from\s*)?["'](\.\/[^"']+)["']/g)) {
        const dep = path.posix.join(path.posix.dirname(scripts[i]!), m[1]!);
        if (!scripts.includes(dep)) scripts.push(dep);
      }
    }
    const jsBytes = scripts.reduce((n, s) => n + statSync(path.join(realOut, s)).size, 0);
    console.log(`JS on a reading page (/regulations/suzhou/24/): ${jsBytes} bytes in ${scripts.length} file(s): ${scripts.join(', ')}`);

    const count = Number(process.env['BENCH_REGULATIONS'] ?? 220);
    const content = path.join(tmp, 'content');
    const articles = writeSyntheticSiteCorpus(path.join(ROOT, 'content/regulations'), content, count);
    console.log(`synthetic corpus: ${count} regulations, ${articles} articles`);
    buildSite(`synthetic corpus (${count} regulations)`, { DUIZHAO_CONTENT: content, DUIZHAO_GENERATED: path.join(tmp, 'gen-syn') }, path.join(tmp, 'dist-syn'));
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return EXIT.ok;
});

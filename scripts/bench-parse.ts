// `npm run bench:parse [-- --sizes 25,50 | --sample word|bookmark|national|markdown | --adversarial 2.5,5,10,20]`: parse a synthetic corpus recombined from content/regulations/*/text.txt
// on one core and report throughput and memory. Each corpus size is measured in a fresh child process (so one
// size's peak cannot hide in another's), then a single-text scaling check shows the cost per article stays flat.
//
// The synthetic texts reuse the real articles' own lines (items inline or on their own lines, wrapped paragraphs,
// mid-line bookmarks) reshuffled and renumbered, in the five file families of FORMATS.md (documentation-site markdown included); every synthetic text
// must parse without an error, or the benchmark fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { intToCn } from '../src/lib/parse/numerals.ts';
import { parseRegulation, type ParseResult } from '../src/lib/parse/parse-regulation.ts';
import { Writable } from 'node:stream';
import { HOSTILE_SHAPES, hostileText } from '../tests/helpers/hostile-inputs.ts';
import { EXIT, runMain, writeJsonStream } from './lib/cli.ts';
import { CONTENT_DIR } from '../src/data/paths-fs.ts';
import { printDiagnostics } from './lib/report.ts';
import { seededRandom } from './lib/seeded-random.ts';

const MB = 1024 * 1024;

/** One article of a real text: its first line without the label, and any following lines, as written. */
interface Block {
  rest: string;
  more: string[];
}

/** Cut every real text into article blocks and collect its chapter names. */
function readPool(): { blocks: Block[]; chapterNames: string[] } {
  const blocks: Block[] = [];
  const chapterNames = new Set<string>();
  for (const id of readdirSync(CONTENT_DIR).sort()) {
    const file = path.join(CONTENT_DIR, id, 'text.txt');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { regulation } = parseRegulation(text, file);
    const lines = text.split(/\r\n|\n|\r/);
    const starts = [...regulation.articles.map((a) => a.pos.line), ...regulation.divisions.map((d) => d.pos.line)].sort((a, b) => a - b);
    for (const d of regulation.divisions) if (d.kind === 'chapter') chapterNames.add(d.rawName);
    for (const a of regulation.articles) {
      const end = starts.find((l) => l > a.pos.line) ?? lines.length + 1;
      const own = lines.slice(a.pos.line - 1, end - 1).filter((l) => l.trim() !== '');
      const rest = own[0]!.replace(/^[\s\u3000]*(?:\[bookmark:[^\]]*\])?第[^条]{1,8}条[\s\u3000]*/, '');
      blocks.push({ rest, more: own.slice(1) });
    }
  }
  return { blocks, chapterNames: [...chapterNames] };
}

type Family = 'word' | 'bookmark' | 'national' | 'markdown' | 'docs';
const FAMILIES: Family[] = ['word', 'bookmark', 'national', 'markdown', 'docs'];

/** One synthetic regulation of `count` articles in one family; chapters every 8–15 articles. */
function synthesize(k: number, count: number, family: Family, pool: ReturnType<typeof readPool>, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const title = `合成第${k}号平安建设条例`;
  const chapters: Array<{ name: string; blocks: Block[] }> = [];
  for (let n = 0; n < count; ) {
    const size = Math.min(count - n, 8 + Math.floor(rnd() * 8));
    chapters.push({ name: pick(pool.chapterNames), blocks: Array.from({ length: size }, () => pick(pool.blocks)) });
    n += size;
  }
  const heading = (i: number, name: string) => `第${intToCn(i + 1)}章　${name}`;
  const out: string[] = [];
  if (family === 'markdown')
    out.push('---', `title: ${title}`, 'type: 地方性法规', '---', `# ${title}`, '', '2023年6月1日 合成市第一届人民代表大会常务委员会第五次会议通过', '', '<!-- INFO END -->', '');
  else if (family === 'national')
    out.push(
      '\ufeff',
      '',
      title,
      '',
      '（2023年6月1日合成市第一届人民代表大会常务委员会第五次会议通过　根据2024年3月1日合成市第一届人民代表大会常务委员会第九次会议第一次修正）',
      '',
      '目　　录',
      '',
      ...chapters.map((c, i) => heading(i, c.name)),
      '',
    );
  else if (family === 'docs')
    out.push('---', `title: ${title}`, '---', '', '[[toc]]', '', '::: tip 修订信息', '2023年6月1日合成市第一届人民代表大会常务委员会第五次会议通过', ':::', '');
  else out.push(title);
  let n = 0;
  chapters.forEach((c, i) => {
    if (family === 'docs') out.push(`## ${heading(i, c.name).replace('　', '&emsp;')}{align="center"}`, '');
    else out.push(family === 'markdown' ? `## ${heading(i, c.name)}` : family === 'bookmark' ? `[bookmark: ${heading(i, c.name)}]${heading(i, c.name)}` : heading(i, c.name));
    if (family === 'markdown') out.push('');
    for (const b of c.blocks) {
      n++;
      const label = `第${intToCn(n)}条`;
      // a valid cross-reference now and then, so reference resolution is part of the work measured
      const rest =
        n % 7 === 0 && b.rest.endsWith('。')
          ? `${b.rest}违反本条例第${intToCn(1 + Math.floor(rnd() * count))}条规定的，依照本条例第${intToCn(1 + Math.floor(rnd() * count))}条第一款处理。`
          : b.rest;
      if (family === 'markdown') out.push(`${label} ${rest}`, '', ...b.more.flatMap((l) => [l, '']));
      else if (family === 'docs') out.push(`<p id="t${n}">&emsp;&emsp;<b>${label}</b>&emsp;${rest}<br>`, ...b.more.map((l) => `&emsp;&emsp;${l}<br>`), '</p>', '');
      else if (family === 'national') out.push(`　　${label}　${rest}`, ...b.more.map((l) => `　　${l}`));
      else if (family === 'bookmark') out.push(`[bookmark: ${label}]${label}　${rest}`, ...b.more);
      else out.push(`${label}　${rest}`, ...b.more);
    }
  });
  const text = out.join(family === 'national' ? '\r\n' : '\n');
  return family === 'markdown' ? text : text + (family === 'national' ? '\r\n' : '\n');
}

/** Synthetic files (as UTF-8 bytes, the way the build reads them) until `targetBytes` is reached. */
function buildCorpus(targetBytes: number): Uint8Array[] {
  const pool = readPool();
  const rnd = seededRandom(20240901);
  const files: Uint8Array[] = [];
  let total = 0;
  for (let k = 1; total < targetBytes; k++) {
    const bytes = Buffer.from(synthesize(k, 60 + Math.floor(rnd() * 180), FAMILIES[k % FAMILIES.length]!, pool, rnd), 'utf8');
    files.push(bytes);
    total += bytes.length;
  }
  return files;
}

/** Everything one measurement reports. */
interface Measurement {
  sizeMB: number;
  files: number;
  articles: number;
  errors: number;
  parseSeconds: number;
  mbPerSecond: number;
  baseRssMB: number;
  peakRssMB: number;
  peakHeapMB: number;
  retainedHeapMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Parse a corpus of `sizeMB`, keeping every result (as the build does), sampling memory after every file. */
function measure(sizeMB: number): Measurement {
  const files = buildCorpus(sizeMB * MB);
  const bytes = files.reduce((n, f) => n + f.length, 0);
  gc?.();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const results: ParseResult[] = [];
  const started = performance.now();
  files.forEach((f, i) => {
    results.push(parseRegulation(f, `synthetic/${i + 1}.txt`));
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  });
  const seconds = (performance.now() - started) / 1000;
  gc?.();
  const retained = process.memoryUsage().heapUsed - base.heapUsed;
  const errors = results.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error'));
  for (const e of errors.slice(0, 5)) console.error(`${e.file}:${e.line}:${e.column} ${e.reason} [${e.ruleId}]`);
  return {
    sizeMB: bytes / MB,
    files: files.length,
    articles: results.reduce((n, r) => n + r.regulation.articles.length, 0),
    errors: errors.length,
    parseSeconds: seconds,
    mbPerSecond: bytes / MB / seconds,
    baseRssMB: base.rss / MB,
    peakRssMB: peakRss / MB,
    peakHeapMB: peakHeap / MB,
    retainedHeapMB: retained / MB,
  };
}

/** Microseconds per article for single texts of growing length: flat when nothing is quadratic. */
function scaling(): Array<{ articles: number; usPerArticle: number }> {
  const pool = readPool();
  return [500, 2000, 8000].map((count) => {
    const text = synthesize(0, count, 'word', pool, seededRandom(count));
    parseRegulation(text, 'warm-up.txt');
    const started = performance.now();
    const r = parseRegulation(text, `single-${count}.txt`);
    if (r.diagnostics.some((d) => d.severity === 'error')) throw new Error(`single text of ${count} articles has errors`);
    return { articles: count, usPerArticle: ((performance.now() - started) * 1000) / count };
  });
}

const fmt = (n: number, d = 1) => n.toFixed(d);

function runParent(sizes: number[]): void {
  console.log(`duizhao parser benchmark — Node ${process.version}, one core, synthetic corpus recombined from ${CONTENT_DIR}`);
  const rows: Measurement[] = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--child', String(size)], { encoding: 'utf8', maxBuffer: 16 * MB });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(1);
    }
    rows.push(JSON.parse(child.stdout) as Measurement);
  }
  for (const r of rows) {
    console.log(
      `\n${fmt(r.sizeMB)} MB: ${r.files} files, ${r.articles} articles, ${r.errors} errors\n` +
        `  parse time      ${fmt(r.parseSeconds, 2)} s  →  ${fmt(r.mbPerSecond)} MB/s\n` +
        `  rss             ${fmt(r.baseRssMB)} MB before parsing (corpus bytes in memory), peak ${fmt(r.peakRssMB)} MB\n` +
        `  heap            peak ${fmt(r.peakHeapMB)} MB, retained after GC ${fmt(r.retainedHeapMB)} MB (all results kept)\n` +
        `  per MB of input rss growth ${fmt((r.peakRssMB - r.baseRssMB) / r.sizeMB, 2)} MB, retained heap ${fmt(r.retainedHeapMB / r.sizeMB, 2)} MB`,
    );
  }
  console.log('\nsingle text, growing length (µs per article; flat means linear):');
  for (const s of scaling()) console.log(`  ${String(s.articles).padStart(5)} articles  ${fmt(s.usPerArticle, 1)} µs/article`);
  const slow = rows.filter((r) => r.mbPerSecond < 10);
  const bad = rows.filter((r) => r.errors > 0);
  if (bad.length) console.error('\nfailed: the synthetic corpus must parse without errors');
  if (slow.length) console.error('\nbelow target: 10 MB/s');
  process.exit(bad.length || slow.length ? 1 : 0);
}

/**
 * One adversarial shape at one size, the way `npm run parse` handles it: parse, print the diagnostics (into a counting
 * sink) and stream the JSON (into a counting sink). Seconds for each step.
 */
async function adversarial(shape: string, mb: number): Promise<{ n: number; parse: number; print: number; json: number; diagnostics: number }> {
  const { n, text } = hostileText(shape, mb * MB);
  const bytes = Buffer.from(text, 'utf8');
  let t = performance.now();
  const { regulation, diagnostics } = parseRegulation(bytes, `${shape}.txt`);
  const parse = (performance.now() - t) / 1000;
  t = performance.now();
  let printed = 0;
  printDiagnostics(diagnostics, (line) => (printed += line.length));
  const print = (performance.now() - t) / 1000;
  t = performance.now();
  await writeJsonStream(regulation, new Writable({ write: (_chunk, _enc, done) => done() }));
  return { n, parse, print, json: (performance.now() - t) / 1000, diagnostics: diagnostics.length };
}

/** Every adversarial shape at growing sizes, each in a fresh process; the total must stay under 10 s and grow linearly. */
function runAdversarial(sizes: number[]): void {
  console.log(`duizhao parser benchmark, adversarial shapes — Node ${process.version}; seconds for parse + print + JSON (npm run parse without the terminal)`);
  let failed = false;
  for (const shape of Object.keys(HOSTILE_SHAPES)) {
    console.log(`\n${shape}: ${HOSTILE_SHAPES[shape]!.what}`);
    let previous: number | null = null;
    for (const mb of sizes) {
      const child = spawnSync(process.execPath, [import.meta.filename, '--adversarial-child', shape, String(mb)], { encoding: 'utf8', maxBuffer: 16 * MB });
      if (child.status !== 0) {
        process.stderr.write(child.stderr);
        process.exit(1);
      }
      const r = JSON.parse(child.stdout) as Awaited<ReturnType<typeof adversarial>>;
      const total = r.parse + r.print + r.json;
      const growth = previous === null ? '' : `  ×${fmt(total / previous, 2)} for ×${fmt(mb / sizes[sizes.indexOf(mb) - 1]!, 1)} input`;
      console.log(
        `  ${fmt(mb).padStart(5)} MB  n=${String(r.n).padStart(8)}  parse ${fmt(r.parse, 2)} s  print ${fmt(r.print, 2)} s  json ${fmt(r.json, 2)} s  total ${fmt(total, 2)} s  (${r.diagnostics} diagnostics)${growth}`,
      );
      if (total > 10) failed = true;
      previous = total;
    }
  }
  if (failed) console.error('\nbelow target: every shape up to 20 MB parsed and reported in under 10 s');
  process.exit(failed ? 1 : 0);
}

await runMain(async () => {
  const advChildAt = process.argv.indexOf('--adversarial-child');
  const advAt = process.argv.indexOf('--adversarial');
  const childAt = process.argv.indexOf('--child');
  const sampleAt = process.argv.indexOf('--sample');
  if (advChildAt >= 0) {
    process.stdout.write(JSON.stringify(await adversarial(process.argv[advChildAt + 1]!, Number(process.argv[advChildAt + 2]))));
  } else if (advAt >= 0) {
    runAdversarial((process.argv[advAt + 1] ?? '2.5,5,10,20').split(',').map(Number));
  } else if (sampleAt >= 0) {
    // `--sample markdown`: print one short synthetic text of that family, to see what is being parsed
    process.stdout.write(synthesize(1, 12, (process.argv[sampleAt + 1] ?? 'word') as Family, readPool(), seededRandom(1)));
  } else if (childAt >= 0) {
    process.stdout.write(JSON.stringify(measure(Number(process.argv[childAt + 1]))));
  } else {
    const sizesAt = process.argv.indexOf('--sizes');
    runParent(sizesAt >= 0 ? process.argv[sizesAt + 1]!.split(',').map(Number) : [25, 50]);
  }
  return EXIT.ok;
});

// Preload links for Pagefind's start-up files, written into the search page after Pagefind has run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheTagFromHref, injectPreloads, type PagefindEntry } from '../../src/lib/search/preload.ts';
import { ROOT } from '../../src/data/paths-fs.ts';

const entry: PagefindEntry = { version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_dd8f18459ccf2', wasm: null, page_count: 231 } } };
const page =
  '<head><title>搜索</title><link rel="preload" href="/pagefind/pagefind-entry.json" as="fetch" crossorigin="anonymous" data-pagefind-preload="placeholder"><link rel="modulepreload" href="/pagefind/pagefind.js"></head>';

describe('search preloads', () => {
  it('replaces the placeholder with the entry (tagged with the index hash), meta and WebAssembly files', () => {
    const html = injectPreloads(page, entry);
    expect([...html.matchAll(/<link rel="preload" href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/pagefind/pagefind-entry.json?ts=zh-cn_dd8f18459ccf2',
      '/pagefind/pagefind.zh-cn_dd8f18459ccf2.pf_meta',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(html).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    // running the step twice changes nothing
    expect(injectPreloads(html, entry)).toBe(html);
  });

  it('uses the language WebAssembly file when Pagefind names one', () => {
    const html = injectPreloads(page, { ...entry, languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } });
    expect(html).toContain('href="/pagefind/wasm.en.pagefind"');
  });

  it('leaves a multilingual index to Pagefind', () => {
    const multi = { ...entry, languages: { ...entry.languages, en: { hash: 'en_1', wasm: 'en', page_count: 3 } } };
    expect(injectPreloads(page, multi)).toBe(page);
  });

  it('reads the cache tag back from the preloaded entry URL', () => {
    expect(cacheTagFromHref('http://127.0.0.1:4321/pagefind/pagefind-entry.json?ts=zh-cn_dd8f18459ccf2')).toBe('zh-cn_dd8f18459ccf2');
    expect(cacheTagFromHref('/pagefind/pagefind-entry.json')).toBeNull();
  });

  it('runs as a build step that can be repeated, and fails when the page has neither placeholder nor preloads', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'duizhao-preload-'));
    try {
      mkdirSync(path.join(dist, 'search'));
      mkdirSync(path.join(dist, 'pagefind'));
      writeFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify(entry));
      writeFileSync(path.join(dist, 'search/index.html'), page);
      const run = () => spawnSync(process.execPath, [path.join(ROOT, 'scripts/search-preload.ts'), dist], { encoding: 'utf8' });
      const first = run();
      expect(first.status).toBe(0);
      const written = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
      expect(written).toContain('pagefind.zh-cn_dd8f18459ccf2.pf_meta');
      const second = run();
      expect(second.status).toBe(0);
      expect(second.stdout).toContain('already');
      expect(readFileSync(path.join(dist, 'search/index.html'), 'utf8')).toBe(written);
      writeFileSync(path.join(dist, 'search/index.html'), '<head><title>搜索</title></head>');
      const third = run();
      expect(third.status).toBe(1);
      expect(third.stderr).toContain('neither the preload placeholder');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('ends with a Chinese message and exit code 2, not a stack trace, when the site has not been built', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'duizhao-preload-'));
    try {
      const r = spawnSync(process.execPath, [path.resolve('scripts/search-preload.ts'), dist], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('pagefind-entry.json：文件不存在');
      expect(r.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

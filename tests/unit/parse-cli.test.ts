// `npm run parse -- <file>` is `node scripts/parse.ts <file>`; process.execPath is the Node running vitest.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ParsedRegulationSchema } from '../../src/lib/schemas/regulation.ts';
import { fixturePath } from './parse-fixture-helpers.ts';
import { ROOT } from '../../src/data/paths-fs.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/parse.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run parse', () => {
  it('prints the regulation as JSON on stdout and exits 0 on a good file', () => {
    const r = run(fixturePath('missing-title'));
    expect(r.status).toBe(0);
    const reg = ParsedRegulationSchema.parse(JSON.parse(r.stdout));
    expect(reg.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(r.stderr).toBe('');
  });

  it('prints warnings on stderr and still exits 0', () => {
    const r = run(fixturePath('bookmark-artifacts'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles).toHaveLength(4);
    expect(r.stderr).toContain('tests/fixtures/parse/bookmark-artifacts/input.txt:2:1 warning 已移除文字处理软件书签：“[bookmark: 第一章 总则]” [removed-artifact]');
  });

  it('prints errors with file:line:col on stderr and exits 1 on a file with errors', () => {
    const r = run(fixturePath('invalid-article-gap'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).articles).toHaveLength(17);
    expect(r.stderr).toContain('tests/fixtures/parse/invalid-article-gap/input.txt:18:1 error 条号不连续：应为第十七条，实为第十八条 [article-sequence]');
    expect(r.stderr).toContain('    18 | 第十八条　本条例自2025年1月1日起施行。');
  });

  it('exits 1 on a GB18030 file and names the encoding', () => {
    const r = run(fixturePath('gbk-encoded'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('GB18030');
  });

  it('writes the whole JSON through a pipe whose reader is slow, beyond the 64 KB pipe buffer', () => {
    // the reader waits before reading, so the pipe fills and stdout drains only after the parse is done
    const file = 'content/regulations/xinjiang/text.txt';
    const r = spawnSync('sh', ['-c', `"${process.execPath}" scripts/parse.ts ${file} | (sleep 0.5; cat)`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(65536);
    const reg = ParsedRegulationSchema.parse(JSON.parse(r.stdout));
    expect(reg.articles.at(-1)!.label).toBe('第五十八条');
  });

  it('exits 2 with usage when no file is given, and when the file cannot be read', () => {
    expect(run().status).toBe(2);
    const missing = run('no/such/file.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/file.txt: error 无法读取文件');
  });
});

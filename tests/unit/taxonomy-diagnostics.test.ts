// A mistake in a reviewed vocabulary (content/taxonomy/*.yaml) is input error like a mistake in a text: the data
// build names the file, line and column in Chinese, exits non-zero and writes nothing — no zod stack trace.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../scripts/lib/load-taxonomy.ts';
import { CONTENT_DIR, ROOT, TAXONOMY_DIR } from '../../src/data/paths-fs.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the taxonomy with `edits` applied (file → [find, replace]). */
function brokenTaxonomy(edits: Record<string, [string, string]>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-taxonomy-'));
  temps.push(dir);
  cpSync(TAXONOMY_DIR, dir, { recursive: true });
  for (const [file, [find, replace]] of Object.entries(edits)) {
    const p = path.join(dir, file);
    const text = readFileSync(p, 'utf8');
    if (!text.includes(find)) throw new Error(`${file} 中没有 ${find}`);
    writeFileSync(p, text.replace(find, replace));
  }
  return dir;
}

/** 1-based line and column of the `nth` (0-based) occurrence of `needle` in a file of `dir`, read off the text. */
function placeOf(dir: string, file: string, needle: string, nth = 0): { line: number; column: number } {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i]!.indexOf(needle);
    if (col >= 0 && seen++ === nth) return { line: i + 1, column: col + 1 };
  }
  throw new Error(`${file} 中没有第 ${nth + 1} 个 ${needle}`);
}

const shown = (d: { file: string; line: number; column: number; ruleId: string; reason: string }) => `${path.basename(d.file)}:${d.line}:${d.column} [${d.ruleId}] ${d.reason}`;

describe('the taxonomy as input', () => {
  it('loads the reviewed vocabularies without a problem', () => {
    const t = loadTaxonomy();
    expect(t.diagnostics).toEqual([]);
    expect(t.vocab?.synonyms.entries.length).toBeGreaterThan(10);
  });

  it('places a reference to a missing group and a duplicate search term at their lines', () => {
    const dir = brokenTaxonomy({
      'topics.yaml': ['name: 平安建设组织协调机构及成员单位, group: organisation', 'name: 平安建设组织协调机构及成员单位, group: organizaton'],
      // 综治 is already the term of an earlier entry
      'synonyms.yaml': ['  - terms: [上访]', '  - terms: [综治]'],
    });
    const group = placeOf(dir, 'topics.yaml', 'group: organizaton');
    const term = placeOf(dir, 'synonyms.yaml', '  - terms: [综治]', 1);
    // the loader reports in the order it checks: duplicates (synonyms.yaml), then references (topics.yaml)
    expect(loadTaxonomy(dir, dir).diagnostics.map(shown)).toEqual([
      `synonyms.yaml:${term.line}:${term.column + '  - terms: ['.length} [taxonomy-duplicate] 检索词 重复：综治`,
      `topics.yaml:${group.line}:${group.column} [taxonomy-reference] coordination-body 的分组不存在：organizaton`,
    ]);
  });

  it('names a missing field at its entry instead of throwing', () => {
    const dir = brokenTaxonomy({ 'synonyms.yaml': ['    expand: [信访]\n    basis: "苏州 第十七条、昌吉 第十八条、海东 第十四条“信访”"\n', '    expand: [信访]\n'] });
    const entry = placeOf(dir, 'synonyms.yaml', 'terms: [上访]');
    // entries count from one, as a reader counts the list items of the file
    const n =
      readFileSync(path.join(dir, 'synonyms.yaml'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('  - terms:'))
        .findIndex((l) => l.includes('[上访]')) + 1;
    expect(loadTaxonomy(dir, dir).diagnostics.map(shown)).toEqual([
      `synonyms.yaml:${entry.line}:${entry.column} [taxonomy-schema] 词表格式错误：缺少必填字段 entries 第 ${n} 项.basis`,
    ]);
  });

  it('names a missing vocabulary file instead of failing on it', () => {
    const dir = brokenTaxonomy({});
    rmSync(path.join(dir, 'synonyms.yaml'));
    expect(loadTaxonomy(dir, dir).diagnostics.map(shown)).toEqual([
      'synonyms.yaml:1:1 [taxonomy-missing] 缺少词表文件 synonyms.yaml：词表目录中应有 modalities.yaml、actors.yaml、sanctions.yaml、timing.yaml、procedures.yaml、topics.yaml、topic-overrides.yaml、synonyms.yaml、matrix.yaml',
    ]);
  });

  it('refuses a misspelt field inside an entry, at its line', () => {
    // `exclude` is the field's name; a misspelling used to be dropped silently, and the topic lost its exclusions
    const dir = brokenTaxonomy({
      'topics.yaml': ['name: 网络安全与网络空间治理, group: key-fields, keywords:', 'name: 网络安全与网络空间治理, group: key-fields, excludes: [网格], keywords:'],
    });
    const place = placeOf(dir, 'topics.yaml', 'excludes: [网格]');
    const [d, ...rest] = loadTaxonomy(dir, dir).diagnostics;
    expect(rest).toEqual([]);
    expect(shown(d!)).toMatch(new RegExp(`^topics\\.yaml:${place.line}:${place.column} \\[taxonomy-schema\\] 词表格式错误：topics 第 \\d+ 项 中有未知字段 excludes$`));
  });

  it('makes the data build fail with file:line:col and write nothing on a YAML syntax error', () => {
    const dir = brokenTaxonomy({ 'actors.yaml': ['levels:', 'levels: [unclosed'] });
    const content = mkdtempSync(path.join(os.tmpdir(), 'duizhao-taxonomy-corpus-'));
    temps.push(content);
    cpSync(path.join(CONTENT_DIR, 'haidong'), path.join(content, 'haidong'), { recursive: true });
    const out = path.join(content, 'generated');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts')], {
        env: { ...process.env, DUIZHAO_CONTENT: content, DUIZHAO_GENERATED: out, DUIZHAO_TAXONOMY: dir },
        stdio: 'pipe',
      });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    // the unclosed list is reported on its line or where the next line shows it never closed — not at 1:1
    const broken = placeOf(dir, 'actors.yaml', 'levels: [unclosed').line;
    const at = /actors\.yaml:(\d+):\d+ error YAML 语法错误：.+\[taxonomy-yaml\]/.exec(stderr);
    expect(at).not.toBeNull();
    expect([broken, broken + 1]).toContain(Number(at![1]));
    expect(stderr).not.toContain('内部错误');
    expect(stderr).not.toContain('ZodError');
    expect(stderr).toContain('没有写出任何数据');
    expect(existsSync(path.join(out, 'corpus.json'))).toBe(false);
  });
});

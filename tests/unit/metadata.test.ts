// Metadata is checked against its schema and against what the text itself states.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus, loadMeta, loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp corpus holding copies of the named regulations, with `edit` applied to one meta.yaml. */
function tempCorpus(ids: string[], edit?: { id: string; replace: [string | RegExp, string] }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-meta-'));
  temps.push(dir);
  for (const id of ids) cpSync(path.join(CONTENT_DIR, id), path.join(dir, id), { recursive: true });
  if (edit) {
    const p = path.join(dir, edit.id, 'meta.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(edit.replace[0], edit.replace[1]));
  }
  return dir;
}
const errorsOf = (dir: string, id: string) => loadRegulation(path.join(dir, id), dir).diagnostics.filter((d) => d.severity === 'error');

describe('regulation metadata', () => {
  it('accepts the six corpus regulations', () => {
    const loaded = loadCorpus(CONTENT_DIR, ROOT);
    expect(loaded.map((l) => l.regulation?.meta.id)).toEqual(['changji', 'guangdong', 'haidong', 'shanxi', 'suzhou', 'xinjiang']);
    expect(loaded.flatMap((l) => l.diagnostics.filter((d) => d.severity === 'error'))).toEqual([]);
  });

  it('gives the levels, provinces and superior regulation of the corpus README', () => {
    const meta = Object.fromEntries(loadCorpus(CONTENT_DIR, ROOT).map((l) => [l.regulation!.meta.id, l.regulation!.meta]));
    expect(Object.fromEntries(Object.entries(meta).map(([id, m]) => [id, [m.level, m.province, m.superior ?? null]]))).toEqual({
      xinjiang: ['自治区', '新疆维吾尔自治区', null],
      changji: ['自治州', '新疆维吾尔自治区', 'xinjiang'],
      haidong: ['设区的市', '青海省', null],
      suzhou: ['设区的市', '江苏省', null],
      shanxi: ['省', '山西省', null],
      // shared/regulations/README.md: 广东省平安建设条例, 省 (province), Guangdong; the README names no superior
      guangdong: ['省', '广东省', null],
    });
    // titles: four from the texts' title lines (广东's is its markdown `# ` line), two (no title line) from the README
    expect(
      Object.values(meta)
        .map((m) => m.title)
        .sort(),
    ).toEqual(['山西省平安建设条例', '新疆维吾尔自治区平安建设条例', '昌吉回族自治州平安建设促进条例', '海东市平安建设条例', '苏州市平安建设条例', '广东省平安建设条例'].sort());
  });

  it('reports a schema failure with the file, the line of the field and what was expected', () => {
    const dir = tempCorpus(['haidong'], { id: 'haidong', replace: ['level: 设区的市', 'level: 地级市'] });
    const [e] = errorsOf(dir, 'haidong');
    expect(e).toMatchObject({ file: 'haidong/meta.yaml', line: 5, ruleId: 'meta-schema', severity: 'error' });
    expect(e!.reason).toContain('level');
    expect(e!.source).toBe('level: 地级市');
  });

  it('reports a YAML syntax error with its line', () => {
    const dir = tempCorpus(['haidong'], { id: 'haidong', replace: ['shortName: 海东', 'shortName: [海东'] });
    const lines = readFileSync(path.join(dir, 'haidong/meta.yaml'), 'utf8').split('\n');
    const broken = lines.findIndex((l) => l.includes('[海东')) + 1;
    const [e] = errorsOf(dir, 'haidong');
    expect(e).toMatchObject({ ruleId: 'meta-yaml', file: 'haidong/meta.yaml' });
    // the unclosed list is found on its own line or where the next key shows it never closed — not at 1:1
    expect([broken, broken + 1]).toContain(e!.line);
    expect(e!.source).toBe(lines[e!.line - 1]);
  });

  it('reports a title that contradicts the title line of the text', () => {
    const dir = tempCorpus(['shanxi'], { id: 'shanxi', replace: ['title: 山西省平安建设条例', 'title: 山西省平安建设促进条例'] });
    expect(errorsOf(dir, 'shanxi')).toEqual([
      expect.objectContaining({ ruleId: 'meta-title', line: 1, column: 2, reason: '元数据与正文不符：正文标题为“山西省平安建设条例”，元数据 title 为“山西省平安建设促进条例”' }),
    ]);
  });

  it('reports a date in force that contradicts 自…起施行', () => {
    const dir = tempCorpus(['suzhou'], { id: 'suzhou', replace: ['effective: 2023-01-01', 'effective: 2023-02-01'] });
    expect(errorsOf(dir, 'suzhou')).toEqual([
      expect.objectContaining({ ruleId: 'meta-effective', reason: '元数据与正文不符：正文施行日期为 2023-01-01，元数据 effective 为 2023-02-01' }),
    ]);
  });

  it('reports an adoption date and body that contradict the adoption note', () => {
    const dir = tempCorpus(['shanxi'], { id: 'shanxi', replace: ['adoptedOn: 2023-07-29', 'adoptedOn: 2023-07-30'] });
    expect(errorsOf(dir, 'shanxi').map((e) => e.ruleId)).toEqual(['meta-adopted-on']);
  });

  it('reports repeals missing from the metadata', () => {
    const dir = tempCorpus(['xinjiang'], { id: 'xinjiang', replace: [/repeals:\n {2}- 新疆维吾尔自治区社会治安综合治理条例\n/, ''] });
    expect(errorsOf(dir, 'xinjiang')).toEqual([
      expect.objectContaining({ ruleId: 'meta-repeals', reason: '元数据与正文不符：正文废止 《新疆维吾尔自治区社会治安综合治理条例》，元数据 repeals 为 （无）' }),
    ]);
  });

  it('requires a named source for a title the text does not state', () => {
    const dir = tempCorpus(['suzhou'], { id: 'suzhou', replace: [/ {2}title: .*\n/, ''] });
    expect(errorsOf(dir, 'suzhou').map((e) => e.ruleId)).toEqual(['meta-title-source']);
  });

  it('requires a named source for a 批准机关, 公布日期, 制定机关 or legislative form', () => {
    const dir = tempCorpus(['haidong'], {
      id: 'haidong',
      replace: ['effective: 2024-10-01', 'effective: 2024-10-01\napprovedBy: 青海省人民代表大会常务委员会\npromulgatedOn: 2024-08-01'],
    });
    expect(errorsOf(dir, 'haidong').map((e) => e.reason)).toEqual([
      '元数据 approvedBy 须在 sources.approvedBy 中注明来源（正文或具名资料的出处）',
      '元数据 promulgatedOn 须在 sources.promulgatedOn 中注明来源（正文或具名资料的出处）',
    ]);
  });

  it('reports a superior regulation that is not in the corpus', () => {
    const dir = tempCorpus(['changji']);
    const loaded = loadCorpus(dir, dir);
    expect(loaded[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ ruleId: 'meta-superior' })]);
  });

  it('loadMeta refuses unknown fields (strict schema)', () => {
    const dir = tempCorpus(['haidong'], { id: 'haidong', replace: ['shortName: 海东', 'shortName: 海东\nmayor: 某某'] });
    const { meta, diagnostics } = loadMeta(path.join(dir, 'haidong/meta.yaml'), 'haidong/meta.yaml');
    expect(meta).toBeNull();
    expect(diagnostics[0]!.reason).toContain('mayor');
  });
});

/** Write a meta.yaml snippet to a temp folder and load it. */
function loadSnippet(yaml: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-meta-'));
  temps.push(dir);
  writeFileSync(path.join(dir, 'meta.yaml'), yaml);
  return loadMeta(path.join(dir, 'meta.yaml'), 'haidong/meta.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.reason}`);
}

describe('meta.yaml schema errors in Chinese at the key', () => {
  // a draft written by `npm run add` with its TODO lines half filled in
  const draft = (lines: string[]) => `${lines.join('\n')}\n`;

  it('points at an empty field left from a TODO line', () => {
    expect(
      loadSnippet(draft(['id: haidong', 'title: 海东市平安建设条例', 'shortName:', 'jurisdiction: 海东市', 'level: 设区的市', 'province: 青海省', 'effective: 2024-10-01'])),
    ).toEqual(['3:1 元数据格式错误：shortName（简称） 为空：应填写文字']);
  });

  it('points at a misspelt field instead of saying at 1:1 that the right one is missing', () => {
    expect(
      loadSnippet(draft(['id: haidong', 'title: 海东市平安建设条例', 'shortName: 海东', 'jurisdiction: 海东市', 'level: 设区的市', 'province: 青海省', 'efective: 2024-10-01'])),
    ).toEqual(['7:1 元数据格式错误：未知字段 efective：是否应为 effective（施行日期）？（缺少必填字段 effective）']);
  });

  it('reports a field missing altogether at the top of the file', () => {
    expect(loadSnippet(draft(['id: haidong', 'shortName: 海东', 'jurisdiction: 海东市', 'level: 设区的市', 'province: 青海省', 'effective: 2024-10-01']))).toEqual([
      '1:1 元数据格式错误：缺少必填字段 title（标题）',
    ]);
  });

  it('points at a nested key and a list item, with what was expected', () => {
    const yaml = draft([
      'id: haidong',
      'title: 海东市平安建设条例',
      'shortName: 海东',
      'jurisdiction: 海东市',
      'level: 地级市',
      'province: 青海省',
      'effective: 2024年10月1日',
      'repeals:',
      '  - 2017',
      'sources:',
      '  level: 语料说明 shared/regulations/README.md',
      '  province: 63',
    ]);
    expect(loadSnippet(yaml)).toEqual([
      '5:1 元数据格式错误：level（层级） 的值 “地级市” 不在允许范围内：应为 省、自治区、直辖市、自治州、设区的市、自治县、经济特区 之一',
      '7:1 元数据格式错误：effective（施行日期） 的值 “2024年10月1日” 格式不对：日期应为 YYYY-MM-DD',
      '9:5 元数据格式错误：repeals 第 1 项（废止） 应为文字，实为数字 2017',
      '12:3 元数据格式错误：sources.province（资料来源） 应为文字，实为数字 63',
    ]);
  });
});

describe('the data build', () => {
  it('fails with a non-zero exit, prints file:line:col, and publishes nothing when one text has an error', () => {
    const dir = tempCorpus(['haidong', 'suzhou']);
    const p = path.join(dir, 'suzhou/text.txt');
    // delete 第十七条 of suzhou: an article gap
    writeFileSync(p, readFileSync(p, 'utf8').replace(/\[bookmark: 第十七条\]第十七条　[^\n]*\n/, ''));
    const out = path.join(dir, 'generated');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts')], { env: { ...process.env, DUIZHAO_CONTENT: dir, DUIZHAO_GENERATED: out }, stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/suzhou\/text\.txt:\d+:\d+ error 条号不连续：应为第十七条，实为第十八条 \[article-sequence\]/);
    expect(stderr).toContain('没有写出任何数据');
    expect(existsSync(path.join(out, 'corpus.json'))).toBe(false);
  });
});

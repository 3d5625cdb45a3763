// `npm run add -- <file>` is `node scripts/add.ts <file>`; run it with the Node running vitest into a temp corpus.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { parseDocument } from 'yaml';
import { changelogAdvice } from '../../scripts/lib/changelog-entry.ts';
import { loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { parseChangelog } from '../../src/lib/export/changelog.ts';
import { corpusVersion } from '../../src/lib/export/version.ts';
import type { RegulationMeta } from '../../src/lib/schemas/metadata.ts';
import { jurisdictionHint, yamlScalar } from '../../src/lib/export/meta-draft.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const SIXTH = path.join(ROOT, 'tests/fixtures/site/sixth-regulation/text.md');
let tmp: string;
let content: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-add-'));
  content = path.join(tmp, 'regulations');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/add.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUIZHAO_CONTENT: content } });

/** Fill the commented TODO lines of a draft the way a person would: uncomment and give each a value. */
function fill(yaml: string, values: Record<string, string>, sources: Record<string, string>): string {
  return yaml
    .split('\n')
    .map((line) => {
      const field = /^# (\w+): {2}# /.exec(line)?.[1];
      if (field && field in values) return `${field}: ${values[field]}`;
      const source = /^ {2}# (\w+): {2}# TODO/.exec(line)?.[1];
      if (source && source in sources) return `  ${source}: ${sources[source]}`;
      return line;
    })
    .join('\n');
}

describe('npm run add', () => {
  it('copies a markdown text byte for byte to text.md and drafts meta.yaml with what the text states', () => {
    const r = run(SIXTH, '--id', 'shili');
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(content, 'shili')).sort()).toEqual(['meta.yaml', 'text.md']);
    expect(readFileSync(path.join(content, 'shili/text.md')).equals(readFileSync(SIXTH))).toBe(true);
    expect(readFileSync(path.join(content, 'shili/meta.yaml'), 'utf8')).toBe(`# 元数据草稿：由 npm run add 根据 text.md 生成。字段含义见 src/lib/schemas/metadata.ts。
# 已填写的字段取自正文（构建时会再与正文核对）。标 TODO 的字段正文没有写明：填写后去掉行首的“# ”，
# 并在 sources 中写明每个这类字段的出处（例如公告、官方网站的名称和日期）。
id: shili
title: 示例市平安建设条例  # 正文第 5 行（标题行）
# shortName:  # TODO 简称，用于表格和列标题，如“苏州”
# jurisdiction:  # TODO 制定地区全称，如“苏州市”（由标题推测为“示例市”，请核对）
# level:  # TODO 层级，只能是：省、自治区、直辖市、自治州、设区的市、自治县、经济特区
# province:  # TODO 所属省级行政区（省级法规即其本身），如“江苏省”；正文的批准机关为“示例省第十届人民代表大会常务委员会第九次会议”
# superior:  # （可选）上位法在语料中的 id，如 xinjiang
adoptedBy: 示例市第一届人民代表大会常务委员会第五次会议  # 正文第 7 行（题注）
adoptedOn: 2025-03-01  # 正文第 7 行（题注）
effective: 2025-07-01  # 正文第六条
repeals: []  # 正文没有写明废止其他法规
sources:
  # level:  # TODO level 的出处
  # province:  # TODO province 的出处
`);
  });

  it('prints a checklist in Chinese naming each stated fact and each field to fill', () => {
    const r = run(SIXTH, '--id', 'shili');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('解析结果：2 章，6 条，8 款，3 项；没有警告。');
    expect(r.stdout).toContain('       title      示例市平安建设条例　见正文第 5 行（标题行）');
    expect(r.stdout).toContain('       effective  2025-07-01　见正文第六条');
    expect(r.stdout).toContain('  3. 填写 meta.yaml 中标 TODO 的字段：shortName、jurisdiction、level、province（superior 可选），去掉行首的“# ”。');
    expect(r.stdout).toContain('  4. 在 sources 中写明 level、province 的出处');
    expect(r.stdout).toContain('CHANGELOG.md');
  });

  it('writes a change-log entry for the new regulation above the newest one, under the corpus version with the draft', async () => {
    const log = path.join(tmp, 'CHANGELOG.md');
    writeFileSync(log, '# 语料变更记录\n\n说明。\n\n## vfb8ab5a8\n\n初始语料。\n');
    const r = run(SIXTH, '--id', 'shili');
    expect(r.status).toBe(0);
    const sha = createHash('sha256').update(readFileSync(SIXTH)).digest('hex');
    const draft = parseDocument(readFileSync(path.join(content, 'shili/meta.yaml'), 'utf8')).toJS() as RegulationMeta;
    const version = await corpusVersion([{ meta: draft, sourceSha256: sha }]);
    const written = readFileSync(log, 'utf8');
    expect(written).toBe(
      `# 语料变更记录\n\n说明。\n\n## v${version}\n\n增加《示例市平安建设条例》，id \`shili\`。正文由 npm run add 从 text.md 逐字节收入 \`${path.join(content, 'shili/text.md')}\`（SHA-256 ${sha.slice(0, 16)}…）。\n\n## vfb8ab5a8\n\n初始语料。\n`,
    );
    expect(parseChangelog(written).errors).toEqual([]);
    expect(r.stdout).toContain(`已在 ${log} 开头记下这次变更（## v${version}，按 meta.yaml 草稿计算）`);
    // once the TODOs are filled the version moves on, and the advice names the line to correct
    expect(changelogAdvice(written, version)).toBeNull();
    expect(changelogAdvice(written, '0123abcd')).toBe(
      `第 5 行“## v${version}”是 npm run add 按 meta.yaml 草稿记下的版本；填写元数据后语料版本变为 v0123abcd：把这一行改为“## v0123abcd”。`,
    );
    expect(changelogAdvice('# 语料变更记录\n\n## vfb8ab5a8\n\n初始语料。\n', '0123abcd')).toBe(
      '语料已变为 v0123abcd，变更记录还没有记下：在第 3 行“## vfb8ab5a8”之前加一行“## v0123abcd”，空一行后写明增加、修改或删除了哪些法规及原因。',
    );
  });

  it('leaves a folder that loads without errors once the TODOs are filled', () => {
    expect(run(SIXTH, '--id', 'shili').status).toBe(0);
    const metaPath = path.join(content, 'shili/meta.yaml');
    const draft = readFileSync(metaPath, 'utf8');
    // before: the build refuses the draft and names the missing fields
    const before = loadRegulation(path.join(content, 'shili'), tmp);
    expect(before.regulation).toBeNull();
    expect(before.diagnostics.map((d) => d.reason).join('\n')).toContain('shortName');
    writeFileSync(metaPath, fill(draft, { shortName: '示例', jurisdiction: '示例市', level: '设区的市', province: '示例省' }, { level: '测试', province: '测试' }));
    const after = loadRegulation(path.join(content, 'shili'), tmp);
    expect(after.diagnostics).toEqual([]);
    expect(after.regulation!.meta).toMatchObject({ id: 'shili', title: '示例市平安建设条例', adoptedOn: '2025-03-01', effective: '2025-07-01', repeals: [] });
  });

  it('asks for --id when the file name is not an ASCII id, and drafts a text without title or adoption note', () => {
    const src = path.join(tmp, '苏州市平安建设条例.txt');
    copyFileSync(path.join(CONTENT_DIR, 'suzhou/text.txt'), src);
    const refused = run(src);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('无法从文件名“苏州市平安建设条例.txt”得出 id');
    expect(refused.stderr).toContain('--id');
    expect(existsSync(content)).toBe(false);

    const r = run(src, '--id', 'suzhou');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('[removed-artifact]');
    expect(readFileSync(path.join(content, 'suzhou/text.txt')).equals(readFileSync(src))).toBe(true);
    const draft = readFileSync(path.join(content, 'suzhou/meta.yaml'), 'utf8');
    expect(draft).toContain('# title:  # TODO 正文没有标题行：填写法规全称，并在 sources.title 写明出处\n');
    expect(draft).toContain('# adoptedOn:  # （可选）');
    expect(draft).toContain('effective: 2023-01-01  # 正文第五十一条\n');
    expect(draft).toContain('  # title:  # TODO title 的出处\n');
    writeFileSync(
      path.join(content, 'suzhou/meta.yaml'),
      fill(
        draft,
        { title: '苏州市平安建设条例', shortName: '苏州', jurisdiction: '苏州市', level: '设区的市', province: '江苏省' },
        { level: '测试', province: '测试', title: '测试' },
      ),
    );
    expect(loadRegulation(path.join(content, 'suzhou'), tmp).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('fills repeals from the text', () => {
    const src = path.join(tmp, 'xinjiang.txt');
    copyFileSync(path.join(CONTENT_DIR, 'xinjiang/text.txt'), src);
    expect(run(src).status).toBe(0);
    expect(readFileSync(path.join(content, 'xinjiang/meta.yaml'), 'utf8')).toContain('repeals:\n  - 新疆维吾尔自治区社会治安综合治理条例  # 正文第五十八条\n');
  });

  it('prints parse errors, writes nothing and exits 1 when the text has errors', () => {
    const r = run(path.join(ROOT, 'tests/fixtures/parse/invalid-article-gap/input.txt'), '--id', 'gap');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error 条号不连续：应为第十七条，实为第十八条 [article-sequence]');
    expect(r.stderr).toContain('没有写入任何文件');
    expect(existsSync(path.join(content, 'gap'))).toBe(false);
  });

  it('refuses to overwrite an existing folder', () => {
    expect(run(SIXTH, '--id', 'shili').status).toBe(0);
    writeFileSync(path.join(content, 'shili/meta.yaml'), 'edited\n');
    const again = run(SIXTH, '--id', 'shili');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已经存在，没有改动任何文件');
    expect(readFileSync(path.join(content, 'shili/meta.yaml'), 'utf8')).toBe('edited\n');
  });

  it('exits 2 on bad usage, an unreadable file or an invalid id', () => {
    expect(run().status).toBe(2);
    expect(run().stderr).toContain('用法：npm run add -- <法规文本文件> [--id <英文 id>]');
    expect(run('no/such/file.txt', '--id', 'x').stderr).toContain('no/such/file.txt: error 无法读取文件');
    const bad = run(SIXTH, '--id', 'Shi Li');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--id Shi Li 不可用');
  });
});

describe('the metadata draft helpers', () => {
  it('quote YAML only when needed', () => {
    expect(yamlScalar('苏州市平安建设条例')).toBe('苏州市平安建设条例');
    expect(yamlScalar('2025-03-01')).toBe('2025-03-01');
    expect(yamlScalar('a: b')).toBe('"a: b"');
    expect(yamlScalar('123')).toBe('"123"');
    expect(yamlScalar('#1')).toBe('"#1"');
  });

  it('guess a jurisdiction from a title, for a comment only', () => {
    expect(jurisdictionHint('新疆维吾尔自治区平安建设条例')).toBe('新疆维吾尔自治区');
    expect(jurisdictionHint('昌吉回族自治州平安建设促进条例')).toBe('昌吉回族自治州');
    expect(jurisdictionHint('苏州市平安建设条例')).toBe('苏州市');
    expect(jurisdictionHint('平安建设条例')).toBeNull();
  });
});

// `npm run add` and `npm run parse` on what users download (FORMATS.md §3b): a Word document from the national
// database, a web page saved from a people's congress site (GB2312), and the formats that cannot be read. Each runs
// end to end into a temporary corpus. Expected texts were written by reading the fixtures in tests/fixtures/sources/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { ParsedRegulationSchema } from '../../src/lib/schemas/regulation.ts';
import { ROOT } from '../helpers/corpus.ts';

const SOURCES = path.join(ROOT, 'tests/fixtures/sources');
let tmp: string;
let content: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'duizhao-add-src-'));
  content = path.join(tmp, 'regulations');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DUIZHAO_CONTENT: content } });
const add = (...args: string[]) => node('scripts/add.ts', ...args);
const parse = (file: string) => node('scripts/parse.ts', file);
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Zip the parts of the fixture Word document (written by hand, as the national database lays one out). */
function writeDocx(to: string): Buffer {
  const dir = path.join(SOURCES, 'national-db-docx');
  const part = (p: string) => new Uint8Array(readFileSync(path.join(dir, p)));
  const bytes = Buffer.from(zipSync({ '[Content_Types].xml': part('[Content_Types].xml'), '_rels/.rels': part('_rels/.rels'), 'word/document.xml': part('word/document.xml') }));
  writeFileSync(to, bytes);
  return bytes;
}

describe('npm run add on a Word document (.docx)', () => {
  const TEXT = [
    '江州市物业管理条例',
    '',
    '（2022年8月30日江州市第十六届人民代表大会常务委员会第四次会议通过　2022年11月24日江西省第十三届人民代表大会常务委员会第四十二次会议批准）',
    '',
    '第一章　总　　则',
    '第一条　为了规范物业管理活动，维护业主、物业使用人和物业服务人的合法权益，营造和谐宜居的生活环境，制定本条例。',
    '第二条　业主大会应当履行下列职责：',
    '（一）制定和修改业主大会议事规则、管理规约；',
    '（二）选举业主委员会或者更换业主委员会委员；',
    '（三）选聘和解聘物业服务人。',
    '业主大会的决定，应当在物业管理区域内显著位置公告。',
    '第二章　附　　则',
    '第三条　本条例自2023年3月1日起施行。',
    '',
  ].join('\n');

  it('keeps the document as source.docx, writes its text to text.txt and how one came from the other', () => {
    const file = path.join(tmp, 'wuye.docx');
    const bytes = writeDocx(file);
    const r = add(file);
    expect(r.status).toBe(0);
    const dir = path.join(content, 'wuye');
    expect(readdirSync(dir).sort()).toEqual(['extraction.json', 'meta.yaml', 'source.docx', 'text.txt']);
    expect(readFileSync(path.join(dir, 'source.docx')).equals(bytes)).toBe(true);
    expect(readFileSync(path.join(dir, 'text.txt'), 'utf8')).toBe(TEXT);
    const extraction = JSON.parse(readFileSync(path.join(dir, 'extraction.json'), 'utf8'));
    expect(extraction).toMatchObject({ source: 'source.docx', sourceSha256: sha(bytes), text: 'text.txt', textSha256: sha(TEXT), omitted: [] });
    expect(extraction.method).toContain('word/document.xml');
    const meta = readFileSync(path.join(dir, 'meta.yaml'), 'utf8');
    expect(meta).toContain('title: 江州市物业管理条例  # 正文第 1 行（标题行）');
    expect(meta).toContain('adoptedOn: 2022-08-30');
    expect(meta).toContain('effective: 2023-03-01  # 正文第三条');
    expect(r.stderr).toContain(`注：${file} 是 Word 文档，已从中提取文字`);
    expect(r.stdout).toContain('解析结果：2 章，3 条，4 款，3 项');
    expect(r.stdout).toContain('source.docx 原件，逐字节复制');
  });

  it('leaves a folder whose text the build checks against the document', () => {
    const file = path.join(tmp, 'wuye.docx');
    writeDocx(file);
    expect(add(file).status).toBe(0);
    const dir = path.join(content, 'wuye');
    const extractionErrors = () =>
      loadRegulation(dir, tmp)
        .diagnostics.filter((d) => d.ruleId === 'extraction')
        .map((d) => d.reason);
    expect(extractionErrors()).toEqual([]);
    writeFileSync(path.join(dir, 'text.txt'), TEXT.replace('显著位置', '醒目位置'));
    expect(extractionErrors()).toEqual(['text.txt 与从 source.docx 提取出的文字不一致：正文不可手工修改。请删除本目录后对原件重新运行 npm run add']);
  });

  it('knows a Word document by its bytes even when it is named .txt', () => {
    const file = path.join(tmp, 'wuye.txt');
    writeDocx(file);
    expect(add(file).status).toBe(0);
    expect(readFileSync(path.join(content, 'wuye/text.txt'), 'utf8')).toBe(TEXT);
    expect(existsSync(path.join(content, 'wuye/source.docx'))).toBe(true);
  });

  it('parses the document with npm run parse', () => {
    const file = path.join(tmp, 'wuye.docx');
    writeDocx(file);
    const r = parse(file);
    expect(r.status).toBe(0);
    const reg = ParsedRegulationSchema.parse(JSON.parse(r.stdout));
    expect(reg.title?.text).toBe('江州市物业管理条例');
    expect(reg.history[0]!.events.map((e) => [e.date, e.action])).toEqual([
      ['2022-08-30', '通过'],
      ['2022-11-24', '批准'],
    ]);
    expect(reg.articles[1]!.paragraphs[0]!.items.map((i) => i.text)).toEqual([
      '制定和修改业主大会议事规则、管理规约；',
      '选举业主委员会或者更换业主委员会委员；',
      '选聘和解聘物业服务人。',
    ]);
  });
});

describe('npm run add on a web page saved as .html', () => {
  const PAGE = path.join(SOURCES, 'renda-page-gbk/page.html');
  const TEXT =
    [
      '江州市电动自行车管理条例',
      '（2023年4月26日江州市第十六届人民代表大会常务委员会第十一次会议通过　2023年5月31日江西省第十四届人民代表大会常务委员会第三次会议批准）',
      '第一章　总　　则',
      '　　第一条　为了加强电动自行车管理，维护道路交通秩序，预防和减少火灾事故，根据有关法律、法规，结合本市实际，制定本条例。',
      '　　第二条　本市行政区域内电动自行车的销售、登记、通行、停放、充电及其相关管理活动，适用本条例。',
      '第二章　通行与停放',
      '　　第三条　驾驶电动自行车应当遵守下列规定：',
      '　　（一）按照规定佩戴安全头盔；',
      '　　（二）不得“逆向行驶”；',
      '　　（三）不得在人行道上停放。',
      '　　违反前款第一项规定的，由公安机关交通管理部门处警告或者五十元罚款。',
      '　　第四条　本条例自2023年10月1日起施行。',
    ].join('\n\n') + '\n';

  it('is a GB2312 page (the fixture itself)', () => {
    const bytes = readFileSync(PAGE);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toContain('charset=gb2312');
  });

  it('keeps the page as source.html, writes the regulation part of its text to text.txt and records what was left out', () => {
    const file = path.join(tmp, 'dianche.html');
    copyFileSync(PAGE, file);
    const r = add(file);
    expect(r.status).toBe(0);
    const dir = path.join(content, 'dianche');
    expect(readdirSync(dir).sort()).toEqual(['extraction.json', 'meta.yaml', 'source.html', 'text.txt']);
    expect(readFileSync(path.join(dir, 'source.html')).equals(readFileSync(PAGE))).toBe(true);
    expect(readFileSync(path.join(dir, 'text.txt'), 'utf8')).toBe(TEXT);
    const extraction = JSON.parse(readFileSync(path.join(dir, 'extraction.json'), 'utf8'));
    expect(extraction).toMatchObject({ source: 'source.html', sourceSha256: sha(readFileSync(PAGE)), textSha256: sha(TEXT) });
    expect(extraction.method).toContain('GB2312/GBK');
    expect(extraction.omitted.map((o: { why: string }) => o.why)).toEqual([
      '网页中正文之前的文字（导航、栏目等）',
      '网页中标题与正文之间的发布信息',
      '网页中正文之后的文字（打印、关闭、版权等）',
    ]);
    expect(extraction.omitted[0].text).toContain('当前位置：首页 > 地方性法规 > 正文');
    expect(extraction.omitted[1].text).toBe('发布时间：2023-06-02  来源：江州市人大常委会办公室  【字体：大 中 小】');
    expect(extraction.omitted[2].text).toContain('【打印本页】 【关闭窗口】');
    expect(extraction.omitted[2].text).toContain('赣ICP备05001234号');
    expect(r.stderr).toContain(`${file}: 已略去网页中标题与正文之间的发布信息：`);
    expect(r.stdout).toContain('解析结果：2 章，4 条，5 款，3 项');
    expect(readFileSync(path.join(dir, 'meta.yaml'), 'utf8')).toContain('effective: 2023-10-01');
  });

  it('parses the page with npm run parse, entities decoded', () => {
    const r = parse(PAGE);
    expect(r.status).toBe(0);
    const reg = ParsedRegulationSchema.parse(JSON.parse(r.stdout));
    expect(reg.title?.text).toBe('江州市电动自行车管理条例');
    expect(reg.divisions.map((d) => d.name)).toEqual(['总则', '通行与停放']);
    expect(reg.articles[2]!.paragraphs[0]!.items[1]!.text).toBe('不得“逆向行驶”；');
  });
});

describe('npm run add on markdown written for a documentation site', () => {
  it('copies it byte for byte to text.md and drafts the title from its front matter', () => {
    const src = path.join(ROOT, 'tests/fixtures/parse/docs-site-markdown/input.md');
    const r = add(src, '--id', 'jiangzhou-yangquan');
    expect(r.status).toBe(0);
    const dir = path.join(content, 'jiangzhou-yangquan');
    expect(readdirSync(dir).sort()).toEqual(['meta.yaml', 'text.md']);
    expect(readFileSync(path.join(dir, 'text.md')).equals(readFileSync(src))).toBe(true);
    expect(readFileSync(path.join(dir, 'meta.yaml'), 'utf8')).toContain('title: 江州市养犬管理条例  # 正文第 2 行');
    expect(r.stdout).toContain('解析结果：2 章，4 条，5 款，3 项；没有警告。');
  });
});

describe('formats that cannot be read', () => {
  const refused = (name: string, bytes: Buffer) => {
    const file = path.join(tmp, name);
    writeFileSync(file, bytes);
    const r = add(file, '--id', 'x');
    expect(r.status).toBe(2);
    expect(existsSync(content)).toBe(false);
    return r.stderr;
  };
  const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]);
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

  it('refuses a PDF and says to download the .docx or save the text as UTF-8', () => {
    const file = path.join(tmp, 'tiaoli.pdf');
    expect(refused('tiaoli.pdf', PDF)).toBe(
      `${file}: error ${file} 是 PDF 文件，无法可靠地读出条文：PDF 只记录每个字的位置，不记录段落。请改用 Word 文档：在国家法律法规数据库（https://flk.npc.gov.cn）该法规的页面下载 Word（.docx）版本，再运行 npm run add -- tiaoli.docx；只有 PDF 时，用阅读器全选复制正文，粘贴到文本文件，以 UTF-8 编码另存为 tiaoli.txt，再运行 npm run add -- tiaoli.txt。 [unsupported-format]\n\n没有写入任何文件。\n`,
    );
  });

  it('knows a PDF by its bytes even when it is named .txt', () => {
    expect(refused('tiaoli.txt', PDF)).toContain('是 PDF 文件');
  });

  it('refuses a .doc and a .wps and says to save them as .docx', () => {
    expect(refused('tiaoli.doc', OLE)).toContain(
      '是旧版 Word 文档（.doc，二进制格式），无法直接读取。请用 Word 或 WPS 打开它，选择“另存为”，保存类型选“Word 文档（*.docx）”，再运行 npm run add -- tiaoli.docx。',
    );
    expect(refused('tiaoli.wps', OLE)).toContain(
      '是 WPS 文字文档（.wps），无法直接读取。请用 WPS 打开它，选择“另存为”，保存类型选“Word 文档（*.docx）”，再运行 npm run add -- tiaoli.docx。',
    );
  });

  it('refuses a broken .docx and says to save it again', () => {
    expect(refused('tiaoli.docx', Buffer.from('PK\x03\x04 not really a zip'))).toContain('无法读取该 .docx 文件');
  });

  it('refuses the same way in npm run parse, with exit code 2', () => {
    const file = path.join(tmp, 'tiaoli.pdf');
    writeFileSync(file, PDF);
    const r = parse(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('是 PDF 文件');
  });
});

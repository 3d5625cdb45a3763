// FORMATS.md §3b: markdown written for a documentation site (VuePress-style) with inline HTML. Every expected value
// was read off tests/fixtures/parse/docs-site-markdown/input.md; columns count UTF-16 units from 1.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/lib/parse/parse-regulation.ts';
import { article, diagnosticsOf, parseFixture, parseText } from './parse-fixture-helpers.ts';

const labels = (xs: ReadonlyArray<{ label: string }>) => xs.map((x) => x.label);

describe('docs-site-markdown', () => {
  let result: ParseResult;
  beforeAll(() => {
    result = parseFixture('docs-site-markdown');
  });
  const artifactsOn = (line: number) => result.regulation.artifacts.filter((a) => a.pos.line === line).map((a) => [a.kind, a.text, a.pos.column]);

  it('reads it without an error or a warning', () => {
    expect(diagnosticsOf(result)).toEqual([]);
  });

  it('takes the title from the YAML front matter, which is recorded around it', () => {
    expect(result.regulation.title).toEqual({ text: '江州市养犬管理条例', pos: { line: 2, column: 8, offset: 11 } });
    expect(artifactsOn(1)).toEqual([['front-matter', '---\ntitle: ', 1]]);
    expect(artifactsOn(2)).toEqual([['front-matter', '\ndate: 2022-03-01\n---', 17]]);
  });

  it('reads the history inside ::: tip 修订信息 and removes the container lines', () => {
    expect(result.regulation.history.map((h) => [h.pos.line, h.events.map((e) => [e.date, e.body, e.action])])).toEqual([
      [9, [['2021-12-01', '江州市第十届人民代表大会常务委员会第三十次会议', '通过']]],
      [10, [['2022-01-20', '江西省第十三届人民代表大会常务委员会第三十六次会议', '批准']]],
    ]);
    expect(artifactsOn(8)).toEqual([['container', '::: tip 修订信息', 1]]);
    expect(artifactsOn(11)).toEqual([['container', ':::', 1]]);
  });

  it('removes [[toc]] and the lines of ::: details 目录 as table of contents', () => {
    expect(artifactsOn(6)).toEqual([['toc', '[[toc]]', 1]]);
    expect([13, 14, 15, 16].map(artifactsOn)).toEqual([
      [['container', '::: details 目录', 1]],
      [['toc', '第一章&emsp;总则', 1]],
      [['toc', '第二章&emsp;养犬管理', 1]],
      [['container', ':::', 1]],
    ]);
  });

  it('reads ## chapters with &emsp; and an {align="center"} attribute', () => {
    expect(result.regulation.divisions.map((d) => [d.id, d.label, d.name, d.articleIds])).toEqual([
      ['chp_1', '第一章', '总则', ['art_1', 'art_2']],
      ['chp_2', '第二章', '养犬管理', ['art_3', 'art_4']],
    ]);
    expect(result.regulation.divisions[0]!.pos).toMatchObject({ line: 18, column: 4 });
    expect(artifactsOn(18)).toEqual([
      ['markdown-marker', '##', 1],
      ['html-entity', '&emsp;', 7],
      ['heading-attribute', '{align="center"}', 15],
    ]);
  });

  it('reads each <p id="tN"> block as an article, its <br> lines as paragraphs and items', () => {
    expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(result.regulation.articles[0]!.pos).toMatchObject({ line: 20, column: 27 });
    expect(article(result, '第一条').paragraphs.map((p) => p.text)).toEqual(['为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，制定本条例。']);
    const a3 = article(result, '第三条').paragraphs;
    expect(a3.map((p) => p.text)).toEqual(['携犬出户时，养犬人应当遵守下列规定：', '违反本条第一款规定的，由公安机关责令改正。']);
    expect(a3[0]!.items.map((i) => [i.label, i.text])).toEqual([
      ['（一）', '为犬只佩戴犬牌；'],
      ['（二）', '束犬链牵引，并由完全民事行为能力人牵领；'],
      ['（三）', '即时清除犬只排泄的粪便。'],
    ]);
    expect(result.regulation.facts.effectiveDate).toBe('2022-05-01');
  });

  it('joins the words around an inline tag, so a linked reference still resolves', () => {
    const p = article(result, '第三条').paragraphs[1]!;
    expect(p.refs.map((r) => [r.text, r.targets])).toEqual([['本条第一款', ['art_3__para_1']]]);
    expect(artifactsOn(32)).toEqual([
      ['html-entity', '&emsp;', 1],
      ['html-entity', '&emsp;', 7],
      ['html-tag', '<a href="#t3">', 15],
      ['html-tag', '</a>', 34],
      ['html-tag', '<br>', 52],
    ]);
  });

  it('records every tag and entity of an article line at its column', () => {
    expect(artifactsOn(20)).toEqual([
      ['html-tag', '<p id="t1">', 1],
      ['html-entity', '&emsp;', 12],
      ['html-entity', '&emsp;', 18],
      ['html-tag', '<b>', 24],
      ['html-tag', '</b>', 30],
      ['html-entity', '&emsp;', 34],
      ['html-tag', '<br>', 81],
    ]);
    expect(artifactsOn(21)).toEqual([['html-tag', '</p>', 1]]);
  });

  it('removes the lines of ::: warning 原文链接, which are not the regulation', () => {
    expect([38, 39, 40].map(artifactsOn)).toEqual([
      [['container', '::: warning 原文链接', 1]],
      [['container', '[江州市人民代表大会常务委员会公告](https://www.example.gov.cn/rdcwh/2022/0301.html)', 1]],
      [['container', ':::', 1]],
    ]);
  });

  it('warns when an entity that stands for a character is removed, naming the character', () => {
    const r = parseText('::: tip 说明\n:::\n<p id="t1"><b>第一条</b>&emsp;本条例所称&ldquo;养犬人&rdquo;，是指饲养犬只的个人和单位。<br>\n</p>', 'inline.md');
    expect(r.regulation.articles[0]!.paragraphs[0]!.text).toContain('养犬人');
    expect(diagnosticsOf(r, 'warning').map((d) => [d.line, d.column, d.ruleId, d.reason])).toEqual([
      [3, 33, 'html-entity', '已移除 HTML 实体“&ldquo;”（代表字符““”），条文中缺少这个字符：请对照原文核对'],
      [3, 43, 'html-entity', '已移除 HTML 实体“&rdquo;”（代表字符“””），条文中缺少这个字符：请对照原文核对'],
    ]);
  });

  it('warns on every removed character entity: the dash and the copyright sign by name, a name it does not know as unknown', () => {
    const r = parseText('::: tip 说明\n:::\n<p><b>第一条</b>&emsp;本条例自2022年&ndash;2023年试行&copy;，标记&bull;为例。</p>', 'inline.md');
    expect(diagnosticsOf(r, 'warning').map((d) => [d.line, d.column, d.reason])).toEqual([
      [3, 29, '已移除 HTML 实体“&ndash;”（代表字符“–”），条文中缺少这个字符：请对照原文核对'],
      [3, 43, '已移除 HTML 实体“&copy;”（代表字符“©”），条文中缺少这个字符：请对照原文核对'],
      [3, 52, '已移除 HTML 实体“&bull;”（本程序不认识它代表的字符），条文中缺少这个字符：请对照原文核对'],
    ]);
  });
});

// One small fixture per quirk of the family, each readable on its own.
const artifactsOf = (r: ParseResult, line: number) => r.regulation.artifacts.filter((a) => a.pos.line === line).map((a) => [a.kind, a.text, a.pos.column]);

describe('docs-front-matter-title', () => {
  it('takes a quoted title from the front matter when there is no # title line', () => {
    const r = parseFixture('docs-front-matter-title');
    expect(r.regulation.title).toEqual({ text: '江州市城市绿化条例', pos: { line: 2, column: 9, offset: 12 } });
    expect(artifactsOf(r, 1)).toEqual([['front-matter', '---\ntitle: "', 1]]);
    expect(artifactsOf(r, 2)).toEqual([['front-matter', '"\ncategory: 地方性法规\n---', 18]]);
    expect(labels(r.regulation.articles)).toEqual(['第一条', '第二条']);
    expect(diagnosticsOf(r)).toEqual([]);
  });
});

describe('front-matter title repeated in the body', () => {
  it('takes the body line for the title and keeps the front matter whole', () => {
    const text = '---\ntitle: 江州市城市绿化条例\n---\n<p align="center"><b>江州市城市绿化条例</b></p>\n<p id="t1"><b>第一条</b>&emsp;为了改善生态环境，制定本条例。<br>\n</p>\n';
    const r = parseText(text, 'inline.md');
    expect(r.regulation.title).toEqual({ text: '江州市城市绿化条例', pos: { line: 4, column: 22, offset: 46 } });
    expect(r.regulation.artifacts[0]).toEqual({ kind: 'front-matter', text: '---\ntitle: 江州市城市绿化条例\n---', pos: { line: 1, column: 1, offset: 0 } });
    expect(r.regulation.artifacts.filter((a) => a.kind === 'front-matter')).toHaveLength(1);
    expect(diagnosticsOf(r)).toEqual([]);
  });
});

describe('docs-containers', () => {
  let r: ParseResult;
  beforeAll(() => {
    r = parseFixture('docs-containers');
  });

  it('reads the history note inside ::: tip 修订信息, the container lines raising no error', () => {
    expect(diagnosticsOf(r, 'error')).toEqual([]);
    expect(r.regulation.history.map((h) => [h.pos.line, h.events.map((e) => [e.date, e.action])])).toEqual([
      [
        6,
        [
          ['2023-06-28', '通过'],
          ['2023-09-27', '批准'],
        ],
      ],
    ]);
  });

  it('removes [[toc]], the container lines and the 目录 and 原文链接 contents, and keeps the chapters once', () => {
    expect(r.regulation.artifacts.filter((a) => a.kind !== 'markdown-marker').map((a) => [a.kind, a.pos.line])).toEqual([
      ['toc', 3],
      ['container', 5],
      ['container', 7],
      ['container', 9],
      ['toc', 10],
      ['toc', 11],
      ['container', 12],
      ['container', 22],
      ['container', 23],
      ['container', 24],
    ]);
    expect(r.regulation.divisions.map((d) => [d.name, d.pos.line, d.articleIds])).toEqual([
      ['总则', 14, ['art_1']],
      ['附则', 18, ['art_2']],
    ]);
    expect(diagnosticsOf(r)).toEqual([]);
  });
});

describe('docs-heading-attributes', () => {
  it('reads chapter names spaced with &emsp; and drops {align="center"} and {#id .class}', () => {
    const r = parseFixture('docs-heading-attributes');
    expect(r.regulation.divisions.map((d) => [d.id, d.label, d.name, d.articleIds])).toEqual([
      ['chp_1', '第一章', '总则', ['art_1']],
      ['chp_2', '第二章', '附则', ['art_2']],
    ]);
    expect(artifactsOf(r, 3)).toEqual([
      ['markdown-marker', '##', 1],
      ['html-entity', '&emsp;', 7],
      ['html-entity', '&emsp;', 14],
      ['html-entity', '&emsp;', 20],
      ['heading-attribute', '{align="center"}', 27],
    ]);
    expect(artifactsOf(r, 7).at(-1)).toEqual(['heading-attribute', '{#fu-ze .center}', 27]);
    expect(diagnosticsOf(r)).toEqual([]);
  });
});

describe('docs-html-articles', () => {
  it('reads <p id="tN"> blocks: the label in <b>, paragraphs and items on <br> lines, </p> closing', () => {
    const r = parseFixture('docs-html-articles');
    expect(labels(r.regulation.articles)).toEqual(['第一条', '第二条', '第三条']);
    const a2 = article(r, '第二条');
    expect(a2.pos).toMatchObject({ line: 6, column: 27 });
    expect(a2.paragraphs.map((p) => p.text)).toEqual(['城市绿化工作应当遵循下列原则：', '具体办法由市人民政府制定。']);
    expect(a2.paragraphs[0]!.items.map((i) => [i.label, i.text, i.pos.line, i.pos.column])).toEqual([
      ['（一）', '政府主导、社会参与；', 7, 13],
      ['（二）', '统一规划、因地制宜。', 8, 13],
    ]);
    expect(artifactsOf(r, 6)).toEqual([
      ['html-tag', '<p id="t2">', 1],
      ['html-entity', '&emsp;', 12],
      ['html-entity', '&emsp;', 18],
      ['html-tag', '<b>', 24],
      ['html-tag', '</b>', 30],
      ['html-entity', '&emsp;', 34],
      ['html-tag', '<br>', 55],
    ]);
    expect(artifactsOf(r, 7)).toEqual([
      ['html-entity', '&emsp;', 1],
      ['html-entity', '&emsp;', 7],
      ['html-tag', '<br>', 26],
    ]);
    expect(diagnosticsOf(r)).toEqual([]);
  });
});

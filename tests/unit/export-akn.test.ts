// Every regulation as Akoma Ntoso: read back with a strict XML parser and checked against the parsed structure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { keptTextInOrder, textWithoutArtifacts } from '../../src/lib/corpus/accounting.ts';
import { AKN_NS, DUIZHAO_NS, aknWorkUri, consecutiveSiblings, toAkomaNtoso } from '../../src/lib/export/akn.ts';
import { escapeXml, XmlCharacterError } from '../../src/lib/export/xml.ts';
import type { Regulation } from '../../src/lib/schemas/corpus.ts';
import { CORPUS_IDS, ROOT } from '../helpers/corpus.ts';
import { aknDocumentText, aknProblems, elements, expectedAknElements, find, readXml, textOf, type XNode } from './export-helpers.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const corpus = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
const fixtureDir = path.join(ROOT, 'tests/fixtures/export/every-structure');
const fixture = loadRegulation(fixtureDir, ROOT);
const all: Regulation[] = [...corpus, fixture.regulation!];
const byId = (id: string) => all.find((r) => r.meta.id === id)!;

const exported = new Map(
  all.map((r) => [
    r.meta.id,
    toAkomaNtoso(r, {
      lawUri: (t) => {
        const x = all.find((o) => o.meta.title === t);
        return x && aknWorkUri(x);
      },
    }),
  ]),
);
const read = (id: string) => {
  const { root, errors } = readXml(exported.get(id)!);
  expect(errors).toEqual([]);
  return root!;
};
const ids = [...CORPUS_IDS, 'every-structure'];

describe('the Akoma Ntoso export', () => {
  it('loads the fixture without diagnostics', () => {
    expect(fixture.diagnostics).toEqual([]);
  });

  it.each(ids)('writes %s as well-formed XML in the Akoma Ntoso namespace', (id) => {
    const root = read(id);
    expect(exported.get(id)!.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">')).toBe(true);
    expect([root.name, root.uri]).toEqual(['akomaNtoso', AKN_NS]);
    expect(root.children.filter((c) => typeof c !== 'string').map((c) => (c as XNode).name)).toEqual(['act']);
    const act = find(root, 'act')!;
    expect(act.children.filter((c) => typeof c !== 'string').map((c) => (c as XNode).name)).toEqual(['meta', 'preface', 'body']);
    const proprietary = find(root, 'proprietary')!;
    const foreign = new Set(elements(proprietary).slice(1));
    for (const e of elements(root)) expect(e.uri, e.name).toBe(foreign.has(e) ? DUIZHAO_NS : AKN_NS);
  });

  it.each(ids)('gives %s one element per division, article, paragraph, item and sub-item, with the site id as eId', (id) => {
    const reg = byId(id);
    const root = read(id);
    const content = [find(root, 'preface')!, find(root, 'body')!].flatMap(elements).filter((e) => e.attrs['eId']);
    const eIds = content.map((e) => e.attrs['eId']!);
    expect(new Set(eIds).size).toBe(eIds.length);
    const expected = expectedAknElements(reg.parsed);
    expect(Object.fromEntries(content.map((e) => [e.attrs['eId'], e.name]))).toEqual(Object.fromEntries(expected));
    const count = (name: string) => elements(root).filter((e) => e.name === name).length;
    expect(count('chapter')).toBe(reg.stats.chapters);
    expect(count('article')).toBe(reg.stats.articles);
    expect(count('paragraph')).toBe(reg.stats.paragraphs);
    expect(content.filter((e) => e.name === 'point' && !e.attrs['eId']!.includes('__subitem_'))).toHaveLength(reg.stats.items);
  });

  it.each(ids)('keeps the eIds of %s unique across the document, metadata included, and every link resolvable', (id) => {
    const root = read(id);
    const eIds = elements(root)
      .map((e) => e.attrs['eId'])
      .filter((x): x is string => !!x);
    expect(new Set(eIds).size).toBe(eIds.length);
    const links = elements(root).flatMap((e) => [e.attrs['href'], e.attrs['source'], e.attrs['refersTo'], e.attrs['from'], e.attrs['upTo']]);
    for (const l of links.filter((x): x is string => !!x && x.startsWith('#'))) expect(eIds, l).toContain(l.slice(1));
  });

  it.each(ids)('holds exactly the text of %s that the parser kept, in reading order, and so the source text', (id) => {
    const reg = byId(id);
    const root = read(id);
    const text = aknDocumentText(root);
    expect(text).toBe(keptTextInOrder(reg.parsed).join(''));
    const source = readFileSync(path.join(ROOT, reg.parsed.sourceFile), 'utf8');
    const squash = (s: string) => s.replace(/[\s\u3000\u00a0\ufeff]/g, '');
    expect(squash(text)).toBe(squash(textWithoutArtifacts(source, reg.parsed)));
  });

  it.each(ids)('keeps every promise the /data/ page makes about %s', (id) => {
    expect(aknProblems(exported.get(id)!, byId(id).parsed)).toEqual([]);
  });

  it('reports broken promises: a missing element, a stray eId, a dangling link, changed text', () => {
    const reg = byId('every-structure');
    const xml = exported.get('every-structure')!;
    expect(aknProblems(xml.replace('<point eId="art_3__para_1__item_2">', '<point eId="art_3__para_1__item_9">'), reg.parsed)).toEqual([
      'eId art_3__para_1__item_9 在 JSON 中没有对应的节点',
      '节点 art_3__para_1__item_2 没有对应的元素',
      'from="#art_3__para_1__item_2" 指向不存在的 eId',
    ]);
    expect(aknProblems(xml.replace('保障经费；', '保障经费。'), reg.parsed)).toEqual(['文字与解析结果不一致']);
    expect(
      aknProblems(
        xml.replace('<article eId="art_5">', '<section eId="art_5">').replace('</article>\n          <article eId="art_6">', '</section>\n          <article eId="art_6">'),
        reg.parsed,
      ),
    ).toContain('art_5 应为 <article>，实为 <section>');
  });

  it('marks a title taken from the metadata as editorial, and none other', () => {
    for (const id of ids) {
      const editorial = elements(read(id)).filter((e) => e.attrs['status'] === 'editorial');
      expect(
        editorial.map((e) => [e.name, textOf(e)]),
        id,
      ).toEqual(byId(id).parsed.title ? [] : [['docTitle', byId(id).meta.title]]);
    }
  });

  it('nests parts, chapters, sections and an unnumbered heading as the text does', () => {
    const body = find(read('every-structure'), 'body')!;
    const outline = (n: XNode, depth = 0): string[] =>
      n.children.flatMap((c) =>
        typeof c === 'string' || !['part', 'chapter', 'section', 'hcontainer', 'article'].includes(c.name)
          ? []
          : [`${'  '.repeat(depth)}${c.name} ${c.attrs['eId']}`, ...outline(c, depth + 1)],
      );
    expect(outline(body)).toEqual([
      'part part_1',
      '  chapter chp_1',
      '    article art_1',
      '    article art_2',
      'part part_2',
      '  chapter chp_2',
      '    section chp_2__sec_1',
      '      article art_3',
      '    section chp_2__sec_2',
      '      article art_4',
      '  hcontainer hdg_1',
      '    article art_5',
      '    article art_6',
    ]);
    expect(find(body, 'hcontainer')!.attrs['name']).toBe('heading');
  });

  it('writes items as points with the lead-in in <intro>, and sub-items as points inside them', () => {
    const lines = exported
      .get('every-structure')!
      .split('\n')
      .map((l) => l.trim());
    const at = lines.indexOf('<paragraph eId="art_3__para_1">');
    expect(lines.slice(at, at + 15)).toEqual(
      [
        '          <paragraph eId="art_3__para_1">',
        '            <intro>',
        '              <p>市人民政府应当履行下列职责：</p>',
        '            </intro>',
        '            <point eId="art_3__para_1__item_1">',
        '              <num>（一）</num>',
        '              <intro>',
        '                <p>组织实施示例规划：</p>',
        '              </intro>',
        '              <point eId="art_3__para_1__item_1__subitem_1">',
        '                <num>1.</num>',
        '                <content>',
        '                  <p>编制年度计划；</p>',
        '                </content>',
        '              </point>',
      ].map((l) => l.trim()),
    );
  });

  it('marks references: one target as <ref>, consecutive items as <rref>, anything else left as text', () => {
    const p = find(elements(read('every-structure')).find((e) => e.attrs['eId'] === 'art_4__para_2')!, 'p')!;
    const marks = p.children.filter((c): c is XNode => typeof c !== 'string').map((c) => [c.name, c.attrs['href'] ?? `${c.attrs['from']}…${c.attrs['upTo']}`, textOf(c)]);
    expect(marks).toEqual([
      ['rref', '#art_3__para_1__item_2…#art_3__para_1__item_3', '第三条第二、三项'],
      ['ref', '#art_4__para_1', '前款'],
      ['ref', '#art_3', '本条例第三条'],
    ]);
    expect(textOf(p)).toContain('不履行第三条第一、三项规定的');
  });

  it('escapes markup characters and keeps them in the text', () => {
    const xml = exported.get('every-structure')!;
    expect(xml).toContain('包括 &lt;标记&gt; &amp; “引号” "ASCII quotes" 以及 \'单引号\'。');
    const p = find(elements(read('every-structure')).find((e) => e.attrs['eId'] === 'art_2__para_1')!, 'p')!;
    expect(textOf(p)).toBe('本条例所称“示例”，是指用于检验导出格式的文本，包括 <标记> & “引号” "ASCII quotes" 以及 \'单引号\'。');
  });

  it('names the work by its adoption date and the expression by the last amendment the text records', () => {
    const root = read('every-structure');
    const uri = (level: string) => find(find(root, level)!, 'FRBRuri')!.attrs['value'];
    expect(uri('FRBRWork')).toBe('/akn/cn/act/2020-03-01/every-structure');
    expect(uri('FRBRExpression')).toBe('/akn/cn/act/2020-03-01/every-structure/zho@2024-06-07');
    expect(find(root, 'act')!.attrs['contains']).toBe('singleVersion');
    expect(find(root, 'FRBRlanguage')!.attrs['language']).toBe('zho');
    expect(find(root, 'FRBRcountry')!.attrs['value']).toBe('cn');
  });

  it('lists only dated facts the text or a named source states in the lifecycle', () => {
    const events = (id: string) =>
      elements(find(read(id), 'lifecycle')!)
        .slice(1)
        .map((e) => `${e.attrs['date']} ${e.attrs['type']} ${e.attrs['refersTo']}`);
    expect(events('every-structure')).toEqual([
      '2020-03-01 generation #adoption',
      '2022-05-06 amendment #amendment',
      '2024-06-07 amendment #revision',
      '2024-09-01 generation #entryIntoForce',
    ]);
    // suzhou states no adoption: only the date in force (from 第五十一条), and a work named by it
    expect(events('suzhou')).toEqual(['2023-01-01 generation #entryIntoForce']);
    expect(find(find(read('suzhou'), 'FRBRWork')!, 'FRBRdate')!.attrs).toEqual({ date: '2023-01-01', name: 'entryIntoForce' });
    expect(find(read('suzhou'), 'publication')).toBeUndefined();
  });

  it('records the source file and its SHA-256', () => {
    const source = find(read('shanxi'), 'source')!;
    expect(source.attrs).toEqual({ 'xmlns:dz': DUIZHAO_NS, file: 'content/regulations/shanxi/text.txt', sha256: byId('shanxi').sourceSha256 });
  });

  it('refuses a character XML 1.0 cannot carry instead of writing a broken file', () => {
    expect(() => escapeXml('a\u0001b', 'art_1__para_1')).toThrow(XmlCharacterError);
    expect(() => escapeXml('a\u0001b', 'art_1__para_1')).toThrowErrorMatchingInlineSnapshot(`[Error: XML 1.0 不能表示字符 U+0001（art_1__para_1）]`);
    expect(escapeXml('😀\t"')).toBe('😀&#9;&quot;');
  });

  it('tells consecutive sibling ids from others', () => {
    expect(consecutiveSiblings(['art_3__para_1__item_2', 'art_3__para_1__item_3', 'art_3__para_1__item_4'])).toBe(true);
    expect(consecutiveSiblings(['art_3__para_1__item_1', 'art_3__para_1__item_3'])).toBe(false);
    expect(consecutiveSiblings(['art_3__para_1__item_2', 'art_4__para_1__item_3'])).toBe(false);
  });
});

describe('the strict XML reader used by these tests', () => {
  it.each([
    ['<a><b></a>', 'Unexpected close tag'],
    ['<a x="1" x="2"/>', '属性重复'],
    ['<a x="<"/>', '属性值中有未转义的 <'],
    ['<a/><b/>', '多于一个根元素'],
    ['<a>\u0001</a>', '非法字符'],
    ['<a>a & b</a>', 'Invalid character in entity name'],
    ['<a><dz:b/></a>', 'Unbound namespace prefix'],
  ])('rejects %j', (xml, message) => {
    expect(readXml(xml).errors.join('\n')).toContain(message);
  });
});

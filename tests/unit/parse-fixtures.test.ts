// One test group per quirk in /work/shared/FORMATS.md. Every expected value below was read off the fixture
// (tests/fixtures/parse/<quirk>/input.*), never copied from parser output; line/column/offset figures count
// UTF-16 units from the start of the decoded file (a BOM counts as offset 0).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/lib/parse/parse-regulation.ts';
import { intToCn } from '../../src/lib/parse/numerals.ts';
import { article, diagnosticsOf, fixtureBytes, fixturePath, parseFixture, parseText, shapeOf } from './parse-fixture-helpers.ts';

const labels = (xs: ReadonlyArray<{ label: string }>) => xs.map((x) => x.label);
const refsOf = (node: { refs: ReadonlyArray<{ kind: string; text: string; targets: string[]; lawTitle?: string | undefined }> }) =>
  node.refs.map(({ kind, text, targets, lawTitle }) => (lawTitle === undefined ? { kind, text, targets } : { kind, text, targets, lawTitle }));

describe('word-processor texts', () => {
  describe('bookmark-artifacts', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('bookmark-artifacts');
    });

    it('removes [bookmark: …] at the start of heading and article lines', () => {
      expect(result.regulation.divisions.map((d) => [d.id, d.label, d.name])).toEqual([
        ['chp_1', '第一章', '总则'],
        ['chp_2', '第二章', '管理措施'],
      ]);
      expect(result.regulation.divisions[0]!.pos).toEqual({ line: 2, column: 19, offset: 28 });
      expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条', '第三条', '第四条']);
      expect(result.regulation.articles[0]!.pos).toEqual({ line: 3, column: 16, offset: 52 });
      expect(result.regulation.divisions[1]!.articleIds).toEqual(['art_3', 'art_4']);
    });

    it('removes a bookmark in the middle of a line and keeps the text around it joined', () => {
      const p = article(result, '第三条').paragraphs[0]!;
      expect(p.text).toBe('公安机关是养犬管理的主管部门，负责养犬登记、犬只收容和违法养犬行为的查处。');
      expect(p.pos).toEqual({ line: 6, column: 20, offset: 208 });
    });

    it('removes a bookmark before an item label', () => {
      const items = article(result, '第四条').paragraphs[0]!.items;
      expect(labels(items)).toEqual(['（一）', '（二）', '（三）']);
      expect(items[1]!.text).toBe('束犬链牵引，并由完全民事行为能力人牵领；');
      expect(items[1]!.pos).toEqual({ line: 9, column: 20, offset: 333 });
    });

    it('records every bookmark as an artifact at its exact place', () => {
      expect(result.regulation.artifacts.map((a) => [a.kind, a.text, a.pos.line, a.pos.column])).toEqual([
        ['bookmark', '[bookmark: 第一章 总则]', 2, 1],
        ['bookmark', '[bookmark: 第一条]', 3, 1],
        ['bookmark', '[bookmark: 第二条]', 4, 1],
        ['bookmark', '[bookmark: 第二章 管理措施]', 5, 1],
        ['bookmark', '[bookmark: 第三条]', 6, 1],
        ['bookmark', '[bookmark: _GoBack]', 6, 35],
        ['bookmark', '[bookmark: 第四条]', 7, 1],
        ['bookmark', '[bookmark: _Hlk147]', 9, 1],
      ]);
      expect(result.regulation.artifacts[5]!.pos.offset).toBe(223);
    });

    it('warns once per removed bookmark and reports no error', () => {
      expect(diagnosticsOf(result, 'error')).toEqual([]);
      const warnings = diagnosticsOf(result, 'warning');
      expect(warnings).toHaveLength(8);
      expect(warnings.every((w) => w.ruleId === 'removed-artifact')).toBe(true);
      expect(warnings).toContainEqual({
        file: 'tests/fixtures/parse/bookmark-artifacts/input.txt',
        line: 6,
        column: 35,
        severity: 'warning',
        ruleId: 'removed-artifact',
        reason: '已移除文字处理软件书签：“[bookmark: _GoBack]”',
      });
    });
  });

  describe('missing-title', () => {
    it('reads a text that starts straight with 第一条 without a title or an error', () => {
      const result = parseFixture('missing-title');
      expect(result.regulation.title).toBeNull();
      expect(result.regulation.history).toEqual([]);
      expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条', '第三条']);
      expect(result.regulation.articles[0]!.pos).toEqual({ line: 1, column: 1, offset: 0 });
      expect(result.diagnostics).toEqual([]);
    });
  });

  describe('title-after-blank-lines', () => {
    it('finds the title after two blank lines', () => {
      const result = parseFixture('title-after-blank-lines');
      expect(result.regulation.title).toEqual({ text: '巴音郭楞蒙古自治州见义勇为人员奖励和保护条例', pos: { line: 3, column: 1, offset: 2 } });
      expect(result.regulation.articles).toHaveLength(2);
      expect(result.diagnostics).toEqual([]);
    });
  });

  describe('leading-space-before-article', () => {
    it('reads ` 第一条` as the first article at column 2', () => {
      const result = parseFixture('leading-space-before-article');
      expect(result.regulation.title?.text).toBe('克拉玛依市物业管理条例');
      const first = result.regulation.articles[0]!;
      expect(first.label).toBe('第一条');
      expect(first.pos).toEqual({ line: 2, column: 2, offset: 13 });
      expect(first.paragraphs[0]!.text.startsWith('为了规范物业管理活动')).toBe(true);
      expect(result.diagnostics).toEqual([]);
    });
  });

  describe('adoption-note', () => {
    it('reads the note in full-width parentheses under the title as one history event', () => {
      const result = parseFixture('adoption-note');
      expect(result.regulation.title?.text).toBe('江西省矛盾纠纷多元化解条例');
      expect(result.regulation.history).toEqual([
        {
          text: '2024年5月30日江西省第十四届人民代表大会常务委员会第九次会议通过',
          raw: '（2024年5月30日江西省第十四届人民代表大会常务委员会第九次会议通过）',
          events: [
            { date: '2024-05-30', body: '江西省第十四届人民代表大会常务委员会第九次会议', action: '通过', text: '2024年5月30日江西省第十四届人民代表大会常务委员会第九次会议通过' },
          ],
          pos: { line: 3, column: 1, offset: 15 },
        },
      ]);
      expect(result.regulation.divisions[0]!.articleIds).toEqual(['art_1', 'art_2']);
      expect(result.diagnostics).toEqual([]);
    });
  });

  describe('padded-chapter-names', () => {
    it('squeezes the padding out of chapter names and keeps the name as written', () => {
      const result = parseFixture('padded-chapter-names');
      expect(result.regulation.divisions.map((d) => [d.id, d.label, d.name, d.rawName, d.articleIds])).toEqual([
        ['chp_1', '第一章', '总则', '总　　则', ['art_1']],
        ['chp_2', '第二章', '倡导与鼓励', '倡导与鼓励', ['art_2']],
        ['chp_3', '第三章', '法律责任', '法律责任', ['art_3']],
        ['chp_4', '第四章', '附则', '附　　则', ['art_4']],
      ]);
      expect(result.diagnostics).toEqual([]);
    });
  });

  describe('inline-items and items-on-own-lines', () => {
    let inline: ParseResult;
    let ownLines: ParseResult;
    beforeAll(() => {
      inline = parseFixture('inline-items');
      ownLines = parseFixture('items-on-own-lines');
    });
    const itemTexts = [
      '依法防范和惩治危害国家安全的违法犯罪活动；',
      '预防和化解社会矛盾纠纷；',
      '加强社会治安防控体系建设；',
      '防范化解公共安全风险；',
      '法律、法规规定的其他任务。',
    ];

    it('splits items running inline in one paragraph', () => {
      const a = article(inline, '第二条');
      expect(a.paragraphs).toHaveLength(2);
      const p = a.paragraphs[0]!;
      expect(p.text).toBe('平安建设的主要任务是：');
      expect(p.inlineItems).toBe(true);
      expect(labels(p.items)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
      expect(p.items.map((i) => i.text)).toEqual(itemTexts);
      expect(p.items[2]!.id).toBe('art_2__para_1__item_3');
      expect(p.items[2]!.pos).toEqual({ line: 3, column: 55, offset: 112 });
      expect(a.paragraphs[1]!.text).toBe('平安建设工作应当纳入国民经济和社会发展规划。');
      expect(inline.diagnostics).toEqual([]);
    });

    it('reads items written each on its own line', () => {
      const p = article(ownLines, '第二条').paragraphs[0]!;
      expect(p.inlineItems).toBe(false);
      expect(p.items.map((i) => i.text)).toEqual(itemTexts);
      expect(p.items[2]!.pos).toEqual({ line: 6, column: 1, offset: 115 });
      expect(ownLines.diagnostics).toEqual([]);
    });

    it('gives the inline and the own-line spelling of an article the same structure', () => {
      expect(inline.regulation.articles.map(shapeOf)).toEqual(ownLines.regulation.articles.map(shapeOf));
    });

    it('does not take a 第（三）项 reference inside a sentence for an item, and resolves it', () => {
      for (const r of [inline, ownLines]) {
        const p = article(r, '第三条').paragraphs[0]!;
        expect(p.items).toEqual([]);
        expect(refsOf(p)).toEqual([{ kind: 'internal', text: '本条例第二条第（三）项', targets: ['art_2__para_1__item_3'] }]);
      }
    });
  });

  describe('wrapped-paragraph', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('wrapped-paragraph');
    });

    it('joins a paragraph wrapped across two lines', () => {
      const a = article(result, '第二条');
      expect(a.paragraphs.map((p) => p.text)).toEqual([
        '乡镇人民政府、街道办事处应当组织法官、律师、基层法律服务工作者、人民调解员等力量，开展矛盾纠纷排查化解工作。',
        '村（居）民委员会应当协助做好相关工作。',
      ]);
    });

    it('joins an item wrapped across two lines', () => {
      const items = article(result, '第三条').paragraphs[0]!.items;
      expect(items.map((i) => i.text)).toEqual(['组织开展法治宣传教育，提高群众法治意识；', '指导基层开展人民调解工作。']);
    });

    it('warns at each joined line', () => {
      expect(diagnosticsOf(result)).toEqual([
        {
          file: fixturePath('wrapped-paragraph'),
          line: 3,
          column: 1,
          severity: 'warning',
          ruleId: 'joined-wrapped-line',
          reason: '已合并折行：上一行没有以“。”“；”“：”结尾，本行视为同一段的续行',
        },
        {
          file: fixturePath('wrapped-paragraph'),
          line: 7,
          column: 1,
          severity: 'warning',
          ruleId: 'joined-wrapped-line',
          reason: '已合并折行：上一行没有以“。”“；”“：”结尾，本行视为同一段的续行',
        },
      ]);
    });
  });
});

describe('national-db-export', () => {
  let result: ParseResult;
  beforeAll(() => {
    result = parseFixture('national-db-export');
  });

  it('is stored with a BOM and CRLF line endings (the fixture itself)', () => {
    const bytes = fixtureBytes('national-db-export');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(bytes.toString('utf8').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('records the BOM and finds the title after the blank lines', () => {
    expect(result.regulation.artifacts[0]).toEqual({ kind: 'bom', text: '\ufeff', pos: { line: 1, column: 1, offset: 0 } });
    expect(result.regulation.title).toEqual({ text: '江西省城乡供水条例', pos: { line: 3, column: 1, offset: 5 } });
  });

  it('splits the one history line into 通过, 修正 and 修订 events', () => {
    expect(result.regulation.history).toHaveLength(1);
    expect(result.regulation.history[0]!.pos).toEqual({ line: 5, column: 1, offset: 18 });
    expect(result.regulation.history[0]!.events).toEqual([
      { date: '2005-09-23', body: '江西省第十届人民代表大会常务委员会第十七次会议', action: '通过', text: '2005年9月23日江西省第十届人民代表大会常务委员会第十七次会议通过' },
      {
        date: '2012-01-12',
        body: '江西省第十一届人民代表大会常务委员会第二十九次会议《关于修改〈江西省城乡供水条例〉的决定》',
        action: '第一次修正',
        text: '根据2012年1月12日江西省第十一届人民代表大会常务委员会第二十九次会议《关于修改〈江西省城乡供水条例〉的决定》第一次修正',
      },
      { date: '2025-03-28', body: '江西省第十四届人民代表大会常务委员会第十四次会议', action: '修订', text: '2025年3月28日江西省第十四届人民代表大会常务委员会第十四次会议修订' },
    ]);
  });

  it('removes the 目录 block instead of turning it into chapters', () => {
    expect(result.regulation.artifacts.filter((a) => a.kind === 'toc').map((a) => [a.text, a.pos.line, a.pos.column])).toEqual([
      ['目　　录', 7, 1],
      ['第一章　总　　则', 9, 1],
      ['第二章　供水设施建设与管理', 10, 1],
      ['第一节　规划与建设', 11, 3],
      ['第二节　设施维护', 12, 3],
      ['第三章　供水服务', 13, 1],
      ['第四章　附　　则', 14, 1],
    ]);
    expect(result.regulation.divisions.map((d) => [d.id, d.kind, d.name, d.parentId])).toEqual([
      ['chp_1', 'chapter', '总则', null],
      ['chp_2', 'chapter', '供水设施建设与管理', null],
      ['chp_2__sec_1', 'section', '规划与建设', 'chp_2'],
      ['chp_2__sec_2', 'section', '设施维护', 'chp_2'],
      ['chp_3', 'chapter', '供水服务', null],
      ['chp_4', 'chapter', '附则', null],
    ]);
    expect(result.regulation.divisions[0]!.pos).toEqual({ line: 16, column: 1, offset: 239 });
    expect(result.regulation.divisions[2]!.pos).toEqual({ line: 24, column: 1, offset: 418 });
  });

  it('puts articles in their sections and chapters', () => {
    expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条']);
    expect(result.regulation.articles[0]!.pos).toEqual({ line: 18, column: 3, offset: 253 });
    expect(article(result, '第三条').divisionId).toBe('chp_2__sec_1');
    expect(result.regulation.divisions.find((d) => d.id === 'chp_2')!.articleIds).toEqual(['art_3', 'art_4', 'art_5']);
    expect(result.regulation.divisions.find((d) => d.id === 'chp_2__sec_2')!.articleIds).toEqual(['art_5']);
    expect(article(result, '第二条').paragraphs.map((p) => p.text)).toEqual([
      '本省行政区域内城乡供水的规划、建设、经营、使用及其监督管理活动，适用本条例。',
      '县级以上人民政府应当加强对城乡供水工作的领导。',
    ]);
  });

  it('reads sub-items 1. / 1． / 1、 under an item', () => {
    const items = article(result, '第五条').paragraphs[0]!.items;
    expect(items.map((i) => i.text)).toEqual(['定期对供水设施进行巡查，发现下列情形之一的，及时处理：', '建立供水设施维护档案。']);
    expect(items[0]!.subItems.map((s) => [s.id, s.number, s.label, s.text])).toEqual([
      ['art_5__para_1__item_1__subitem_1', 1, '1.', '管道漏水、爆裂的；'],
      ['art_5__para_1__item_1__subitem_2', 2, '2．', '阀门失灵的；'],
      ['art_5__para_1__item_1__subitem_3', 3, '3、', '水表损坏的。'],
    ]);
    expect(items[0]!.subItems[1]!.pos).toEqual({ line: 34, column: 3, offset: 604 });
    expect(items[1]!.subItems).toEqual([]);
  });

  it('also removes an unnumbered 附　　则 entry of the contents', () => {
    const r = parseText(
      '江州市条例\n目　　录\n第一章　总　　则\n第二章　管理\n附　　则\n第一章　总　　则\n第一条　为了规范管理，制定本条例。\n第二章　管理\n第二条　有关部门负责管理。\n附　　则\n第三条　本条例自公布之日起施行。',
    );
    expect(r.regulation.artifacts.map((a) => [a.kind, a.text, a.pos.line])).toEqual([
      ['toc', '目　　录', 2],
      ['toc', '第一章　总　　则', 3],
      ['toc', '第二章　管理', 4],
      ['toc', '附　　则', 5],
    ]);
    expect(r.regulation.divisions.map((d) => [d.kind, d.name, d.articleIds])).toEqual([
      ['chapter', '总则', ['art_1']],
      ['chapter', '管理', ['art_2']],
      ['heading', '附则', ['art_3']],
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('reports no error and reads the date in force', () => {
    expect(diagnosticsOf(result, 'error')).toEqual([]);
    expect(diagnosticsOf(result, 'warning').every((w) => w.ruleId === 'removed-artifact')).toBe(true);
    expect(result.regulation.facts.effectiveDate).toBe('2025-07-01');
  });
});

describe('markdown-collection', () => {
  let result: ParseResult;
  beforeAll(() => {
    result = parseFixture('markdown-collection');
  });

  it('is stored without a final newline (the fixture itself)', () => {
    expect(fixtureBytes('markdown-collection').toString('utf8').endsWith('起施行。')).toBe(true);
  });

  it('records the YAML front matter, the # markers and the INFO END marker as artifacts', () => {
    const text = fixtureBytes('markdown-collection').toString('utf8');
    const frontMatter = text.slice(0, text.indexOf('---', 3) + 3);
    expect(result.regulation.artifacts.map((a) => [a.kind, a.text, a.pos.line])).toEqual([
      ['front-matter', frontMatter, 1],
      ['markdown-marker', '#', 8],
      ['info-end', '<!-- INFO END -->', 18],
      ['markdown-marker', '##', 20],
      ['markdown-marker', '##', 26],
      ['markdown-marker', '###', 28],
      ['markdown-marker', '###', 42],
      ['markdown-marker', '##', 46],
    ]);
  });

  it('reads the # title', () => {
    expect(result.regulation.title).toEqual({ text: '江门市平安建设条例', pos: { line: 8, column: 3, offset: 95 } });
  });

  it('reads each bare history line as one event, 批准 lines included', () => {
    expect(result.regulation.history.map((h) => h.events.map((e) => [e.date, e.body, e.action]))).toEqual([
      [['2018-10-26', '江门市第十五届人民代表大会常务委员会第十二次会议', '通过']],
      [['2018-11-29', '广东省第十三届人民代表大会常务委员会第七次会议', '批准']],
      [['2022-12-29', '江门市第十六届人民代表大会常务委员会第十次会议', '修正']],
      [['2023-03-30', '广东省第十四届人民代表大会常务委员会第二次会议', '批准']],
    ]);
    expect(result.regulation.history[0]!.raw).toBe('2018年10月26日 江门市第十五届人民代表大会常务委员会第十二次会议通过');
    expect(result.regulation.history.map((h) => h.pos.line)).toEqual([10, 12, 14, 16]);
  });

  it('reads ## chapters and ### sections with one space, two spaces or a full-width space', () => {
    expect(result.regulation.divisions.map((d) => [d.id, d.label, d.name, d.rawName, d.parentId])).toEqual([
      ['chp_1', '第一章', '总则', '总 则', null],
      ['chp_2', '第二章', '工作职责', '工作职责', null],
      ['chp_2__sec_1', '第一节', '政府职责', '政府职责', 'chp_2'],
      ['chp_2__sec_2', '第二节', '部门职责', '部门职责', 'chp_2'],
      ['chp_3', '第三章', '附则', '附　则', null],
    ]);
    expect(result.regulation.divisions[0]!.pos).toEqual({ line: 20, column: 4, offset: 284 });
  });

  it('reads articles with an ASCII space after the number and blank lines between paragraphs and items', () => {
    expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    const a3 = article(result, '第三条').paragraphs;
    expect(a3).toHaveLength(1);
    expect(a3[0]!.text).toBe('市、县（市、区）人民政府应当履行下列职责:');
    expect(a3[0]!.items.map((i) => [i.label, i.text])).toEqual([
      ['（一）', '将平安建设纳入国民经济和社会发展规划；'],
      ['（二）', '保障平安建设工作经费；'],
      ['（三）', '法律、法规规定的其他职责。'],
    ]);
    expect(article(result, '第四条').paragraphs.map((p) => p.text)).toEqual([
      '镇人民政府、街道办事处应当建立综治中心，统筹辖区内的平安建设工作。',
      '村（居）民委员会应当协助做好平安建设相关工作。',
    ]);
    expect(article(result, '第六条').paragraphs[0]!.text).toBe('本条例自2023年5月1日起施行。');
  });

  it('reports no error and no joined line', () => {
    expect(diagnosticsOf(result, 'error')).toEqual([]);
    expect(diagnosticsOf(result, 'warning').every((w) => w.ruleId === 'removed-artifact')).toBe(true);
  });

  it('reads items introduced by an ASCII colon inline, too', () => {
    const r = parseText('第一条 有关部门应当履行下列职责:（一）制定规划；（二）组织实施。');
    expect(r.regulation.articles[0]!.paragraphs[0]!.items.map((i) => i.text)).toEqual(['制定规划；', '组织实施。']);
  });
});

describe('things any family can contain', () => {
  describe('article-suffix', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('article-suffix');
    });

    it('reads 第十条之一 and 第十条之二 between 第十条 and 第十一条', () => {
      expect(result.regulation.articles.map((a) => a.id)).toEqual([
        'art_1',
        'art_2',
        'art_3',
        'art_4',
        'art_5',
        'art_6',
        'art_7',
        'art_8',
        'art_9',
        'art_10',
        'art_10_1',
        'art_10_2',
        'art_11',
      ]);
      expect(article(result, '第十条之一')).toMatchObject({ number: 10, suffix: 1, slug: '10-1', label: '第十条之一' });
      expect(article(result, '第十条之一').paragraphs[0]!.text).toBe('电动自行车不得在高层建筑的公共门厅、疏散通道、楼梯间停放或者充电。');
      expect(diagnosticsOf(result)).toEqual([]);
    });

    it('resolves 本条例第十条之一', () => {
      expect(refsOf(article(result, '第十条之二').paragraphs[0]!)).toEqual([{ kind: 'internal', text: '本条例第十条之一', targets: ['art_10_1'] }]);
      expect(refsOf(article(result, '第十一条').paragraphs[0]!)).toEqual([{ kind: 'internal', text: '本条例第十条之一', targets: ['art_10_1'] }]);
    });
  });

  describe('parts-above-chapters', () => {
    it('nests chapters in parts and sections in chapters; chapter numbers run on across parts', () => {
      const result = parseFixture('parts-above-chapters');
      expect(result.regulation.divisions.map((d) => [d.id, d.kind, d.name, d.parentId, d.articleIds])).toEqual([
        ['part_1', 'part', '总则', null, ['art_1', 'art_2', 'art_3']],
        ['chp_1', 'chapter', '一般规定', 'part_1', ['art_1', 'art_2']],
        ['chp_2', 'chapter', '执法原则', 'part_1', ['art_3']],
        ['part_2', 'part', '分则', null, ['art_4', 'art_5', 'art_6']],
        ['chp_3', 'chapter', '执法事项', 'part_2', ['art_4', 'art_5', 'art_6']],
        ['chp_3__sec_1', 'section', '市容环境', 'chp_3', ['art_4', 'art_5']],
        ['chp_3__sec_2', 'section', '园林绿化', 'chp_3', ['art_6']],
      ]);
      expect(article(result, '第四条').divisionId).toBe('chp_3__sec_1');
      expect(diagnosticsOf(result)).toEqual([]);
    });
  });

  describe('unnumbered-heading', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('unnumbered-heading');
    });

    it('reads a bare 法律责任 line standing where a chapter heading would as a heading', () => {
      expect(result.regulation.divisions).toEqual([
        {
          id: 'hdg_1',
          kind: 'heading',
          number: null,
          label: '',
          name: '法律责任',
          rawName: '法律责任',
          parentId: null,
          pos: { line: 7, column: 1, offset: 195 },
          articleIds: ['art_5', 'art_6'],
        },
        {
          id: 'hdg_2',
          kind: 'heading',
          number: null,
          label: '',
          name: '附则',
          rawName: '附　　则',
          parentId: null,
          pos: { line: 10, column: 1, offset: 302 },
          articleIds: ['art_7'],
        },
      ]);
      expect(article(result, '第四条').divisionId).toBeNull();
      expect(diagnosticsOf(result)).toEqual([]);
    });

    it('keeps a short second paragraph as a paragraph', () => {
      expect(article(result, '第三条').paragraphs.map((p) => p.text)).toEqual(['电梯使用单位应当对电梯使用安全负责。', '具体办法由市人民政府制定。']);
      expect(article(result, '第四条').paragraphs).toHaveLength(1);
    });

    it('resolves 本条例第三条第一款', () => {
      expect(refsOf(article(result, '第五条').paragraphs[0]!)).toEqual([{ kind: 'internal', text: '本条例第三条第一款', targets: ['art_3__para_1'] }]);
    });
  });

  describe('large-numerals', () => {
    // A 150-article text written out here; the numerals of the article lines are generated, the expectations are not.
    const lines = ['江州市综合条例'];
    for (let n = 1; n <= 150; n++) {
      if (n % 50 === 1) lines.push(`第${intToCn((n - 1) / 50 + 1)}章　第${n}条起`);
      lines.push(n === 144 ? `第${intToCn(n)}条　违反本条例第一百零一条、第一百一十条规定的，依法处理。` : `第${intToCn(n)}条　有关部门应当按照职责做好${n}号事项的管理工作。`);
    }
    let result: ParseResult;
    beforeAll(() => {
      result = parseText(lines.join('\n'), 'large-numerals.txt');
    });
    const arts = () => result.regulation.articles;

    it('reads 第一百零一条, 第一百一十条 and 第一百四十四条', () => {
      expect(arts()).toHaveLength(150);
      expect([arts()[99]!.label, arts()[100]!.label, arts()[109]!.label, arts()[143]!.label, arts()[149]!.label]).toEqual([
        '第一百条',
        '第一百零一条',
        '第一百一十条',
        '第一百四十四条',
        '第一百五十条',
      ]);
      expect([arts()[100]!.number, arts()[109]!.number, arts()[143]!.number]).toEqual([101, 110, 144]);
      expect([arts()[100]!.id, arts()[109]!.id, arts()[143]!.id]).toEqual(['art_101', 'art_110', 'art_144']);
      expect(arts()[10]!.label).toBe('第十一条');
      expect(arts()[19]!.label).toBe('第二十条');
    });

    it('numbers them without gaps and resolves references to them', () => {
      expect(diagnosticsOf(result, 'error')).toEqual([]);
      expect(refsOf(arts()[143]!.paragraphs[0]!)).toEqual([
        { kind: 'internal', text: '本条例第一百零一条', targets: ['art_101'] },
        { kind: 'internal', text: '第一百一十条', targets: ['art_110'] },
      ]);
      expect(result.regulation.divisions.map((d) => [d.label, d.articleIds.length])).toEqual([
        ['第一章', 50],
        ['第二章', 50],
        ['第三章', 50],
      ]);
    });
  });

  describe('arabic-numbers', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('arabic-numbers');
    });

    it('reads 第24条 in a draft, and a draft title ending in （草案）', () => {
      expect(result.regulation.title?.text).toBe('江州市电动自行车管理条例（草案）');
      expect(result.regulation.articles).toHaveLength(24);
      expect(article(result, '第24条')).toMatchObject({ number: 24, suffix: 0, id: 'art_24', slug: '24' });
      expect(result.regulation.articles.map((a) => a.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(diagnosticsOf(result)).toEqual([]);
    });

    it('resolves 本条例第14条 and 第18条、第19条', () => {
      expect(refsOf(article(result, '第22条').paragraphs[0]!)).toEqual([{ kind: 'internal', text: '本条例第14条', targets: ['art_14'] }]);
      expect(refsOf(article(result, '第23条').paragraphs[0]!)).toEqual([
        { kind: 'internal', text: '本条例第18条', targets: ['art_18'] },
        { kind: 'internal', text: '第19条', targets: ['art_19'] },
      ]);
    });

    it('says where the date in force is even when the draft leaves it blank', () => {
      expect(result.regulation.facts.effectiveDate).toBeNull();
      expect(result.regulation.facts.effectiveSourceId).toBe('art_24__para_1');
    });
  });

  describe('references', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseFixture('references');
    });
    const para = (label: string, n = 1) => article(result, label).paragraphs[n - 1]!;

    it('resolves 本条例第十条 and records 《…》 titles and their articles as external', () => {
      expect(refsOf(para('第十四条'))).toEqual([
        { kind: 'internal', text: '本条例第十条', targets: ['art_10'] },
        { kind: 'external', text: '《中华人民共和国治安管理处罚法》', targets: [], lawTitle: '中华人民共和国治安管理处罚法' },
        { kind: 'external', text: '第二十三条', targets: [], lawTitle: '中华人民共和国治安管理处罚法' },
        { kind: 'external', text: '第二十六条', targets: [], lawTitle: '中华人民共和国治安管理处罚法' },
      ]);
      expect(refsOf(para('第一条'))).toEqual([{ kind: 'external', text: '《中华人民共和国治安管理处罚法》', targets: [], lawTitle: '中华人民共和国治安管理处罚法' }]);
    });

    it('resolves 本条例第十一条第三款 to the paragraph', () => {
      expect(refsOf(para('第十四条', 2))).toEqual([{ kind: 'internal', text: '本条例第十一条第三款', targets: ['art_11__para_3'] }]);
    });

    it('resolves 前款 to the paragraph before', () => {
      expect(refsOf(para('第十四条', 3))).toEqual([{ kind: 'internal', text: '前款', targets: ['art_14__para_2'] }]);
      expect(para('第十四条', 3).refs[0]).toMatchObject({ start: 2, end: 4 });
    });

    it('resolves 本条第一项、第二项 to the items of this article', () => {
      expect(refsOf(para('第十二条', 2))).toEqual([{ kind: 'internal', text: '本条第一项、第二项', targets: ['art_12__para_1__item_1', 'art_12__para_1__item_2'] }]);
    });

    it('expands 第十三条第二、三、四项 to three items', () => {
      expect(refsOf(para('第十五条'))).toEqual([
        { kind: 'internal', text: '第十三条第二、三、四项', targets: ['art_13__para_1__item_2', 'art_13__para_1__item_3', 'art_13__para_1__item_4'] },
      ]);
    });

    it('reports no broken reference', () => {
      expect(diagnosticsOf(result)).toEqual([]);
    });

    it('resolves 依照本法第四十三条第一款 in a law', () => {
      const law = parseFixture('references-law');
      expect(law.regulation.articles).toHaveLength(45);
      expect(refsOf(article(law, '第四十四条').paragraphs[0]!)).toEqual([{ kind: 'internal', text: '本法第四十三条第一款', targets: ['art_43__para_1'] }]);
      expect(diagnosticsOf(law)).toEqual([]);
    });
  });

  describe('definitions', () => {
    it('reads 本条例所称…，是指… and the items after 本条例下列用语的含义是：', () => {
      const result = parseFixture('definitions');
      expect(result.regulation.facts.definitions).toEqual([
        { term: '网格化服务管理', definition: '以网格为单元，整合基层服务管理资源，对网格内的人、地、事、物、组织等进行动态服务管理的工作模式', sourceId: 'art_2__para_1' },
        { term: '重点人员', definition: '依法需要重点关注和帮扶的人员', sourceId: 'art_2__para_2' },
        { term: '网格', definition: '按照地理布局、人口数量、居民认同等原则划分的基本服务管理单元', sourceId: 'art_3__para_1__item_1' },
        { term: '网格员', definition: '经聘用在网格内从事服务管理工作的人员', sourceId: 'art_3__para_1__item_2' },
        { term: '专属网格', definition: '以学校、医院、商圈等为单位划定的网格', sourceId: 'art_3__para_1__item_3' },
      ]);
      expect(diagnosticsOf(result)).toEqual([]);
    });
  });

  describe('effective-date-and-repeal', () => {
    it('reads the date in force and every law repealed in the last article', () => {
      const result = parseFixture('effective-date-and-repeal');
      expect(result.regulation.facts.effectiveDate).toBe('2024-09-01');
      expect(result.regulation.facts.effectiveSourceId).toBe('art_3__para_1');
      expect(result.regulation.facts.repeals).toEqual([
        { title: '江州市社会治安综合治理条例', sourceId: 'art_3__para_2' },
        { title: '江州市群防群治工作规定', sourceId: 'art_3__para_2' },
      ]);
      expect(diagnosticsOf(result)).toEqual([]);
    });

    it('reads a date in force written in Chinese numerals', () => {
      const result = parseText('第一条　本条例自二〇二四年十月一日起施行。');
      expect(result.regulation.facts.effectiveDate).toBe('2024-10-01');
    });
  });

  describe('gbk-encoded', () => {
    // 江州市燃气管理条例 / 第一条　… / 第二条　本条例自2025年1月1日起施行。 encoded as GB18030, byte for byte.
    const HEX =
      'bdadd6ddcad0c8bcc6f8b9dcc0edccf5c0fd0ab5dad2bbccf5a1a1ceaac1cbbcd3c7bfc8bcc6f8b9dcc0eda3acb1a3d5cfc8bcc6f8b9a9d3a6a3acb7c0d6b9bacdbcf5c9d9c8bcc6f8b0b2c8abcac2b9caa3acd6c6b6a8b1beccf5c0fda1a30ab5dab6feccf5a1a1b1beccf5c0fdd7d432303235c4ea31d4c231c8d5c6f0caa9d0d0a1a30a';
    const TEXT = '江州市燃气管理条例\n第一条　为了加强燃气管理，保障燃气供应，防止和减少燃气安全事故，制定本条例。\n第二条　本条例自2025年1月1日起施行。\n';

    it('is GB18030 bytes (the fixture itself)', () => {
      const bytes = fixtureBytes('gbk-encoded');
      expect(bytes.toString('hex')).toBe(HEX);
      expect(new TextDecoder('gb18030').decode(bytes)).toBe(TEXT);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    });

    it('converts it, says so with an error, and never yields mojibake', () => {
      const result = parseFixture('gbk-encoded', 'gb18030');
      expect(result.regulation.title?.text).toBe('江州市燃气管理条例');
      expect(labels(result.regulation.articles)).toEqual(['第一条', '第二条']);
      expect(result.regulation.facts.effectiveDate).toBe('2025-01-01');
      expect(diagnosticsOf(result).map((d) => [d.ruleId, d.severity])).toEqual([['encoding', 'error']]);
      expect(result.diagnostics[0]!.reason).toContain('GB18030');
      expect(JSON.stringify(result.regulation)).not.toContain('\ufffd');
    });
  });
});

// Bad input: one small fixture per problem (tests/fixtures/parse/invalid-*), each pinning rule id, severity,
// line, column and the Chinese message. The wording was read and checked by hand before being pinned here.
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/parse/diagnostics.ts';
import { parseRegulation } from '../../src/lib/parse/parse-regulation.ts';
import { diagnosticsOf, fixtureBytes, fixturePath, parseFixture, parseText } from './parse-fixture-helpers.ts';

/** Errors of a fixture as [ruleId, severity, line, column, reason]. */
const errorsOf = (name: string) => diagnosticsOf(parseFixture(name), 'error').map((d) => [d.ruleId, d.severity, d.line, d.column, d.reason]);

describe('encoding', () => {
  it('names GB18030 when a file is not UTF-8, converts it and says so', () => {
    const result = parseRegulation(fixtureBytes('gbk-encoded'), 'gbk.txt');
    expect(diagnosticsOf(result)).toEqual([
      {
        file: 'gbk.txt',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'encoding',
        reason:
          '文件不是 UTF-8 编码：第 1 行第 1 列起不是有效的 UTF-8，检测为 GB18030/GBK 编码。已按 GB18030 转换后解析；请将文件另存为 UTF-8 编码（例如 iconv -f GB18030 -t UTF-8）。',
      },
    ]);
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030, at the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('江州市条例\n第一条　ab', 'utf8'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('。\n', 'utf8')]);
    const result = parseRegulation(bytes, 'latin.txt');
    expect(diagnosticsOf(result)).toEqual([
      {
        file: 'latin.txt',
        line: 2,
        column: 7,
        severity: 'error',
        ruleId: 'encoding',
        reason: '文件不是 UTF-8 编码：第 2 行第 7 列出现无效字节，也不像 GB18030/GBK 中文文本，无法读取。请将文件另存为 UTF-8 编码。',
      },
    ]);
    expect(result.regulation.articles).toEqual([]);
  });

  it('converts UTF-16 with a BOM and says so', () => {
    const result = parseRegulation(Buffer.from('\ufeff第一条　本条例自2025年1月1日起施行。\r\n', 'utf16le'), 'utf16.txt');
    expect(result.regulation.articles[0]!.paragraphs[0]!.text).toBe('本条例自2025年1月1日起施行。');
    expect(diagnosticsOf(result)).toEqual([
      {
        file: 'utf16.txt',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'encoding',
        reason: '文件不是 UTF-8 编码：开头的字节顺序标记表明是 UTF-16（小端）。已按 UTF-16 转换后解析；请将文件另存为 UTF-8 编码。',
      },
    ]);
  });
});

describe('errors', () => {
  it('reports an empty file', () => {
    expect(errorsOf('invalid-empty-file')).toEqual([['empty-file', 'error', 1, 1, '文件为空：应有法规正文，实为空文件或只有空白']]);
    expect(fixtureBytes('invalid-empty-file').length).toBe(0);
    expect(diagnosticsOf(parseText('\n\u3000\n  \n')).map((d) => d.ruleId)).toEqual(['empty-file']);
  });

  it('reports a file without articles once, not once per line', () => {
    expect(errorsOf('invalid-no-articles')).toEqual([
      [
        'no-articles',
        'error',
        1,
        1,
        '没有找到条文：应有以“第一条”开头的条文，实为没有任何“第…条”行。请确认这是法规正文；网页或 Word 文档请直接用原文件（.html、.docx）运行 npm run add',
      ],
    ]);
  });

  it('names the line and what stands before 第一条 when the label is not at the start of its line', () => {
    expect(errorsOf('invalid-article-label-not-at-line-start')).toEqual([
      [
        'no-articles',
        'error',
        3,
        3,
        '没有找到条文：第 3 行的“第一条”不在行首，前面是“**”。条文须以“第…条”开头，这种写法（如 Markdown 加粗）读不出条文；请改用原件（国家法律法规数据库的 .docx 或纯文本导出）运行 npm run add',
      ],
    ]);
  });

  it('reports an article gap: 第十六条 → 第十八条', () => {
    expect(errorsOf('invalid-article-gap')).toEqual([['article-sequence', 'error', 18, 1, '条号不连续：应为第十七条，实为第十八条']]);
  });

  it('reports a duplicate article and keeps both with distinct ids', () => {
    expect(errorsOf('invalid-article-duplicate')).toEqual([['article-duplicate', 'error', 5, 1, '条号重复：第三条已在第 4 行出现']]);
    expect(parseFixture('invalid-article-duplicate').regulation.articles.map((a) => a.id)).toEqual(['art_1', 'art_2', 'art_3', 'art_3__dup2', 'art_4']);
  });

  it('reports articles out of order', () => {
    expect(errorsOf('invalid-article-order')).toEqual([
      ['article-sequence', 'error', 4, 1, '条号不连续：应为第三条，实为第四条'],
      ['article-order', 'error', 5, 1, '条号顺序错误：第三条排在第四条之后，应为第五条'],
    ]);
  });

  it('reports a chapter numbering gap', () => {
    expect(errorsOf('invalid-chapter-gap')).toEqual([['chapter-sequence', 'error', 5, 1, '章号不连续：应为第二章，实为第三章']]);
  });

  it('reports a section numbering gap', () => {
    expect(errorsOf('invalid-section-gap')).toEqual([['section-sequence', 'error', 7, 1, '节号不连续：应为第二节，实为第三节']]);
  });

  it('reports an item numbering gap', () => {
    expect(errorsOf('invalid-item-gap')).toEqual([['item-sequence', 'error', 7, 1, '第三条的项号不连续：应为（三），实为（四）']]);
  });

  it('reports items out of order', () => {
    expect(errorsOf('invalid-item-order')).toEqual([
      ['item-sequence', 'error', 6, 1, '第三条的项号不连续：应为（二），实为（三）'],
      ['item-order', 'error', 7, 1, '第三条的项号顺序错误：（二）排在（三）之后，应为（四）'],
    ]);
  });

  it('reports references to provisions that do not exist, at the reference itself', () => {
    expect(errorsOf('invalid-broken-reference')).toEqual([
      ['broken-reference', 'error', 7, 7, '引用的条文不存在：第四条引用“本条例第三十条”，但本法规没有第三十条（共 5 条）'],
      ['broken-reference', 'error', 8, 6, '引用的条文不存在：第五条引用“本条例第三条第三项”，但第三条只有 2 项'],
      ['broken-reference', 'error', 8, 23, '引用的条文不存在：第五条引用“前款”，但第五条第一款之前没有款'],
    ]);
  });

  it('places a broken reference on the continuation line of a wrapped paragraph', () => {
    const r = parseText('第一条　为了推进平安建设，依照\n本条例第九条制定本条例。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.line, d.column])).toEqual([['broken-reference', 2, 1]]);
  });

  it('places a broken reference inside an item after its label', () => {
    const r = parseText('第一条　有下列情形之一的，依法处理：\n（一）违反本条例第九条的；\n（二）其他情形。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.line, d.column])).toEqual([['broken-reference', 2, 6]]);
  });

  it('reports text before the first article that is neither title, history, TOC nor heading', () => {
    expect(errorsOf('invalid-text-before-first-article')).toEqual([
      ['text-before-first-article', 'error', 3, 1, '第一条之前有无法识别的文字：应为标题、制定或修改说明、目录或章节标题，实为“本条例根据宪法和有关法律制定。”'],
    ]);
    const art = parseFixture('invalid-text-before-first-article').regulation.artifacts;
    expect(art).toEqual([{ kind: 'unrecognized', text: '本条例根据宪法和有关法律制定。', pos: { line: 3, column: 1, offset: 51 } }]);
  });

  it('answers a draft numbered in Arabic digits in Arabic digits', () => {
    const r = parseText('第1条　为了规范管理，制定本条例。\n第3条　本条例自公布之日起施行。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.reason])).toEqual([['article-sequence', '条号不连续：应为第2条，实为第3条']]);
  });

  it('names the paragraph when an article with several paragraphs has an item gap', () => {
    const r = parseText('第一条　为了规范管理，制定本条例。\n第二条　有关部门应当做好服务工作。\n有下列情形之一的，依法处理：\n（一）拒不改正的；\n（三）情节严重的。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.line, d.reason])).toEqual([['item-sequence', 5, '第二条第二款的项号不连续：应为（二），实为（三）']]);
  });

  it('reports a 之二 article that does not follow its 之一', () => {
    const r = parseText('第一条　为了规范管理，制定本条例。\n第一条之二　有关部门应当做好服务工作。\n第二条　本条例自公布之日起施行。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.line, d.reason])).toEqual([['article-suffix', 2, '条号之后缀顺序错误：第一条之二应紧跟在第一条之一之后']]);
  });

  it('reports a malformed numeral instead of guessing, and numbers on from the previous article', () => {
    const r = parseText('第一条　为了规范管理，制定本条例。\n第十百条　本条例自公布之日起施行。');
    expect(diagnosticsOf(r, 'error').map((d) => [d.ruleId, d.line, d.column, d.reason])).toEqual([
      ['number-format', 2, 1, '条号无法识别：“第十百条”中的数字不规范，暂按第 2 个处理'],
    ]);
    expect(r.regulation.articles.map((a) => [a.label, a.id])).toEqual([
      ['第一条', 'art_1'],
      ['第十百条', 'art_2'],
    ]);
  });
});

describe('warnings', () => {
  it('warns about a joined wrapped line', () => {
    expect(diagnosticsOf(parseFixture('wrapped-paragraph'), 'warning')[0]).toEqual({
      file: fixturePath('wrapped-paragraph'),
      line: 3,
      column: 1,
      severity: 'warning',
      ruleId: 'joined-wrapped-line',
      reason: '已合并折行：上一行没有以“。”“；”“：”结尾，本行视为同一段的续行',
    });
  });

  it('warns about a removed artifact', () => {
    expect(diagnosticsOf(parseFixture('bookmark-artifacts'), 'warning')[0]).toEqual({
      file: fixturePath('bookmark-artifacts'),
      line: 2,
      column: 1,
      severity: 'warning',
      ruleId: 'removed-artifact',
      reason: '已移除文字处理软件书签：“[bookmark: 第一章 总则]”',
    });
  });
});

describe('an article label glued to its text', () => {
  it('is read as the next article, with a warning', () => {
    const r = parseText('第一条　为了规范管理，制定本条例。\n第二条本条例适用于本市。\n第三条　本条例自公布之日起施行。');
    expect(r.regulation.articles.map((a) => [a.label, a.paragraphs[0]!.text])).toEqual([
      ['第一条', '为了规范管理，制定本条例。'],
      ['第二条', '本条例适用于本市。'],
      ['第三条', '本条例自公布之日起施行。'],
    ]);
    expect(diagnosticsOf(r)).toEqual([
      { file: 'inline.txt', line: 2, column: 1, severity: 'warning', ruleId: 'article-separator', reason: '条号后缺少空格：“第二条”与正文之间应有一个全角空格' },
    ]);
  });

  it('is not read as an article when it is a reference starting a paragraph, or out of sequence', () => {
    const r = parseText('第一条　为了规范管理，制定本条例。\n第二条规定的情形，由市人民政府确定。\n第九条本条例自公布之日起施行。\n第二条　本条例自公布之日起施行。');
    expect(r.regulation.articles.map((a) => [a.label, a.paragraphs.length])).toEqual([
      ['第一条', 3],
      ['第二条', 1],
    ]);
  });
});

describe('formatDiagnostic', () => {
  it('prints file:line:col severity reason [rule], the source line and a caret', () => {
    const d = parseFixture('invalid-article-gap').diagnostics.find((x) => x.ruleId === 'article-sequence')!;
    expect(formatDiagnostic(d)).toBe(
      [
        'tests/fixtures/parse/invalid-article-gap/input.txt:18:1 error 条号不连续：应为第十七条，实为第十八条 [article-sequence]',
        '    18 | 第十八条　本条例自2025年1月1日起施行。',
        '         ^',
      ].join('\n'),
    );
  });

  it('puts the caret under the column, counting CJK characters as two cells', () => {
    const d = parseFixture('invalid-broken-reference').diagnostics[0]!;
    expect(formatDiagnostic(d).split('\n')).toEqual([
      'tests/fixtures/parse/invalid-broken-reference/input.txt:7:7 error 引用的条文不存在：第四条引用“本条例第三十条”，但本法规没有第三十条（共 5 条） [broken-reference]',
      '    7 | 第四条　违反本条例第三十条规定的，由有关部门责令改正。',
      // 8 cells of gutter + 6 CJK characters of two cells each
      ' '.repeat(8 + 12) + '^',
    ]);
  });

  it('prints only the head when there is no source line', () => {
    expect(formatDiagnostic({ file: 'a.txt', line: 1, column: 1, severity: 'warning', ruleId: 'deep-level', reason: '说明' })).toBe('a.txt:1:1 warning 说明 [deep-level]');
  });
});

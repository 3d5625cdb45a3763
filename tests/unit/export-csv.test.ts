// The provisions CSV and the regulations JSON, built from the real corpus and read back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { csvField, toCsv } from '../../src/lib/export/csv.ts';
import { PROVISION_COLUMNS, provisionsCsv, topicLookupFromAnalysis } from '../../src/lib/export/provisions-csv.ts';
import { regulationsDocument } from '../../src/lib/export/regulations-json.ts';
import { RegulationSchema } from '../../src/lib/schemas/corpus.ts';
import { ROOT } from '../helpers/corpus.ts';
import { readCsv } from './export-helpers.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const corpus = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
const fixture = loadRegulation(path.join(ROOT, 'tests/fixtures/export/every-structure'), ROOT).regulation!;
const regs = [...corpus, fixture];

/** Every paragraph, item and sub-item of a regulation with its text, in reading order. */
const nodesOf = (r: (typeof regs)[number]) => r.parsed.articles.flatMap((a) => a.paragraphs.flatMap((p) => [p, ...p.items.flatMap((it) => [it, ...it.subItems])]));

describe('the provisions CSV', () => {
  const csv = provisionsCsv(regs);
  const [header, ...rows] = readCsv(csv);
  const col = (name: string) => PROVISION_COLUMNS.findIndex((c) => c.name === name);

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(csv.startsWith('\ufeffregulation_id,regulation_title,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the documented columns, in order, and the same number of fields on every row', () => {
    expect(header).toEqual(PROVISION_COLUMNS.map((c) => c.name));
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it('has one row per paragraph, item and sub-item, with the text exactly as parsed', () => {
    const expected = regs.flatMap((r) => nodesOf(r).map((n) => [r.meta.id, n.id, n.kind, n.text]));
    expect(rows.map((r) => [r[col('regulation_id')], r[col('node_id')], r[col('kind')], r[col('text')]])).toEqual(expected);
    expect(rows.filter((r) => r[0] !== 'every-structure')).toHaveLength(corpus.reduce((n, r) => n + r.stats.paragraphs + r.stats.items, 0));
  });

  it('cites each provision the way the site does', () => {
    const row = (id: string, node: string) => rows.find((r) => r[0] === id && r[col('node_id')] === node)!;
    expect(row('xinjiang', 'art_9__para_1__item_3')[col('citation')]).toBe('《新疆维吾尔自治区平安建设条例》第九条第（三）项');
    expect(row('every-structure', 'art_3__para_1__item_1__subitem_2')[col('citation')]).toBe('《江州市示例管理条例》第三条第（一）项第2目');
    expect(row('every-structure', 'art_4__para_2')[col('citation')]).toBe('《江州市示例管理条例》第四条第二款');
    expect(row('every-structure', 'art_4__para_2')[col('url')]).toBe('/regulations/every-structure/4/#art_4__para_2');
    expect(row('every-structure', 'art_3__para_1__item_1__subitem_2').slice(col('paragraph'), col('label') + 1)).toEqual(['1', '1', '2', '2．']);
    expect(row('every-structure', 'art_4__para_1')[col('division')]).toBe('第二编　分则 / 第二章　管理职责 / 第二节　单位义务');
    expect(row('xinjiang', 'art_1__para_1')[col('division')]).toBe('');
  });

  it('quotes fields with commas and double quotes and reads them back unchanged', () => {
    const text = rows.find((r) => r[col('node_id')] === 'art_2__para_1' && r[0] === 'every-structure')![col('text')];
    expect(text).toContain('"ASCII quotes"');
    expect(csv).toContain('"本条例所称“示例”，是指用于检验导出格式的文本，包括 <标记> & “引号” ""ASCII quotes"" 以及 \'单引号\'。"');
  });

  it('fills the topic columns from the analysis: a paragraph with its items, an item with its own clauses', () => {
    const lookup = topicLookupFromAnalysis({
      paragraphs: [
        {
          id: 'art_3__para_1',
          articleId: 'art_3',
          topics: [
            { id: 'planning', name: '规划', source: 'keyword', evidence: [] },
            { id: 'funding', name: '经费', source: 'keyword', evidence: [] },
          ],
        },
      ],
      clauses: [{ sourceId: 'art_3__para_1__item_2', topics: [{ id: 'funding', name: '经费' }] }] as never,
    });
    const withTopics = readCsv(provisionsCsv([fixture], () => lookup));
    const at = (node: string) => withTopics.find((r) => r[col('node_id')] === node)!;
    expect([at('art_3__para_1')[col('topic_ids')], at('art_3__para_1')[col('topic_names')]]).toEqual(['planning funding', '规划；经费']);
    expect([at('art_3__para_1__item_2')[col('topic_ids')], at('art_3__para_1__item_2')[col('topic_names')]]).toEqual(['funding', '经费']);
    expect([at('art_3__para_1__item_1')[col('topic_ids')], at('art_1__para_1')[col('topic_ids')]]).toEqual(['', '']);
  });

  it('writes RFC 4180 fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    // OWASP CSV injection: a leading = + - @ tab or CR is neutralised with an apostrophe, then quoted as usual
    expect(['=1+1', '+1', '-1', '@SUM(1)', '\t=1'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(1)", "'\t=1"]);
    expect(csvField('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvField('中间=1')).toBe('中间=1');
    expect(
      readCsv(
        toCsv(
          ['a', 'b'],
          [
            ['x,y', 'line\r\nbreak'],
            ['"q"', ''],
          ],
        ),
      ),
    ).toEqual([
      ['a', 'b'],
      ['x,y', 'line\r\nbreak'],
      ['"q"', ''],
    ]);
  });

  it('is read strictly by the test reader', () => {
    expect(() => readCsv('a,b\nc,d\r\n')).toThrow('未加引号');
    expect(() => readCsv('a,"b\r\n')).toThrow('引号未闭合');
    expect(() => readCsv('a,b')).toThrow('CRLF');
  });
});

describe('the regulations JSON', () => {
  it('holds every regulation as the site reads it, under the format header, with no build time', () => {
    const doc = JSON.parse(JSON.stringify(regulationsDocument(corpus, '0123abcd')));
    expect(Object.keys(doc)).toEqual(['format', 'formatVersion', 'corpusVersion', 'regulations']);
    expect([doc.format, doc.formatVersion, doc.corpusVersion]).toEqual(['duizhao-regulations', 1, '0123abcd']);
    expect(doc.regulations.map((r: unknown) => RegulationSchema.parse(r))).toEqual(corpus);
    expect(JSON.stringify(doc)).not.toMatch(/builtAt/);
  });
});

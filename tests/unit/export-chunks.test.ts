// The downloads made in pieces (src/lib/export/json-chunks.ts, toCsvChunks in csv.ts): joined, the pieces are the
// very text JSON.stringify and toCsv give, and a large document comes in many small pieces rather than one string.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';
import { toCsv, toCsvChunks } from '../../src/lib/export/csv.ts';
import { jsonChunks } from '../../src/lib/export/json-chunks.ts';
import { provisionsCsvChunks } from '../../src/lib/export/provisions-csv.ts';
import { regulationsDocument } from '../../src/lib/export/regulations-json.ts';
import { ROOT } from '../helpers/corpus.ts';

const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe('JSON in pieces', () => {
  // JSON.stringify is the specification here: every case is compared with it
  const cases: Array<[string, unknown]> = [
    ['a number, a string, null, true', [1, '一', null, true]],
    ['an empty object and array', { a: {}, b: [] }],
    ['keys with undefined, a function or a symbol are left out', { a: undefined, b: () => 1, c: Symbol('x'), d: 1 }],
    ['undefined, functions and symbols in an array become null', [undefined, () => 1, Symbol('x'), 2]],
    ['an object whose first key is left out has no leading comma', { a: undefined, b: 1, c: 2 }],
    ['NaN and infinity become null, -0 becomes 0', [Number.NaN, Number.POSITIVE_INFINITY, -0]],
    ['strings are escaped: quotes, backslashes, control characters, lone surrogates', { 'k"\\': 'a"b\\c\n\u0001\ud800' }],
    ['an object with toJSON is written as toJSON says', { when: new Date(Date.UTC(2026, 11, 8)), nested: { toJSON: () => 'x' } }],
    ['deep nesting', { a: { b: { c: [{ d: [1, [2, [3]]] }] } } }],
  ];
  it.each(cases)('%s', (_, value) => {
    expect(joined(jsonChunks(value))).toBe(JSON.stringify(value));
  });

  it('gives a large array in pieces of about 64 K characters', () => {
    const links = Array.from({ length: 100_000 }, (_, i) => [i, i + 1, 980, 455]);
    const doc = { format: 'duizhao-alignment', alignment: { links, complete: true } };
    const pieces = [...jsonChunks(doc)];
    expect(pieces.join('')).toBe(JSON.stringify(doc));
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65_536 + 30);
  });

  it('writes the regulations download of the real corpus exactly as JSON.stringify', () => {
    const regs = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
    const doc = regulationsDocument(regs, '12345678');
    expect(joined(jsonChunks(doc))).toBe(JSON.stringify(doc));
  });
});

describe('CSV in pieces', () => {
  const rows = Array.from({ length: 2500 }, (_, i) => [`第${i}条`, i % 7 === 0 ? '=1+1' : 'a,"b"', '']);

  it('joins to the document toCsv gives, the BOM and header only at the start', () => {
    const pieces = [...toCsvChunks(['x', 'y', 'z'], rows)];
    expect(pieces.join('')).toBe(toCsv(['x', 'y', 'z'], rows));
    expect(pieces).toHaveLength(3); // 1,000 records a piece: 1,000 + 1,000 + 500 and the header
    expect(pieces[0]!.startsWith("\ufeffx,y,z\r\n第0条,'=1+1,\r\n")).toBe(true);
    expect(pieces.slice(1).some((p) => p.includes('\ufeff') || p.includes('x,y,z'))).toBe(false);
    expect(pieces[2]!.endsWith('第2498条,"a,""b""",\r\n第2499条,\'=1+1,\r\n')).toBe(true); // 2,499 = 7 × 357
  });

  it('a header with no rows is one piece', () => {
    expect([...toCsvChunks(['x'], [])]).toEqual(['\ufeffx\r\n']);
  });

  it('reads the rows lazily: the provisions of one regulation are made only when its piece is asked for', () => {
    // the six regulations four times over: some 6,000 rows, so the first piece (1,000 rows) needs only the first few
    const six = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);
    const regs = [...six, ...six, ...six, ...six];
    const asked: string[] = [];
    const it = provisionsCsvChunks(regs, (id) => {
      asked.push(id);
      return undefined;
    });
    it.next();
    expect(asked.length).toBeLessThan(regs.length);
    const rest = [...it];
    expect(asked).toEqual(regs.map((r) => r.meta.id));
    expect(rest.length).toBeGreaterThan(0);
  });
});

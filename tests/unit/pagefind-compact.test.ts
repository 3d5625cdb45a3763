// The CBOR subset Pagefind's files use, and the compacted index (src/lib/search/cbor.ts, src/lib/search/pagefind-compact.ts).
// Expected bytes are the examples of RFC 8949, appendix A; the index files are written out by hand in the shapes
// Pagefind 1.6 gives (meta: version, pages, word chunks, filters, sorts, meta fields; word chunks; filters).
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/lib/search/cbor.ts';
import { compactIndex, float32Average, metaTag, PAGEFIND_SIGNATURE, readPagefindFile, shortId, writePagefindFile } from '../../src/lib/search/pagefind-compact.ts';

const hex = (s: string) => Uint8Array.from(s.match(/../g)!.map((b) => Number.parseInt(b, 16)));
const toHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('the CBOR subset', () => {
  // RFC 8949 appendix A
  const examples: Array<[unknown, string]> = [
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1000000, '1a000f4240'],
    [-1, '20'],
    [-10, '29'],
    [-100, '3863'],
    [-1000, '3903e7'],
    ['', '60'],
    ['IETF', '6449455446'],
    ['水', '63e6b0b4'],
    [[], '80'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
    [{ map: [['a', 1]] }, 'a1616101'],
  ];
  it.each(examples)('encodes %j as the RFC does', (value, bytes) => {
    expect(toHex(encodeCbor(value as never))).toBe(bytes);
    expect(decodeCbor(hex(bytes))).toEqual({ value, end: bytes.length / 2 });
  });

  it('decodes byte strings', () => {
    expect(decodeCbor(hex('4401020304')).value).toEqual(hex('01020304'));
  });

  it('refuses what it does not read, and data cut short', () => {
    expect(() => decodeCbor(hex('f5'))).toThrow('unsupported major type 7 at 0'); // true
    expect(() => decodeCbor(hex('9f01ff'))).toThrow('unsupported length encoding 31'); // indefinite array
    expect(() => decodeCbor(hex('64494554'))).toThrow('4 byte(s) expected at 1, the data ends at 4');
    expect(() => encodeCbor(2 ** 32)).toThrow('4294967296 is not an unsigned 32-bit integer');
  });
});

/** A meta file in Pagefind 1.6's shape: pages, one word chunk, one filter, `sorts`, one meta field. */
const meta = (pages: unknown[], sorts: unknown[] = []) => writePagefindFile(['1.6.0', pages, [['a', 'z', 'zh-cn_i1']], [['章', 'zh-cn_f1']], sorts, ['citation']] as never);
/** Four pages of 61, 30, 61 and 12 words: by word count, ties in Pagefind's order, they go 3, 1, 0, 2. */
const pages = [
  ['zh-cn_a', 61, ''],
  ['zh-cn_b', 30, ''],
  ['zh-cn_c', 61, ''],
  ['zh-cn_d', 12, ''],
];
/** A word chunk: 网格 on pages 0, 2 and 3, each posting the difference from the one before ([-25, n]: weight, location). */
const chunk = writePagefindFile([
  [
    [
      '网格',
      [
        [0, [-25, 5], []],
        [2, [-25, 9], []],
        [1, [-25, 3], []],
      ],
      [],
    ],
  ],
] as never);
/** A filter: 总则 on pages 0 and 1, 附则 on page 3. */
const filter = writePagefindFile([
  '章',
  [
    ['总则', [0, 1]],
    ['附则', [3]],
  ],
] as never);
const files = (index: Uint8Array, f: Uint8Array) => (kind: 'index' | 'filter', id: string) => {
  expect(id).toBe(kind === 'index' ? 'zh-cn_i1' : 'zh-cn_f1');
  return kind === 'index' ? index : f;
};
const decoded = (b: Uint8Array | undefined) => readPagefindFile(b!, 'x');

describe('the compacted index', () => {
  it('names file i of a kind <tag>/<i in base 36>, under the tag of the meta hash', () => {
    expect(metaTag('zh-cn_651770fde14fc')).toBe('651770fde14fc');
    expect(shortId('651770fde14fc', 0)).toBe('651770fde14fc/0');
    expect(shortId('651770fde14fc', 36 * 36 + 35)).toBe('651770fde14fc/10z');
  });

  it('puts the pages in order of word count, ties in the old order, with ids counting up', () => {
    const c = compactIndex(meta(pages), files(chunk, filter), 't', 'test.pf_meta');
    expect(c.fragments).toEqual([
      { from: 'zh-cn_d', to: 't/0' },
      { from: 'zh-cn_b', to: 't/1' },
      { from: 'zh-cn_a', to: 't/2' },
      { from: 'zh-cn_c', to: 't/3' },
    ]);
    expect(toHex(c.meta)).toBe(
      toHex(
        writePagefindFile([
          '1.6.0',
          [
            ['t/0', 12, ''],
            ['t/1', 30, ''],
            ['t/2', 61, ''],
            ['t/3', 61, ''],
          ],
          [['a', 'z', 't/0']],
          [['章', 't/0']],
          [],
          ['citation'],
        ] as never),
      ),
    );
  });

  it('maps the word index to the new page numbers, postings in ascending order as differences', () => {
    const c = compactIndex(meta(pages), files(chunk, filter), 't', 'test.pf_meta');
    expect(c.chunks.map((x) => [x.from, x.to])).toEqual([['zh-cn_i1', 't/0']]);
    // old pages 0, 2, 3 are new pages 2, 3, 0: in new order 0 (old 3), 2 (old 0), 3 (old 2)
    expect(decoded(c.chunks[0]!.content)).toEqual([
      [
        [
          '网格',
          [
            [0, [-25, 3], []],
            [2, [-25, 5], []],
            [1, [-25, 9], []],
          ],
          [],
        ],
      ],
    ]);
  });

  it('maps the filters to the new page numbers, in ascending order', () => {
    const c = compactIndex(meta(pages), files(chunk, filter), 't', 'test.pf_meta');
    expect(c.filters.map((x) => [x.from, x.to])).toEqual([['zh-cn_f1', 't/0']]);
    expect(decoded(c.filters[0]!.content)).toEqual([
      '章',
      [
        ['总则', [1, 2]],
        ['附则', [0]],
      ],
    ]);
  });

  it('keeps the average page length Pagefind computes, and says when over 2^24 words the new order rounds it otherwise', () => {
    expect(compactIndex(meta(pages), files(chunk, filter), 't', 'test.pf_meta').averageShift).toBeNull();
    // in 32-bit floats 2^24 + 1 rounds back to 2^24, so the one-word pages vanish after the big page; before it they add
    // up to 3, and 2^24 + 3 rounds (ties to even) to 2^24 + 4
    const big = [
      ['zh-cn_a', 2 ** 24, ''],
      ['zh-cn_b', 1, ''],
      ['zh-cn_c', 1, ''],
      ['zh-cn_d', 1, ''],
    ];
    expect(float32Average([2 ** 24, 1, 1, 1])).toBe(2 ** 22);
    expect(compactIndex(meta(big), files(chunk, filter), 't', 'test.pf_meta').averageShift).toEqual({ before: 2 ** 22, after: (2 ** 24 + 4) / 4 });
  });

  it('reads back exactly what it writes', () => {
    expect(toHex(writePagefindFile(readPagefindFile(chunk, 'x')))).toBe(toHex(chunk));
    expect(new TextDecoder().decode(chunk.subarray(0, 12))).toBe(PAGEFIND_SIGNATURE);
  });

  it('refuses a file of another shape, naming the file and what it found', () => {
    const read = files(chunk, filter);
    expect(() => compactIndex(new TextEncoder().encode('pagefind_xyz'), read, 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: expected Pagefind\'s signature "pagefind_dcd", found "pagefind_xyz"',
    );
    expect(() => compactIndex(Uint8Array.from([...meta(pages), 0]), read, 't', 'a.pf_meta')).toThrow('a.pf_meta: 1 byte(s) after the CBOR data');
    expect(() => compactIndex(meta([['zh-cn_a', 61]]), read, 't', 'a.pf_meta')).toThrow('a.pf_meta: expected page 0 as [id, word count, fragment group], found ["zh-cn_a",61]');
    expect(() => compactIndex(writePagefindFile(['1.6.0']), read, 't', 'a.pf_meta')).toThrow('a.pf_meta: expected an array of version, pages, word chunks, filters and sorts');
    // a posting past the last page: the chunk does not belong to this meta file
    expect(() => compactIndex(meta(pages.slice(0, 3)), read, 't', 'a.pf_meta')).toThrow('index/zh-cn_i1: expected a page number under 3 in the postings of "网格", found 3');
    const unsorted = writePagefindFile(['章', [['总则', [1, 0]]]] as never);
    expect(() => compactIndex(meta(pages), files(chunk, unsorted), 't', 'a.pf_meta')).toThrow(
      'filter/zh-cn_f1: expected the pages of "总则" as page numbers in ascending order, found [1,0]',
    );
  });

  it('refuses pages kept in fragment groups, and sorts, whose files it does not rewrite', () => {
    const read = files(chunk, filter);
    expect(() => compactIndex(meta([['zh-cn_a', 61, 'zh-cn_g1']]), read, 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: page 0 is in fragment group "zh-cn_g1"; grouped fragments are not supported',
    );
    expect(() => compactIndex(meta(pages, [['date', 'zh-cn_s1']]), read, 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: the index has 1 sort(s) (data-pagefind-sort); sorts are not supported',
    );
  });
});

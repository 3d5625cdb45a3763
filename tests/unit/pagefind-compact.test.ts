// The CBOR subset Pagefind's files use, and short page ids for its meta file (src/lib/search/cbor.ts,
// src/lib/search/pagefind-compact.ts). Expected bytes are the examples of RFC 8949, appendix A, and a meta file
// written out by hand in the shape Pagefind 1.6 gives (version, pages, index chunks, filters, sorts, meta fields).
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/lib/search/cbor.ts';
import { compactPageIds, metaTag, PAGEFIND_SIGNATURE, readPagefindFile, shortPageId, writePagefindFile } from '../../src/lib/search/pagefind-compact.ts';

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
    expect(() => decodeCbor(hex('20'))).toThrow('unsupported major type 1'); // -1
    expect(() => decodeCbor(hex('9f01ff'))).toThrow('unsupported length encoding 31'); // indefinite array
    expect(() => decodeCbor(hex('64494554'))).toThrow('4 byte(s) expected at 1, the data ends at 4');
    expect(() => encodeCbor(-1)).toThrow('-1 is not an unsigned 32-bit integer');
  });
});

/** A meta file in Pagefind 1.6's shape: three pages, one index chunk, one filter, no sorts, one meta field. */
const meta = (pages: unknown[]) => writePagefindFile(['1.6.0', pages, [['a', 'z', 'zh-cn_4cd3b36']], [['章', 'zh-cn_8420c0c']], [], ['citation']] as never);

describe('short page ids', () => {
  const original = meta([
    ['zh-cn_9a3937e', 61, ''],
    ['zh-cn_af9b373', 300, ''],
    ['zh-cn_5e25c76', 74, ''],
  ]);

  it('names page i <tag>/<i in base 36>, under the tag of the meta hash', () => {
    expect(metaTag('zh-cn_651770fde14fc')).toBe('651770fde14fc');
    expect(shortPageId('651770fde14fc', 0)).toBe('651770fde14fc/0');
    expect(shortPageId('651770fde14fc', 36 * 36 + 35)).toBe('651770fde14fc/10z');
  });

  it('changes the ids and nothing else, and lists the renames in page order', () => {
    const { meta: compacted, renames } = compactPageIds(original, 't1', 'test.pf_meta');
    expect(renames).toEqual([
      { from: 'zh-cn_9a3937e', to: 't1/0' },
      { from: 'zh-cn_af9b373', to: 't1/1' },
      { from: 'zh-cn_5e25c76', to: 't1/2' },
    ]);
    expect(toHex(compacted)).toBe(
      toHex(
        meta([
          ['t1/0', 61, ''],
          ['t1/1', 300, ''],
          ['t1/2', 74, ''],
        ]),
      ),
    );
  });

  it('reads back exactly what it writes', () => {
    expect(toHex(writePagefindFile(readPagefindFile(original, 'x')))).toBe(toHex(original));
    expect(new TextDecoder().decode(original.subarray(0, 12))).toBe(PAGEFIND_SIGNATURE);
  });

  it('refuses a file of another shape, naming the file and what it found', () => {
    expect(() => compactPageIds(new TextEncoder().encode('pagefind_xyz'), 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: expected Pagefind\'s signature "pagefind_dcd", found "pagefind_xyz"',
    );
    expect(() => compactPageIds(Uint8Array.from([...original, 0]), 't', 'a.pf_meta')).toThrow('a.pf_meta: 1 byte(s) after the CBOR data');
    expect(() => compactPageIds(meta([['zh-cn_9a3937e', 61]]), 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: page 0: expected [id, word count, fragment group], found ["zh-cn_9a3937e",61]',
    );
    expect(() => compactPageIds(writePagefindFile(['1.6.0']), 't', 'a.pf_meta')).toThrow('expected an array whose second item is the list of pages');
  });

  it('refuses pages kept in fragment groups, whose files are keyed by the old ids', () => {
    expect(() => compactPageIds(meta([['zh-cn_9a3937e', 61, 'zh-cn_g1']]), 't', 'a.pf_meta')).toThrow(
      'a.pf_meta: page 0 is in fragment group "zh-cn_g1"; grouped fragments are not supported',
    );
  });
});

// Short page ids for Pagefind's meta file. Pagefind names each page's data (its fragment) by a 7-hex-digit content
// hash and lists every page's name and word count in the meta file, which every first search downloads whole: about
// 6.6 bytes a page once compressed, 611 KB for the 92,405 article pages of a 2,000-regulation synthetic site. Random
// hashes do not compress; numbers counting up do. So after Pagefind has run, each page i gets the id
// `<tag>/<i in base 36>` and its fragment file is renamed to match. The tag is the hash Pagefind gave the meta file,
// which changes whenever any page changes, so a fragment cached from an earlier build is never read under a new id.
// The index and filter files name pages by their position in the meta's list, which stays as it is.
import { type CborValue, decodeCbor, encodeCbor } from './cbor.ts';

/** The bytes Pagefind puts at the start of every index file once decompressed (pagefind.js `decompress`). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
/** Appended to a language's meta hash once its page ids are short: says the index is compacted, and renames the meta file. */
export const COMPACT_MARK = '-c1';

/** A meta file with short page ids, and the fragment renames that go with it. */
export interface CompactedMeta {
  /** The new meta file, decompressed, signature included. */
  meta: Uint8Array;
  /** Each page's old id and new id, in page order. */
  renames: Array<{ from: string; to: string }>;
}

/** The short id of page `index` under `tag`. @example shortPageId('651770fde14fc', 37) // → '651770fde14fc/11' */
export const shortPageId = (tag: string, index: number): string => `${tag}/${index.toString(36)}`;

/** The tag of a language's meta hash: the part after the language. @example metaTag('zh-cn_651770fde14fc') // → '651770fde14fc' */
export const metaTag = (hash: string): string => hash.slice(hash.lastIndexOf('_') + 1);

/** Split a decompressed Pagefind file into its CBOR value, checking the signature and that nothing trails it. */
export function readPagefindFile(decompressed: Uint8Array, name: string): CborValue {
  const signature = new TextDecoder().decode(decompressed.subarray(0, PAGEFIND_SIGNATURE.length));
  if (signature !== PAGEFIND_SIGNATURE) throw new Error(`${name}: expected Pagefind's signature "${PAGEFIND_SIGNATURE}", found "${signature}"`);
  const { value, end } = decodeCbor(decompressed, PAGEFIND_SIGNATURE.length);
  if (end !== decompressed.length) throw new Error(`${name}: ${decompressed.length - end} byte(s) after the CBOR data`);
  return value;
}

/** Prefix a CBOR value with Pagefind's signature, as its files are before compression. */
export function writePagefindFile(value: CborValue): Uint8Array {
  const body = encodeCbor(value);
  const out = new Uint8Array(PAGEFIND_SIGNATURE.length + body.length);
  out.set(new TextEncoder().encode(PAGEFIND_SIGNATURE));
  out.set(body, PAGEFIND_SIGNATURE.length);
  return out;
}

/**
 * Give every page of a decompressed Pagefind 1.x meta file the id `<tag>/<n>`. Throws, naming what it found, when the
 * file is not the shape this was written for (an array whose second item lists pages as [id, word count, group]) or
 * when pages share fragment group files (Pagefind's --max-fragments), whose contents are keyed by the old ids.
 */
export function compactPageIds(decompressed: Uint8Array, tag: string, name: string): CompactedMeta {
  const root = readPagefindFile(decompressed, name);
  const pages = Array.isArray(root) ? root[1] : undefined;
  if (!Array.isArray(pages)) throw new Error(`${name}: expected an array whose second item is the list of pages`);
  const renames = pages.map((page, i) => {
    if (!Array.isArray(page) || page.length !== 3 || typeof page[0] !== 'string' || typeof page[1] !== 'number' || typeof page[2] !== 'string')
      throw new Error(`${name}: page ${i}: expected [id, word count, fragment group], found ${JSON.stringify(page)}`);
    if (page[2] !== '') throw new Error(`${name}: page ${i} is in fragment group "${page[2]}"; grouped fragments are not supported`);
    const to = shortPageId(tag, i);
    const from = page[0];
    page[0] = to;
    return { from, to };
  });
  return { meta: writePagefindFile(root), renames };
}

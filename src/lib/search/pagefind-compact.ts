// A smaller meta file for Pagefind's index. Every first search downloads the meta file whole, and it lists every page:
// its id and its word count. Pagefind's ids are random 7-hex-digit hashes, which do not compress: about 6.6 bytes a page
// once compressed, 611 KB for the 92,405 article pages of a 2,000-regulation synthetic site. After Pagefind has run,
// this rewrites the index so that it compresses:
//   - the pages are put in order of word count (ties keep Pagefind's order), so the counts come in long runs;
//   - page i gets the id `<tag>/<i in base 36>`, ids counting up; the word and filter files get such ids too.
// The word index and the filters name pages by their position in the meta's list, so their page numbers are mapped to
// the new positions (the word index writes each posting as the difference from the one before; both lists stay in
// ascending order). Nothing else changes: the same words, locations, weights, word counts and filter values, so a
// search finds the same pages with the same scores; only pages of equal score may come in another order. One limit:
// Pagefind adds up the word counts in 32-bit floats, in page order, for the average page length. Above 2^24 words in
// all (about 3,450 synthetic regulations) that sum is rounded, so another order can change the average in its seventh
// digit, and every score by about as much; compactIndex reports the two averages when they differ. The tag is the
// hash Pagefind gave the meta file, which changes whenever any page changes, so a file cached from an earlier build is
// never read under a new id.
import { type CborValue, decodeCbor, encodeCbor } from './cbor.ts';

/** The bytes Pagefind puts at the start of every index file once decompressed (pagefind.js `decompress`). */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
/** Appended to a language's meta hash once its index is compacted: says so, and renames the meta file. */
export const COMPACT_MARK = '-c2';

/** One file of the index under its old and new id, with its new content (decompressed) unless only renamed. */
export interface Renamed {
  from: string;
  to: string;
  content?: Uint8Array;
}

/** The compacted index: the new meta file (decompressed) and every other file's new id and content. */
export interface CompactedIndex {
  meta: Uint8Array;
  /** The average page length Pagefind computes (a 32-bit float sum) in the old and the new order, when they differ. */
  averageShift: { before: number; after: number } | null;
  /** Page data files, renamed only, in the new page order. */
  fragments: Renamed[];
  /** Word index chunks, with their page numbers mapped. */
  chunks: Renamed[];
  /** Filter files, with their page numbers mapped. */
  filters: Renamed[];
}

/** A file's short id under `tag`. @example shortId('651770fde14fc', 37) // → '651770fde14fc/11' */
export const shortId = (tag: string, index: number): string => `${tag}/${index.toString(36)}`;

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

/** Throw, naming the file and what was found, unless `ok`. */
function expectShape(ok: boolean, name: string, what: string, found: unknown): asserts ok {
  if (!ok) throw new Error(`${name}: expected ${what}, found ${JSON.stringify(found)}`.slice(0, 500));
}

type Page = [string, number, string];

/** The meta file's parts: [version, pages, word chunks [from, to, id], filters [name, id], sorts, …]. */
function readMeta(decompressed: Uint8Array, name: string) {
  const root = readPagefindFile(decompressed, name);
  expectShape(Array.isArray(root) && root.length >= 5 && root.slice(1, 5).every(Array.isArray), name, 'an array of version, pages, word chunks, filters and sorts', root);
  const [, pages, chunks, filters, sorts] = root as [CborValue, CborValue[], CborValue[], CborValue[], CborValue[]];
  pages.forEach((page, i) => {
    expectShape(
      Array.isArray(page) && page.length === 3 && typeof page[0] === 'string' && typeof page[1] === 'number' && typeof page[2] === 'string',
      name,
      `page ${i} as [id, word count, fragment group]`,
      page,
    );
    // grouped fragment files (Pagefind's --max-fragments) are keyed by the old ids inside
    if (page[2] !== '') throw new Error(`${name}: page ${i} is in fragment group "${page[2]}"; grouped fragments are not supported`);
  });
  chunks.forEach((c, i) => expectShape(Array.isArray(c) && c.length === 3 && typeof c[2] === 'string', name, `word chunk ${i} as [first word, last word, id]`, c));
  filters.forEach((f, i) => expectShape(Array.isArray(f) && f.length === 2 && typeof f[1] === 'string', name, `filter ${i} as [name, id]`, f));
  // a sort lists pages in an order of its own, which this does not rewrite
  if (sorts.length > 0) throw new Error(`${name}: the index has ${sorts.length} sort(s) (data-pagefind-sort); sorts are not supported`);
  return { root: root as CborValue[], pages: pages as Page[], chunks: chunks as Array<[CborValue, CborValue, string]>, filters: filters as Array<[CborValue, string]> };
}

/** The average page length as Pagefind computes it: the word counts added up in 32-bit floats, in list order. */
export function float32Average(wordCounts: readonly number[]): number {
  let sum = 0;
  for (const w of wordCounts) sum = Math.fround(sum + w);
  return Math.fround(sum / wordCounts.length);
}

/** The new position of each page: by word count, ties in Pagefind's order. */
function pageOrder(pages: readonly Page[]): Int32Array {
  const order = pages.map((_, i) => i).sort((a, b) => pages[a]![1] - pages[b]![1] || a - b);
  const newOf = new Int32Array(pages.length);
  order.forEach((old, i) => {
    newOf[old] = i;
  });
  return newOf;
}

/** A word chunk with its postings' page numbers mapped: each word's postings are [page difference, locations, …]. */
function remapChunk(value: CborValue, newOf: Int32Array, name: string): CborValue {
  expectShape(Array.isArray(value) && Array.isArray(value[0]), name, 'an array whose first item lists the words', value);
  for (const word of value[0] as CborValue[]) {
    expectShape(Array.isArray(word) && typeof word[0] === 'string' && Array.isArray(word[1]), name, 'a word as [word, postings, …]', word);
    const postings = word[1] as CborValue[][];
    let page = 0;
    const mapped = postings.map((p) => {
      expectShape(Array.isArray(p) && typeof p[0] === 'number', name, `a posting of "${word[0]}" as [page difference, …]`, p);
      page += p[0] as number;
      expectShape(page < newOf.length, name, `a page number under ${newOf.length} in the postings of "${word[0]}"`, page);
      return { page: newOf[page]!, posting: p };
    });
    mapped.sort((a, b) => a.page - b.page);
    let previous = 0;
    for (const m of mapped) {
      m.posting[0] = m.page - previous;
      previous = m.page;
    }
    word[1] = mapped.map((m) => m.posting);
  }
  return value;
}

/** A filter file with its page numbers mapped: [filter name, [[value, pages in ascending order]…]]. */
function remapFilter(value: CborValue, newOf: Int32Array, name: string): CborValue {
  expectShape(Array.isArray(value) && value.length === 2 && Array.isArray(value[1]), name, 'a filter as [name, values]', value);
  for (const entry of value[1] as CborValue[]) {
    expectShape(Array.isArray(entry) && Array.isArray(entry[1]), name, 'a filter value as [value, pages]', entry);
    const pages = entry[1] as number[];
    expectShape(
      pages.every((p, i) => typeof p === 'number' && p < newOf.length && (i === 0 || p > pages[i - 1]!)),
      name,
      `the pages of "${String(entry[0])}" as page numbers in ascending order`,
      pages,
    );
    entry[1] = pages.map((p) => newOf[p]!).sort((a, b) => a - b);
  }
  return value;
}

/**
 * Compact a decompressed Pagefind 1.x index: pages in order of word count, short ids for every file. `read` gives a
 * word chunk's or filter's file, decompressed. Throws, naming the file and what it found, on a file of another shape,
 * on grouped fragment files and on sorts.
 */
export function compactIndex(meta: Uint8Array, read: (kind: 'index' | 'filter', id: string) => Uint8Array, tag: string, name: string): CompactedIndex {
  const { root, pages, chunks, filters } = readMeta(meta, name);
  const before = float32Average(pages.map((p) => p[1]));
  const newOf = pageOrder(pages);
  const reordered: Page[] = new Array(pages.length);
  pages.forEach((page, old) => {
    reordered[newOf[old]!] = page;
  });
  const fragments = reordered.map((page, i) => {
    const from = page[0];
    page[0] = shortId(tag, i);
    return { from, to: page[0] };
  });
  root[1] = reordered;
  const after = float32Average(reordered.map((p) => p[1]));
  const rewrite = (kind: 'index' | 'filter', list: Array<CborValue[]>, at: number, remap: typeof remapChunk): Renamed[] =>
    list.map((entry, i) => {
      const from = entry[at] as string;
      const file = `${kind}/${from}`;
      const content = writePagefindFile(remap(readPagefindFile(read(kind, from), file), newOf, file));
      entry[at] = shortId(tag, i);
      return { from, to: entry[at] as string, content };
    });
  return {
    fragments,
    chunks: rewrite('index', chunks, 2, remapChunk),
    filters: rewrite('filter', filters, 1, remapFilter),
    meta: writePagefindFile(root),
    averageShift: before === after ? null : { before, after },
  };
}

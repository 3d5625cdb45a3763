// The part of CBOR (RFC 8949) that Pagefind's index files use: integers, byte and text strings, arrays and maps, all of
// definite length. Encoding writes every length in its shortest form, as Pagefind's encoder (minicbor)
// does, so a file decoded and encoded again comes out byte for byte the same (tests/unit/pagefind-compact.test.ts).

/** A decoded CBOR value of that subset. */
export type CborValue = number | string | Uint8Array | CborValue[] | CborMap;
/** A CBOR map, its entries in file order (keys are not always strings). */
export interface CborMap {
  map: Array<[CborValue, CborValue]>;
}

const MAJOR = { uint: 0, negative: 1, bytes: 2, text: 3, array: 4, map: 5 } as const;

/** Decode the one CBOR item at `offset`; throws on anything outside the subset or past the end. */
export function decodeCbor(bytes: Uint8Array, offset = 0): { value: CborValue; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let p = offset;
  const need = (n: number) => {
    if (p + n > bytes.length) throw new Error(`CBOR: ${n} byte(s) expected at ${p}, the data ends at ${bytes.length}`);
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0) throw new Error(`CBOR: unsupported length encoding ${info} at ${p - 1}`);
    need(size);
    const n = size === 1 ? view.getUint8(p) : size === 2 ? view.getUint16(p) : view.getUint32(p);
    p += size;
    return n;
  };
  const item = (): CborValue => {
    need(1);
    const head = bytes[p++]!;
    const major = head >> 5;
    const n = length(head & 31);
    if (major === MAJOR.uint) return n;
    if (major === MAJOR.negative) return -1 - n;
    if (major === MAJOR.bytes || major === MAJOR.text) {
      need(n);
      const body = bytes.subarray(p, p + n);
      p += n;
      return major === MAJOR.text ? text.decode(body) : body.slice();
    }
    if (major === MAJOR.array) return Array.from({ length: n }, item);
    if (major === MAJOR.map) return { map: Array.from({ length: n }, () => [item(), item()] as [CborValue, CborValue]) };
    throw new Error(`CBOR: unsupported major type ${major} at ${p - 1}`);
  };
  const value = item();
  return { value, end: p };
}

/** Encode a value of the subset, every length and integer in its shortest form. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`CBOR: ${n} is not an unsigned 32-bit integer`);
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else out.push((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  };
  const bytesOf = (major: number, body: Uint8Array) => {
    head(major, body.length);
    for (const b of body) out.push(b);
  };
  const item = (v: CborValue): void => {
    if (typeof v === 'number') {
      if (v < 0) head(MAJOR.negative, -1 - v);
      else head(MAJOR.uint, v);
    } else if (typeof v === 'string') bytesOf(MAJOR.text, new TextEncoder().encode(v));
    else if (v instanceof Uint8Array) bytesOf(MAJOR.bytes, v);
    else if (Array.isArray(v)) {
      head(MAJOR.array, v.length);
      v.forEach(item);
    } else {
      head(MAJOR.map, v.map.length);
      for (const [k, x] of v.map) {
        item(k);
        item(x);
      }
    }
  };
  item(value);
  return Uint8Array.from(out);
}

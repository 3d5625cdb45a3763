// JSON.stringify in pieces, for downloads too large to hold as one string: the alignment of 2,000 regulations is
// over 100 MB of JSON, and a national corpus's would pass V8's limit on the length of a string (about 2^29 characters).
// Objects and arrays are written part by part down to the elements of arrays, which are stringified whole (one link,
// one regulation), so the pieces are small and there are few of them. Joined, the pieces are exactly
// JSON.stringify(value) (tests/unit/export-json-chunks.test.ts compares them).

/** The pieces are gathered into strings of about this many characters before they are handed on. */
const PIECE = 1 << 16;

/** Whether JSON.stringify leaves this value out of an object (and writes null for it in an array). */
const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * JSON.stringify(value) without indentation, as a sequence of strings of about 64 K characters each.
 * @example [...jsonChunks({ a: [1, 2] })].join('') // → '{"a":[1,2]}'
 */
export function* jsonChunks(value: unknown): Generator<string> {
  let buffer = '';
  // write() appends; the generator hands the buffer on whenever it has grown past PIECE
  function* write(v: unknown): Generator<string> {
    if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      buffer += JSON.stringify(v);
    } else if (Array.isArray(v)) {
      buffer += '[';
      for (let i = 0; i < v.length; i++) {
        if (i > 0) buffer += ',';
        const el = v[i];
        buffer += omitted(el) ? 'null' : JSON.stringify(el);
        if (buffer.length >= PIECE) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += ']';
    } else {
      buffer += '{';
      let first = true;
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (omitted(x)) continue;
        buffer += `${first ? '' : ','}${JSON.stringify(key)}:`;
        first = false;
        yield* write(x);
      }
      buffer += '}';
    }
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = '';
    }
  }
  yield* write(value);
  if (buffer) yield buffer;
}

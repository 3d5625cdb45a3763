// A .docx "zip bomb" built in memory: a word/document.xml of `size` bytes (mostly one repeated character) that
// compresses about 1,000 to 1, generated without ever holding the inflated text (1 GB → ~1 MB in well under a
// second). Nothing of the kind is committed.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const BLOCK = 2 ** 20;

/** The little-endian bytes of a zip record, from [value, width] pairs. */
function record(fields: Array<[number, 2 | 4]>): Buffer {
  const out = Buffer.alloc(fields.reduce((n, [, w]) => n + w, 0));
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value >>> 0, at);
    at += width;
  }
  return out;
}

/**
 * A zip holding word/document.xml: an opening `<w:document><w:body><w:p><w:r><w:t>`, `size` bytes of `fill`, the
 * closing tags. `declaredSize` is what the headers claim the inflated size is (a crafted file may lie; default the truth).
 */
export function docxBomb(size: number, fill = ' ', declaredSize?: number): Buffer {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">',
  );
  const tail = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const block = Buffer.alloc(BLOCK, fill);
  // each piece is compressed from a fresh state and ends byte-aligned (a full flush), so the same bytes can be repeated
  const piece = (b: Buffer) => deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const blocks = Math.floor(size / BLOCK);
  const rest = Buffer.alloc(size - blocks * BLOCK, fill);
  const packedBlock = piece(block);
  const data = Buffer.concat([piece(head), ...Array<Buffer>(blocks).fill(packedBlock), piece(rest), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc32(rest, crc));
  const total = declaredSize ?? head.length + size + tail.length;
  const name = Buffer.from('word/document.xml');
  const local = Buffer.concat([
    record([
      [0x04034b50, 4],
      [20, 2],
      [0, 2],
      [8, 2],
      [0, 2],
      [0, 2],
      [crc, 4],
      [data.length, 4],
      [total, 4],
      [name.length, 2],
      [0, 2],
    ]),
    name,
  ]);
  const central = Buffer.concat([
    record([
      [0x02014b50, 4],
      [20, 2],
      [20, 2],
      [0, 2],
      [8, 2],
      [0, 2],
      [0, 2],
      [crc, 4],
      [data.length, 4],
      [total, 4],
      [name.length, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [0, 4],
    ]),
    name,
  ]);
  const end = record([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [1, 2],
    [1, 2],
    [central.length, 4],
    [local.length + data.length, 4],
    [0, 2],
  ]);
  return Buffer.concat([local, data, central, end]);
}

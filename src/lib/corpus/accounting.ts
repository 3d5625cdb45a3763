import type { ParsedRegulation } from '../schemas/regulation.ts';

/**
 * Every piece of text the parser kept, in document order (title, notes, headings, labels, texts). Together
 * with the artifacts this accounts for every non-whitespace character of the input.
 */
export function keptTextInOrder(reg: ParsedRegulation): string[] {
  type Piece = { offset: number; text: string };
  const pieces: Piece[] = [];
  if (reg.title) pieces.push({ offset: reg.title.pos.offset, text: reg.title.text });
  for (const h of reg.history) pieces.push({ offset: h.pos.offset, text: h.raw });
  for (const d of reg.divisions) pieces.push({ offset: d.pos.offset, text: d.label + d.rawName });
  for (const a of reg.articles) {
    // an article's own pieces stay together in reading order
    const parts: string[] = [a.label];
    for (const p of a.paragraphs) {
      parts.push(p.text);
      for (const it of p.items) {
        parts.push(it.label, it.text);
        for (const s of it.subItems) parts.push(s.label, s.text);
      }
    }
    pieces.push({ offset: a.pos.offset, text: parts.join('') });
  }
  return pieces.sort((x, y) => x.offset - y.offset).map((p) => p.text);
}

/** Remove the artifact spans from the decoded text, leaving what the parser should have kept. */
export function textWithoutArtifacts(text: string, reg: ParsedRegulation): string {
  let out = '';
  let last = 0;
  for (const a of [...reg.artifacts].sort((x, y) => x.pos.offset - y.pos.offset)) {
    out += text.slice(last, a.pos.offset);
    last = a.pos.offset + a.text.length;
  }
  return out + text.slice(last);
}

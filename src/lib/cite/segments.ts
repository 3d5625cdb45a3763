import type { Reference } from '../schemas/reference.ts';

/** A run of provision text, plain or carrying the reference it spells. */
export type TextSegment = { text: string; ref?: Reference };

/**
 * Cut a provision's text into plain runs and reference runs, so a page can link each reference
 * without ever building HTML from the text (the text stays data and is escaped by the renderer).
 */
export function segmentByRefs(text: string, refs: readonly Reference[]): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const ref of [...refs].sort((a, b) => a.start - b.start)) {
    if (ref.start < at) continue; // overlapping references: keep the first
    if (ref.start > at) out.push({ text: text.slice(at, ref.start) });
    out.push({ text: text.slice(ref.start, ref.end), ref });
    at = ref.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

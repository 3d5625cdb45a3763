// diffForReader: the diff a reader sees beside two aligned provisions. The texts are normalised first
// (normalize.ts), so 市、县（区） against 州、县（市） or a full-width against a half-width comma is not a
// change; the segments then carry the original words again: an `equal` segment whose two originals differ
// only in such form carries the second text's words in `textB`, so a page can show both without marking a change.
import { diffChars, type DiffSegment } from './diff.ts';
import { normalizeForCompare, type NameContext, type NormalizedText } from './normalize.ts';
import { paragraphText, type AlignableRegulation } from './units.ts';

// A page compares its article with dozens of counterparts, and each counterpart text comes back on many pages:
// normalising each text once saves CPU on a large site's build. Keyed by the names, then by the text itself (no long
// key built per call); cleared when full.
const normalizedCache = new Map<string, Map<string, NormalizedText>>();
let cachedTexts = 0;
const NORMALIZED_CACHE_SIZE = 4096;

/** normalizeForCompare, remembered for the texts most recently asked (the result is shared: do not modify it). */
export function normalizedForReader(text: string, names: NameContext = {}): NormalizedText {
  const namesKey = `${names.jurisdiction ?? ''}|${names.shortName ?? ''}`;
  let byText = normalizedCache.get(namesKey);
  if (!byText) normalizedCache.set(namesKey, (byText = new Map()));
  let hit = byText.get(text);
  if (!hit) {
    if (cachedTexts >= NORMALIZED_CACHE_SIZE) {
      for (const m of normalizedCache.values()) m.clear();
      cachedTexts = 0;
    }
    hit = normalizeForCompare(text, names);
    byText.set(text, hit);
    cachedTexts++;
  }
  return hit;
}

/** The original text behind normalised characters [from, to). The first character also owns any leading whitespace. */
function original(raw: string, norm: NormalizedText, from: number, to: number): string {
  return raw.slice(from === 0 ? 0 : norm.starts[from]!, to === norm.text.length ? raw.length : norm.starts[to]!);
}

/** Split an equal stretch into pieces whose originals agree and pieces that differ only in form. */
function splitEqual(rawA: string, na: NormalizedText, ia: number, rawB: string, nb: NormalizedText, ib: number, length: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let start = 0;
  let sameForm = true;
  const flush = (end: number) => {
    if (end === start) return;
    const ta = original(rawA, na, ia + start, ia + end);
    const tb = original(rawB, nb, ib + start, ib + end);
    if (ta || tb) out.push(ta === tb ? { op: 'equal', text: ta } : { op: 'equal', text: ta, textB: tb });
    start = end;
  };
  for (let k = 0; k < length; k++) {
    const same = original(rawA, na, ia + k, ia + k + 1) === original(rawB, nb, ib + k, ib + k + 1);
    if (same !== sameForm) {
      flush(k);
      sameForm = same;
    }
  }
  flush(length);
  return out;
}

/**
 * Diff two provisions of different regulations for a reader: changes of substance only, in original words.
 * @example diffForReader('市、县（区）人民政府应当', '州、县（市）人民政府可以', { jurisdiction: '海东市' }, { jurisdiction: '昌吉回族自治州' })
 * // → [equal 市、县（区） (textB 州、县（市）), equal 人民政府, delete 应当, insert 可以]
 */
export function diffForReader(a: string, b: string, namesA: NameContext = {}, namesB: NameContext = {}): DiffSegment[] {
  return diffNormalized(a, normalizedForReader(a, namesA), b, normalizedForReader(b, namesB));
}

/** diffForReader of two texts already normalised (by normalizedForReader). */
export function diffNormalized(a: string, na: NormalizedText, b: string, nb: NormalizedText): DiffSegment[] {
  const out: DiffSegment[] = [];
  let ia = 0;
  let ib = 0;
  for (const seg of diffChars(na.text, nb.text)) {
    const n = seg.text.length;
    if (seg.op === 'equal') {
      out.push(...splitEqual(a, na, ia, b, nb, ib, n));
      ia += n;
      ib += n;
    } else if (seg.op === 'delete') {
      out.push({ op: 'delete', text: original(a, na, ia, ia + n) });
      ia += n;
    } else {
      out.push({ op: 'insert', text: original(b, nb, ib, ib + n) });
      ib += n;
    }
  }
  return out;
}

/**
 * The reader's diff of two paragraphs named by id, e.g. a row of comparePair or a `refines` paragraph of
 * superiorView: `diffParagraphs(changji, 'art_11__para_2', xinjiang, 'art_26__para_3')`.
 */
export function diffParagraphs(a: AlignableRegulation, aId: string, b: AlignableRegulation, bId: string): DiffSegment[] {
  return diffForReader(findParagraphText(a, aId), findParagraphText(b, bId), a.meta, b.meta);
}

/** The full text of a paragraph by id, or an error naming the regulation. */
function findParagraphText(reg: AlignableRegulation, id: string): string {
  for (const article of reg.parsed.articles) for (const p of article.paragraphs) if (p.id === id) return paragraphText(p);
  throw new Error(`法规 ${reg.meta.id} 中没有 ${id}`);
}

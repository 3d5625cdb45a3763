// Excerpts as segments of plain text, some marked. The page renders them with textContent and <mark>
// elements, so regulation text can never become markup.

/** A run of excerpt text; `mark` runs are the query's matches. */
export interface Segment {
  text: string;
  mark: boolean;
}

const CLAUSE_END = /[。；;！？!?\n]/;

/** Find non-overlapping occurrences of any needle, longest needle first at each position. */
export function findMatches(text: string, needles: readonly string[]): Array<[start: number, end: number]> {
  const sorted = [...new Set(needles.filter(Boolean))].sort((a, b) => b.length - a.length);
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    let hit = -1;
    let len = 0;
    for (const n of sorted) {
      const at = text.indexOf(n, i);
      if (at >= 0 && (hit < 0 || at < hit || (at === hit && n.length > len))) [hit, len] = [at, n.length];
    }
    if (hit < 0) break;
    out.push([hit, hit + len]);
    i = hit + len;
  }
  return out;
}

/** Start of the clause containing `at` (just after the previous 。；), and end (just after the next). */
function clauseAround(text: string, at: number, end: number): [number, number] {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  let stop = end;
  while (stop < text.length && !CLAUSE_END.test(text[stop]!)) stop++;
  return [start, Math.min(text.length, stop + 1)];
}

/**
 * An excerpt long enough for Chinese: the whole clause (句) around the first match, widened to the next
 * clause while short, cut around the match with “…” when longer than `max` characters; every match marked.
 * @example excerptAround('第一句。建立网格员制度；第三句。', ['网格']) // → [{text:'建立',mark:false},{text:'网格',mark:true},{text:'员制度；',mark:false}]
 */
export function excerptAround(text: string, needles: readonly string[], max = 120): Segment[] {
  const matches = findMatches(text, needles);
  const first = matches[0];
  let [start, end] = first ? clauseAround(text, first[0], first[1]) : [0, Math.min(text.length, max)];
  // widen a short clause forward so the reader sees the rule, not a fragment
  while (end - start < max / 2 && end < text.length) {
    const [, next] = clauseAround(text, end, end);
    if (next - start > max) break;
    end = next;
  }
  if (end - start > max && first) {
    const lead = Math.floor(max / 3);
    const cut = Math.max(start, Math.min(first[0] - lead, end - max));
    // start the cut at a pause (，、) rather than mid-word, if one is near
    const pause = text.slice(cut, Math.max(cut, first[0] - 4)).search(/[，、：,]/);
    start = pause >= 0 && pause < lead / 2 ? cut + pause + 1 : cut;
    end = Math.min(end, start + max);
  } else if (end - start > max) {
    end = start + max;
  }
  return toSegments(text, start, end, matches);
}

/** Cut text[start, end) into marked and plain segments, with “…” where it is cut short. */
function toSegments(text: string, start: number, end: number, matches: ReadonlyArray<[number, number]>): Segment[] {
  const out: Segment[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += t;
    else out.push({ text: t, mark });
  };
  if (start > 0) push('…', false);
  let i = start;
  for (const [s, e] of matches) {
    if (e <= start || s >= end) continue;
    push(text.slice(i, Math.max(i, s)), false);
    push(text.slice(Math.max(s, start), Math.min(e, end)), true);
    i = Math.min(e, end);
  }
  push(text.slice(i, end), false);
  if (end < text.length) push('…', false);
  return out;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

/**
 * Rebuild Pagefind's excerpt (HTML with <mark>) as segments: only <mark> and </mark> are read as markup;
 * everything else, including any other tag, is text. Entities are decoded to the characters they stand for.
 * @example segmentsFromMarkedHtml('a<mark>b</mark><img>') // → [{text:'a',mark:false},{text:'b',mark:true},{text:'<img>',mark:false}]
 */
export function segmentsFromMarkedHtml(html: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = part.replace(/&(?:amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e]!);
      const last = out[out.length - 1];
      if (last && last.mark === mark) last.text += text;
      else out.push({ text, mark });
    }
  }
  return out;
}

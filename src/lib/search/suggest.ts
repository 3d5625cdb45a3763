// 您是不是要找: a query that finds nothing as typed, read as a one-character slip of a phrase the texts contain
// (一票否绝 → 一票否决). No vocabulary is shipped: the page asks Pagefind for pieces of the term that a single slip
// leaves intact (its two halves), loads the top articles for each, and looks in their text for a string one edit
// away from the term. A phrase the corpus uses is where its intact half is, at any corpus size.

const HAN = /^\p{Script=Han}+$/u;

/** A term worth correcting: Chinese characters only, three or more (a slip in two characters is a different word). */
export function isCorrectable(term: string): boolean {
  const n = Array.from(term).length;
  return n >= 3 && n <= 16 && HAN.test(term);
}

/**
 * The pieces of a term to look up: its halves (a single slip leaves one of them whole); for three characters the
 * first two and the last two (a slip in the middle one is not found).
 * @example probePieces('一票否绝') // → ['一票', '否绝']
 * @example probePieces('网格化服物管理') // → ['网格化', '服物管理']
 */
export function probePieces(term: string): string[] {
  const c = Array.from(term);
  if (c.length === 3) return [c.slice(0, 2).join(''), c.slice(1).join('')];
  const half = Math.floor(c.length / 2);
  return [c.slice(0, half).join(''), c.slice(half).join('')];
}

/**
 * Levenshtein distance between two strings (by code point), stopping early above `max`.
 * @example editDistance('一票否绝', '一票否决') // → 1
 */
export function editDistance(a: string, b: string, max = 2): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[y.length]!;
}

/** A string of the texts one edit from the term, how often it occurs, and whether it keeps the term's length. */
export interface Correction {
  text: string;
  count: number;
  sameLength: boolean;
}

/**
 * Strings of the texts one edit away from `term` that contain one of its pieces whole, most frequent first
 * (a replaced character before an added or dropped one). The texts are compacted (no spaces).
 * @example corrections('一票否绝', ['实行一票否决。', '被一票否决处理']) // → [{ text: '一票否决', count: 2, sameLength: true }]
 */
export function corrections(term: string, texts: readonly string[]): Correction[] {
  const t = Array.from(term);
  const found = new Map<string, Correction>();
  for (const text of texts) {
    const chars = Array.from(text);
    const seen = new Set<string>();
    for (const piece of probePieces(term)) {
      const offset = Array.from(term.slice(0, term.indexOf(piece))).length;
      const p = Array.from(piece);
      for (let at = 0; at + p.length <= chars.length; at++) {
        if (chars[at] !== p[0] || chars.slice(at, at + p.length).join('') !== piece) continue;
        for (const window of windowsAround(chars, at, p.length, offset, t.length)) seen.add(window);
      }
    }
    for (const w of seen) {
      // a piece of the term (一票否) or the term with a character more (行一票否决) is no correction of it
      if (term.includes(w) || w.includes(term) || !HAN.test(w) || editDistance(w, term, 1) !== 1) continue;
      const prev = found.get(w);
      found.set(w, { text: w, count: (prev?.count ?? 0) + countIn(text, w), sameLength: Array.from(w).length === t.length });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || Number(b.sameLength) - Number(a.sameLength));
}

/** The strings of length n−1…n+1 that hold the piece found at `at` where the term would put it (±1 character). */
function windowsAround(chars: readonly string[], at: number, pieceLength: number, offset: number, n: number): string[] {
  const out: string[] = [];
  for (let shift = -1; shift <= 1; shift++) {
    const start = at - offset + shift;
    for (let len = n - 1; len <= n + 1; len++) {
      if (start < 0 || start > at || start + len < at + pieceLength || start + len > chars.length) continue;
      out.push(chars.slice(start, start + len).join(''));
    }
  }
  return out;
}

function countIn(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * The corrections to offer, most frequent first: every string one edit away that occurs at least a quarter as often
 * as the most frequent (网格圆 is as near 网格化 as 网格员: offer both), at most `max`; none when the texts contain the
 * term itself (it is a word of the corpus, found nowhere only because filters leave it out).
 * @example bestCorrections('网格化服物管理', ['建立健全网格化服务管理机制']) // → ['网格化服务管理']
 */
export function bestCorrections(term: string, texts: readonly string[], max = 3): string[] {
  if (!isCorrectable(term) || texts.some((t) => t.includes(term))) return [];
  const found = corrections(term, texts);
  const top = found[0]?.count ?? 0;
  return found
    .filter((c) => c.count * 4 >= top)
    .slice(0, max)
    .map((c) => c.text);
}

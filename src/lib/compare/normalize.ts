// Phase 1 of comparison: text → normalised text. After normalizeForCompare:
//   1. letters and digits are half-width, punctuation is the full-width Chinese form, whitespace is gone;
//   2. jurisdiction words are placeholder characters (PLACEHOLDER), two spellings of one name are one;
//   3. every character of the result knows the span of the original it came from (`starts`), so a diff of
//      normalised texts can be shown in the original words.
import { COMMON_REWRITES, ownNameRewrites, type Rewrite } from './jurisdiction-words.ts';

/** A normalised text and where each of its characters came from. */
export interface NormalizedText {
  /** The text to compare. */
  text: string;
  /** `starts[i]` is the offset in the original where character i begins; `starts[text.length]` is the original length. */
  starts: number[];
}

/** The metadata fields normalisation reads: the regulation's own names. */
export interface NameContext {
  /** The enacting jurisdiction, e.g. 苏州市. */
  jurisdiction?: string;
  /** The short name, e.g. 苏州. */
  shortName?: string;
}

const HALF_TO_FULL_PUNCT: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '"': '“',
  '\u201d': '“',
  '\u300c': '“',
  '\u300d': '“',
};

/**
 * Fold one character's width: full-width letters/digits → ASCII, ASCII punctuation → Chinese form, whitespace → ''.
 * @example foldWidth('１') // → '1'
 */
export function foldWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  // the CJK ideographs, most of any text, fold to themselves: answer them before any test
  if (c >= 0x4e00 && c <= 0x9fff) return ch;
  if (c === 0x3000 || /\s/.test(ch)) return '';
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xfee0);
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0);
  return HALF_TO_FULL_PUNCT[ch] ?? ch;
}

const ruleCache = new Map<string, { re: RegExp; rules: Rewrite[] }>();

/** One global alternation per set of own names: the regulation's names first (longest), then the common rewrites. */
function compiledRules(names: NameContext): { re: RegExp; rules: Rewrite[] } {
  const key = `${names.jurisdiction ?? ''}|${names.shortName ?? ''}`;
  let hit = ruleCache.get(key);
  if (!hit) {
    const own = ownNameRewrites(names).sort((a, b) => b.pattern.length - a.pattern.length);
    const rules = [...own, ...COMMON_REWRITES];
    hit = { re: new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), 'g'), rules };
    ruleCache.set(key, hit);
  }
  return hit;
}

/** Width-fold a text, keeping for each output character the original offset where it starts. */
function foldText(text: string): NormalizedText {
  let out = '';
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldWidth(text[i]!);
    if (folded) {
      out += folded;
      starts.push(i);
    }
  }
  starts.push(text.length);
  return { text: out, starts };
}

/** Apply the rewrites left to right; a replacement's characters share the span of the words they replace. */
function rewrite(folded: NormalizedText, names: NameContext): NormalizedText {
  const { re, rules } = compiledRules(names);
  let out = '';
  const starts: number[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    for (let i = last; i < m.index; i++) {
      out += folded.text[i];
      starts.push(folded.starts[i]!);
    }
    const to = rules[m.slice(1).findIndex((g) => g !== undefined)]!.to;
    const spanStart = folded.starts[m.index]!;
    for (let k = 0; k < to.length; k++) {
      out += to[k];
      starts.push(spanStart);
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < folded.text.length; i++) {
    out += folded.text[i];
    starts.push(folded.starts[i]!);
  }
  starts.push(folded.starts[folded.text.length]!);
  return { text: out, starts };
}

/**
 * Normalise a provision's text for comparison (see the phase comment at the top of this file).
 * @example normalizeForCompare('市、县（区）人民政府', { jurisdiction: '海东市' }).text // → '\uE001人民政府'
 */
export function normalizeForCompare(text: string, names: NameContext = {}): NormalizedText {
  return rewrite(foldText(text), names);
}

/** One match of a vocabulary pattern. */
export interface PatternMatch {
  text: string;
  start: number;
  groups: Record<string, string | undefined>;
}

const cache = new Map<string, RegExp>();

/** Compile a vocabulary pattern once (global, Unicode). */
export function compilePattern(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'gu');
    cache.set(source, re);
  }
  return re;
}

/** Every non-empty match of `source` in `text`. */
export function matchAll(text: string, source: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  const re = compilePattern(source);
  // String#matchAll copies the shared regex's lastIndex: start it from the beginning whatever ran before
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    out.push({ text: m[0], start: m.index, groups: { ...m.groups } });
  }
  return out;
}

/** True when `source` matches somewhere in `text`. */
export function testPattern(text: string, source: string): boolean {
  const re = compilePattern(source);
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

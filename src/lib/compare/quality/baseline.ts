// The untuned baseline the alignment is measured against (issue: "cosine of character-bigram TF-IDF vectors of
// whole articles, best article wins"): no normalisation, no weights chosen by anyone, no threshold.
import type { Article } from '../../schemas/provision.ts';
import { paragraphText } from '../units.ts';

/** A regulation as the baseline reads it. */
export interface BaselineRegulation {
  id: string;
  articles: Article[];
}

type Vector = Map<string, number>;

const PUNCTUATION = /[\p{P}\p{S}\s]/u;

/** Character bigrams of a text that contain no punctuation or white space. */
function bigrams(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) if (!PUNCTUATION.test(chars[i]!) && !PUNCTUATION.test(chars[i + 1]!)) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function articleText(a: Article): string {
  return a.paragraphs.map(paragraphText).join('');
}

/**
 * Best article of every other regulation for every article, by cosine of bigram tf·idf vectors (idf over all
 * articles of the corpus). Returns `from → article number → to → ranked article numbers (score > 0)`.
 */
export function baselineRanking(regulations: readonly BaselineRegulation[]): Map<string, Map<number, Map<string, number[]>>> {
  const docs = regulations.flatMap((r) => r.articles.map((a) => ({ reg: r.id, number: a.number, grams: bigrams(articleText(a)) })));
  const df = new Map<string, number>();
  for (const d of docs) for (const g of new Set(d.grams)) df.set(g, (df.get(g) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const v: Vector = new Map();
    for (const g of d.grams) v.set(g, (v.get(g) ?? 0) + 1);
    let norm = 0;
    for (const [g, tf] of v) {
      const w = tf * Math.log(docs.length / df.get(g)!);
      v.set(g, w);
      norm += w * w;
    }
    for (const [g, w] of v) v.set(g, w / (Math.sqrt(norm) || 1));
    return v;
  });
  const cos = (x: Vector, y: Vector) => {
    let s = 0;
    for (const [g, w] of x) s += w * (y.get(g) ?? 0);
    return s;
  };
  const out = new Map<string, Map<number, Map<string, number[]>>>();
  docs.forEach((d, i) => {
    const byTo = new Map<string, Array<{ number: number; score: number }>>();
    docs.forEach((e, j) => {
      if (e.reg === d.reg) return;
      const score = cos(vectors[i]!, vectors[j]!);
      if (score > 0) (byTo.get(e.reg) ?? byTo.set(e.reg, []).get(e.reg)!).push({ number: e.number, score });
    });
    const ranked = new Map([...byTo].map(([to, list]) => [to, list.sort((p, q) => q.score - p.score || p.number - q.number).map((x) => x.number)]));
    (out.get(d.reg) ?? out.set(d.reg, new Map()).get(d.reg)!).set(d.number, ranked);
  });
  return out;
}

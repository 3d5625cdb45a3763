// The synthetic corpus of the alignment benchmark (and of the tests that need more regulations than the real six):
// regulations of 40–60 articles drawn from the real corpus's articles, renumbered, with their own names, tier words
// swapped and characters dropped and inserted at random (seeded: the same corpus on every run).
import { paragraphIdIn, articleIdOfNumber } from '../../src/lib/cite/node-id.ts';
import { articleCite } from '../../src/lib/cite/citation.ts';
import { slugOfArticleId } from '../../src/lib/cite/permalink.ts';
import { toUnits, type AlignableRegulation } from '../../src/lib/compare/units.ts';
import type { Article } from '../../src/lib/schemas/provision.ts';
import { CONTENT_DIR, ROOT } from '../../src/data/paths-fs.ts';
import { loadCorpus } from './load-corpus.ts';
import { seededRandom } from './seeded-random.ts';

/** The real corpus as the build loads it. */
export function loadReal(): AlignableRegulation[] {
  const loaded = loadCorpus(CONTENT_DIR, ROOT);
  if (loaded.some((l) => !l.regulation)) throw new Error('语料加载失败：先运行 npm run build:data 查看错误');
  return loaded.map((l) => l.regulation!);
}

/** A real article and the names of its regulation (to be replaced). */
interface PoolArticle {
  article: Article;
  names: string[];
  key: string;
}

const TIERS = ['市、县（区）', '州、县（市）', '县级以上', '市、县级市（区）', '各级'];
const SYLLABLES = '安宁和平江河山川林泉东西南北新华兴盛远长青丰阳春明德嘉永清';

/** Replace the source's own names with the synthetic jurisdiction's, swap tier words, drop and insert characters. */
function perturb(text: string, names: string[], own: { jurisdiction: string; shortName: string }, chars: string, rnd: () => number): string {
  let t = text;
  for (const n of names) t = t.split(n).join(n.length > 2 ? own.jurisdiction : own.shortName);
  for (const tier of TIERS) if (t.includes(tier)) t = t.split(tier).join(TIERS[Math.floor(rnd() * TIERS.length)]!);
  // characters collected and joined once: `out += ch` left each text a rope of one cons cell per character, about
  // 30 bytes a character, and the input held ten times the memory of its text
  const out: string[] = [];
  for (const ch of t) {
    const x = rnd();
    if (x < 0.02) continue;
    if (x < 0.04) out.push(chars[Math.floor(rnd() * chars.length)]!);
    out.push(ch);
  }
  return out.join('');
}

/** One synthetic regulation: 40–60 articles drawn from the pool, renumbered, perturbed; `sources` gets each paragraph's origin. */
function synthesize(k: number, pool: PoolArticle[], chars: string, rnd: () => number, sources: string[]): AlignableRegulation {
  const name = Array.from({ length: 2 }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('') + k;
  const own = { jurisdiction: `${name}市`, shortName: name };
  const count = 40 + Math.floor(rnd() * 21);
  const articles: Article[] = [];
  for (let i = 1; i <= count; i++) {
    const src = pool[Math.floor(rnd() * pool.length)]!;
    const label = articleCite(i);
    const id = articleIdOfNumber(i, 0);
    const paragraphs = src.article.paragraphs.map((p) => {
      sources.push(`${src.key}:${p.number}`);
      return {
        ...p,
        id: paragraphIdIn(id, p.number),
        text: perturb(p.text, src.names, own, chars, rnd),
        items: p.items.map((it) => ({ ...it, text: perturb(it.text, src.names, own, chars, rnd), subItems: [] })),
      };
    });
    articles.push({ ...src.article, id, number: i, label, slug: slugOfArticleId(id), paragraphs });
  }
  return { meta: { id: `syn-${String(k).padStart(4, '0')}`, shortName: own.shortName, jurisdiction: own.jurisdiction }, parsed: { articles } };
}

/** A synthetic corpus of `n` regulations and the source of each of its paragraphs, in alignment order. */
export function syntheticCorpus(n: number): { regulations: AlignableRegulation[]; sources: string[]; articles: number } {
  const real = loadReal();
  const pool = real.flatMap((r) =>
    r.parsed.articles.map((a) => ({ article: a, names: [r.meta.jurisdiction, r.meta.shortName, '本市', '本省', '自治区', '自治州'], key: `${r.meta.id}/${a.id}` })),
  );
  const chars = [...new Set(real.flatMap((r) => toUnits(r).map((u) => u.text)).join(''))].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  const rnd = seededRandom(20261122);
  const sources: string[] = [];
  const regulations = Array.from({ length: n }, (_, k) => synthesize(k + 1, pool, chars, rnd, sources));
  return { regulations, sources, articles: regulations.reduce((s, r) => s + r.parsed.articles.length, 0) };
}

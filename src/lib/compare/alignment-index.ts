// Phase 3: regulations → an index. After buildAlignmentIndex:
//   1. every paragraph is a unit with a global index, regulations' units contiguous and in input order;
//   2. every unit has an L2-normalised sparse vector of features (tf·idf, boilerplate discounted), its
//      features ordered rarest first (the order the candidate search reads them in);
//   3. every feature has a posting list of (unit, weight), units ascending.
// The cost is linear in the size of the texts.
import { BOILERPLATE_WEIGHT, comparedLength, extractFeatures, isDiscounted } from './features.ts';
import { growable, push, trimmed } from './growable.ts';
import { normalizeForCompare } from './normalize.ts';
import { toUnits, type AlignableRegulation, type ProvisionUnit } from './units.ts';

/** A regulation's place in the index. */
export interface IndexedRegulation {
  id: string;
  shortName: string;
  superior?: string;
  /** Global index of its first unit. */
  firstUnit: number;
  /** Number of units. */
  unitCount: number;
}

/** A unit in the index: the paragraph and how many characters of it are compared. */
export interface IndexedUnit extends ProvisionUnit {
  /** Characters compared (normalised, without punctuation and placeholders). */
  size: number;
}

/** Vectors and posting lists of a corpus, in flat typed arrays (compressed sparse rows). */
export interface AlignmentIndex {
  regulations: IndexedRegulation[];
  units: IndexedUnit[];
  /** Regulation index of each unit. */
  unitReg: Int32Array;
  /** Unit u's features are `vecFeat[vecStart[u] .. vecStart[u+1])`, rarest first. */
  vecStart: Int32Array;
  vecFeat: Int32Array;
  vecWeight: Float32Array;
  /** Feature f's postings are `postUnit[postStart[f] .. postStart[f+1])`, units ascending. */
  postStart: Int32Array;
  postUnit: Int32Array;
  postWeight: Float32Array;
  /** Number of distinct features. */
  featureCount: number;
}

/** Feature ids and term counts of every unit, before weighting. */
interface RawVectors {
  start: Int32Array;
  feat: Int32Array;
  tf: Int32Array;
  boilerplate: Uint8Array;
  df: Int32Array;
}

/** Count each unit's features; feature ids are given in order of first appearance (deterministic). */
function countFeatures(texts: Iterable<string>, unitCount: number): RawVectors {
  const vocab = new Map<string, number>();
  const isBoiler: number[] = [];
  const start = new Int32Array(unitCount + 1);
  const feat = growable(1 << 16);
  const tf = growable(1 << 16);
  let u = 0;
  for (const text of texts) {
    const ids = extractFeatures(text).map((key) => {
      let id = vocab.get(key);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(key, id);
        isBoiler.push(isDiscounted(key) ? 1 : 0);
      }
      return id;
    });
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; ) {
      let j = i;
      while (j < ids.length && ids[j] === ids[i]) j++;
      push(feat, ids[i]!);
      push(tf, j - i);
      i = j;
    }
    start[++u] = feat.length;
  }
  const featArr = trimmed(feat);
  const df = new Int32Array(vocab.size);
  for (const f of featArr) df[f]!++;
  return { start, feat: featArr, tf: trimmed(tf), boilerplate: Uint8Array.from(isBoiler), df };
}

/** tf·idf weights, L2-normalised per unit, features reordered rarest first (ties by id). */
function weigh(raw: RawVectors, unitCount: number): { feat: Int32Array; weight: Float32Array } {
  const feat = new Int32Array(raw.feat.length);
  const weight = new Float32Array(raw.feat.length);
  for (let u = 0; u < unitCount; u++) {
    const from = raw.start[u]!;
    const to = raw.start[u + 1]!;
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((x, y) => raw.df[raw.feat[x]!]! - raw.df[raw.feat[y]!]! || raw.feat[x]! - raw.feat[y]!);
    let norm = 0;
    order.forEach((src, k) => {
      const f = raw.feat[src]!;
      const w = (1 + Math.log(raw.tf[src]!)) * Math.log(1 + unitCount / raw.df[f]!) * (raw.boilerplate[f] ? BOILERPLATE_WEIGHT : 1);
      feat[from + k] = f;
      weight[from + k] = w;
      norm += w * w;
    });
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = from; k < to; k++) weight[k]! *= scale;
  }
  return { feat, weight };
}

/** Posting lists by counting sort over features; units come out ascending because units are visited in order. */
function invert(start: Int32Array, feat: Int32Array, weight: Float32Array, df: Int32Array, unitCount: number) {
  const postStart = new Int32Array(df.length + 1);
  for (let f = 0; f < df.length; f++) postStart[f + 1] = postStart[f]! + df[f]!;
  const fill = postStart.slice(0, df.length);
  const postUnit = new Int32Array(feat.length);
  const postWeight = new Float32Array(feat.length);
  for (let u = 0; u < unitCount; u++) {
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const at = fill[feat[k]!]!++;
      postUnit[at] = u;
      postWeight[at] = weight[k]!;
    }
  }
  return { postStart, postUnit, postWeight };
}

/** Build the index of a corpus (see the phase comment at the top of this file); `unitsOf` picks the unit (paragraphs by default, whole articles for the article index). */
export function buildAlignmentIndex(regulations: readonly AlignableRegulation[], unitsOf: (r: AlignableRegulation) => ProvisionUnit[] = toUnits): AlignmentIndex {
  const indexed: IndexedRegulation[] = [];
  const units: IndexedUnit[] = [];
  const normalized: string[] = [];
  const regOfUnit: number[] = [];
  regulations.forEach((reg, r) => {
    const own = unitsOf(reg);
    indexed.push({ id: reg.meta.id, shortName: reg.meta.shortName, ...(reg.meta.superior ? { superior: reg.meta.superior } : {}), firstUnit: units.length, unitCount: own.length });
    for (const unit of own) {
      const text = normalizeForCompare(unit.text, reg.meta).text;
      normalized.push(text);
      units.push({ ...unit, size: comparedLength(text) });
      regOfUnit.push(r);
    }
  });
  const raw = countFeatures(normalized, units.length);
  normalized.length = 0;
  const { feat, weight } = weigh(raw, units.length);
  const posting = invert(raw.start, feat, weight, raw.df, units.length);
  return { regulations: indexed, units, unitReg: Int32Array.from(regOfUnit), vecStart: raw.start, vecFeat: feat, vecWeight: weight, ...posting, featureCount: raw.df.length };
}

/**
 * The index without its posting lists: once the candidate searches are done, scoring reads the vectors only, and the
 * postings (half of the index) can be collected while the links are scored.
 */
export function withoutPostings(index: AlignmentIndex): AlignmentIndex {
  return { ...index, postStart: new Int32Array(0), postUnit: new Int32Array(0), postWeight: new Float32Array(0) };
}

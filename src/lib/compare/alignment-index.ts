// Phase 3: regulations → an index. After buildAlignmentIndex:
//   1. every paragraph is a unit with a global index, regulations' units contiguous and in input order;
//   2. every unit has an L2-normalised sparse vector of features (tf·idf, boilerplate discounted), its
//      features ordered rarest first (the order the candidate search reads them in);
//   3. every feature has a posting list of (unit, weight), units ascending.
// The cost is linear in the size of the texts.
import { BOILERPLATE_WEIGHT, comparedLength, extractFeatures, isDiscounted } from './features.ts';
import { growable, push, trimmed } from './growable.ts';
import { normalizeForCompare, type NameContext } from './normalize.ts';
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

/**
 * A unit in the index: the paragraph without its text (counted into the vectors, and held by the regulations already:
 * the article index's texts are joined strings that would otherwise stay alive as long as the index), and how many
 * characters of it are compared.
 */
export interface IndexedUnit extends Omit<ProvisionUnit, 'text'> {
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
  /**
   * With a frozen table (DfTable): each feature's document frequency in the table, which the candidate search counts
   * its budget in instead of the lists' live lengths, so that postings added later move no earlier unit's budget.
   */
  rankDf?: Int32Array;
}

/**
 * Document frequencies frozen at a full build (README, 增量更新): the weights, the order of each vector's features and
 * the search's budget are taken from the table instead of from the corpus, so that a regulation added later changes no
 * earlier vector and no earlier unit's search. Counted from the same corpus, the table gives exactly the corpus's own
 * weights. A feature the table lacks counts as in one unit.
 */
export interface DfTable {
  /** Units the table was counted over. */
  units: number;
  /** Units that contain each feature. */
  df: ReadonlyMap<string, number>;
}

/** Feature ids and term counts of every unit, before weighting. */
interface RawVectors {
  start: Int32Array;
  feat: Int32Array;
  tf: Int32Array;
  boilerplate: Uint8Array;
  /** Live document frequencies (the posting lists' lengths). */
  df: Int32Array;
  /** The document frequencies the weights and the order read: the live ones, or a frozen table's. */
  rankDf: Int32Array;
  /** The number of units the idf reads (the corpus's, or the table's). */
  idfUnits: number;
  /** Whether rankDf is a frozen table's. */
  frozen: boolean;
}

/** The text of one unit to index, and the names of its regulation that normalisation replaces. */
export interface UnitText {
  text: string;
  names: NameContext;
}

/**
 * Features of a range of units, with ids local to the range (in order of first appearance in it): a range can be
 * counted apart (on a worker thread), and FeatureCounter joins the ranges in order into the ids one pass would give.
 */
export interface RangeFeatures {
  /** Characters compared, per unit. */
  size: Int32Array;
  /** Local id → feature. */
  vocab: string[];
  /** Unit k's features are `feat[start[k] .. start[k+1])`, local ids ascending, with their counts in `tf`. */
  start: Int32Array;
  feat: Int32Array;
  tf: Int32Array;
}

/** Normalise and count the features of consecutive units. */
export function rangeFeatures(units: readonly UnitText[]): RangeFeatures {
  const vocab = new Map<string, number>();
  const size = new Int32Array(units.length);
  const start = new Int32Array(units.length + 1);
  const feat = growable(1 << 12);
  const tf = growable(1 << 12);
  units.forEach((unit, k) => {
    const text = normalizeForCompare(unit.text, unit.names).text;
    size[k] = comparedLength(text);
    const ids = extractFeatures(text).map((key) => {
      let id = vocab.get(key);
      if (id === undefined) vocab.set(key, (id = vocab.size));
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
    start[k + 1] = feat.length;
  });
  return { size, vocab: [...vocab.keys()], start, feat: trimmed(feat), tf: trimmed(tf) };
}

/**
 * Joins the features of consecutive ranges, in order, into corpus-wide ids given in order of first appearance: a key
 * first met in range r gets its id when r is added, in r's order of first appearance, which is the order one pass
 * over all the units meets it. Deterministic, and the same whether the corpus was counted in one range or many.
 */
export class FeatureCounter {
  private readonly vocab = new Map<string, number>();
  private readonly isBoiler: number[] = [];
  private readonly start = growable(1 << 12);
  private readonly feat = growable(1 << 16);
  private readonly tf = growable(1 << 16);
  private readonly sizes = growable(1 << 12);

  constructor() {
    // unit 0's features start at 0
    push(this.start, 0);
  }

  /** Add the next range. */
  add(part: RangeFeatures): void {
    const global = Int32Array.from(part.vocab, (key) => {
      let id = this.vocab.get(key);
      if (id === undefined) {
        this.vocab.set(key, (id = this.vocab.size));
        this.isBoiler.push(isDiscounted(key) ? 1 : 0);
      }
      return id;
    });
    // each unit's features keep the range's order: weigh puts them in their final order (rarest first, then by id)
    for (let k = 0; k < part.size.length; k++) {
      for (let x = part.start[k]!; x < part.start[k + 1]!; x++) {
        push(this.feat, global[part.feat[x]!]!);
        push(this.tf, part.tf[x]!);
      }
      push(this.start, this.feat.length);
      push(this.sizes, part.size[k]!);
    }
  }

  /** The counted vectors of every unit added, and each unit's compared length; weighed with `table` when given. */
  finish(table?: DfTable): { raw: RawVectors; size: Int32Array } {
    const feat = trimmed(this.feat);
    const df = new Int32Array(this.vocab.size);
    for (const f of feat) df[f]!++;
    const units = this.sizes.length;
    const rankDf = table ? Int32Array.from(this.vocab.keys(), (key) => table.df.get(key) ?? 1) : df;
    const raw = {
      start: trimmed(this.start),
      feat,
      tf: trimmed(this.tf),
      boilerplate: Uint8Array.from(this.isBoiler),
      df,
      rankDf,
      idfUnits: table ? table.units : units,
      frozen: !!table,
    };
    return { raw, size: trimmed(this.sizes) };
  }

  /** Feature key → id, of every unit added (the counter's own map: it is not to be used after). */
  vocabulary(): Map<string, number> {
    return this.vocab;
  }

  /** The document frequencies of every unit added, as a table to freeze (DfTable). */
  table(): DfTable {
    const df = new Int32Array(this.vocab.size);
    for (let i = 0; i < this.feat.length; i++) df[this.feat.data[i]!]!++;
    return { units: this.sizes.length, df: new Map(Array.from(this.vocab.keys(), (key, id) => [key, df[id]!])) };
  }
}

/** Where the index's big arrays are allocated: ordinary memory, or shared memory that worker threads read without a copy. */
export interface IndexMemory {
  int32(length: number): Int32Array;
  int16(length: number): Int16Array;
  float32(length: number): Float32Array;
}

/** Ordinary typed arrays. */
export const LOCAL_MEMORY: IndexMemory = { int32: (n) => new Int32Array(n), int16: (n) => new Int16Array(n), float32: (n) => new Float32Array(n) };

/** tf·idf weights, L2-normalised per unit, features reordered rarest first (ties by id); rarity and idf read `rankDf`. */
function weigh(raw: RawVectors, unitCount: number, memory: IndexMemory): { feat: Int32Array; weight: Float32Array } {
  const df = raw.rankDf;
  const feat = memory.int32(raw.feat.length);
  const weight = memory.float32(raw.feat.length);
  for (let u = 0; u < unitCount; u++) {
    const from = raw.start[u]!;
    const to = raw.start[u + 1]!;
    const order = Array.from({ length: to - from }, (_, k) => from + k);
    order.sort((x, y) => df[raw.feat[x]!]! - df[raw.feat[y]!]! || raw.feat[x]! - raw.feat[y]!);
    let norm = 0;
    order.forEach((src, k) => {
      const f = raw.feat[src]!;
      const w = (1 + Math.log(raw.tf[src]!)) * Math.log(1 + raw.idfUnits / df[f]!) * (raw.boilerplate[f] ? BOILERPLATE_WEIGHT : 1);
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
function invert(start: Int32Array, feat: Int32Array, weight: Float32Array, df: Int32Array, unitCount: number, memory: IndexMemory) {
  const postStart = memory.int32(df.length + 1);
  for (let f = 0; f < df.length; f++) postStart[f + 1] = postStart[f]! + df[f]!;
  const fill = postStart.slice(0, df.length);
  const postUnit = memory.int32(feat.length);
  const postWeight = memory.float32(feat.length);
  for (let u = 0; u < unitCount; u++) {
    for (let k = start[u]!; k < start[u + 1]!; k++) {
      const at = fill[feat[k]!]!++;
      postUnit[at] = u;
      postWeight[at] = weight[k]!;
    }
  }
  return { postStart, postUnit, postWeight };
}

/** A corpus's units before they are counted: the regulations' places, the units and their texts. */
export interface UnitsToIndex {
  regulations: IndexedRegulation[];
  units: ProvisionUnit[];
  texts: UnitText[];
  unitReg: Int32Array;
}

/** The units of a corpus, in order; `unitsOf` picks the unit (paragraphs by default, whole articles for the article index). */
export function unitsToIndex(regulations: readonly AlignableRegulation[], unitsOf: (r: AlignableRegulation) => ProvisionUnit[] = toUnits): UnitsToIndex {
  const indexed: IndexedRegulation[] = [];
  const units: ProvisionUnit[] = [];
  const texts: UnitText[] = [];
  const regOfUnit: number[] = [];
  regulations.forEach((reg, r) => {
    const own = unitsOf(reg);
    indexed.push({ id: reg.meta.id, shortName: reg.meta.shortName, ...(reg.meta.superior ? { superior: reg.meta.superior } : {}), firstUnit: units.length, unitCount: own.length });
    const names: NameContext = { jurisdiction: reg.meta.jurisdiction, shortName: reg.meta.shortName };
    for (const unit of own) {
      units.push(unit);
      texts.push({ text: unit.text, names });
      regOfUnit.push(r);
    }
  });
  return { regulations: indexed, units, texts, unitReg: Int32Array.from(regOfUnit) };
}

/** The index of counted units (see the phase comment at the top of this file), its big arrays allocated in `memory`. */
export function indexCounted(prepared: Omit<UnitsToIndex, 'texts'>, counted: ReturnType<FeatureCounter['finish']>, memory: IndexMemory = LOCAL_MEMORY): AlignmentIndex {
  const { raw, size } = counted;
  const n = prepared.units.length;
  const units: IndexedUnit[] = prepared.units.map(({ text: _text, ...unit }, u) => ({ ...unit, size: size[u]! }));
  const { feat, weight } = weigh(raw, n, memory);
  const posting = invert(raw.start, feat, weight, raw.df, n, memory);
  const vecStart = memory.int32(raw.start.length);
  vecStart.set(raw.start);
  const unitReg = memory.int32(prepared.unitReg.length);
  unitReg.set(prepared.unitReg);
  const frozen = raw.frozen ? { rankDf: raw.rankDf } : {};
  return { regulations: prepared.regulations, units, unitReg, vecStart, vecFeat: feat, vecWeight: weight, ...posting, featureCount: raw.df.length, ...frozen };
}

/** The index of a corpus counted in one pass, weighed with `table` when given, and the counter (its vocabulary). */
function counted(
  regulations: readonly AlignableRegulation[],
  unitsOf: (r: AlignableRegulation) => ProvisionUnit[],
): { prepared: Omit<UnitsToIndex, 'texts'>; counter: FeatureCounter } {
  const { texts, ...prepared } = unitsToIndex(regulations, unitsOf);
  const counter = new FeatureCounter();
  counter.add(rangeFeatures(texts));
  return { prepared, counter };
}

/** Build the index of a corpus (see the phase comment at the top of this file); `unitsOf` picks the unit (paragraphs by default, whole articles for the article index). */
export function buildAlignmentIndex(regulations: readonly AlignableRegulation[], unitsOf: (r: AlignableRegulation) => ProvisionUnit[] = toUnits): AlignmentIndex {
  const { prepared, counter } = counted(regulations, unitsOf);
  return indexCounted(prepared, counter.finish());
}

/** The document frequencies of a corpus's units (`unitsOf` as for buildAlignmentIndex), to freeze. */
export function dfTable(regulations: readonly AlignableRegulation[], unitsOf: (r: AlignableRegulation) => ProvisionUnit[] = toUnits): DfTable {
  return counted(regulations, unitsOf).counter.table();
}

/**
 * The index without its posting lists: once the candidate searches are done, scoring reads the vectors only, and the
 * postings (half of the index) can be collected while the links are scored.
 */
export function withoutPostings(index: AlignmentIndex): AlignmentIndex {
  return { ...index, postStart: new Int32Array(0), postUnit: new Int32Array(0), postWeight: new Float32Array(0) };
}

/** The features of an index weighed with a frozen table, by id, so that units can be appended (appendToIndex). */
export interface FrozenVocabulary {
  table: DfTable;
  /** Feature id → key, and key → id. */
  keys: string[];
  ids: Map<string, number>;
}

/**
 * The index of a corpus weighed with a frozen table, with its vocabulary (to append a regulation later). Without a
 * table, the corpus's own is frozen, from the same count (dfTable would count the corpus a second time).
 */
export function buildFrozenIndex(
  regulations: readonly AlignableRegulation[],
  unitsOf: (r: AlignableRegulation) => ProvisionUnit[],
  table?: DfTable,
): { index: AlignmentIndex; vocabulary: FrozenVocabulary } {
  const { prepared, counter } = counted(regulations, unitsOf);
  return frozenIndexCounted(prepared, counter, table);
}

/** The index of units counted by `counter` (in ranges, perhaps), weighed with `table` or else the counter's own, and its vocabulary (see buildFrozenIndex). */
export function frozenIndexCounted(
  prepared: Omit<UnitsToIndex, 'texts'>,
  counter: FeatureCounter,
  table: DfTable | undefined,
  memory: IndexMemory = LOCAL_MEMORY,
): { index: AlignmentIndex; vocabulary: FrozenVocabulary } {
  // the table before finish and vocabulary: both hand over the counter's own arrays and map
  const frozen = table ?? counter.table();
  const index = indexCounted(prepared, counter.finish(frozen), memory);
  const ids = counter.vocabulary();
  return { index, vocabulary: { table: frozen, keys: [...ids.keys()], ids } };
}

/**
 * The index with one regulation appended, without counting or weighing the others again: with a frozen table an old
 * unit's vector does not change, a new feature gets the next id (the order one pass would give it, the regulation being
 * last), and each posting list gets the new units' postings at its end. The same index as buildFrozenIndex of the
 * whole corpus; `vocabulary` is extended in place. The old index's posting lists are not read (a stored state has none).
 */
export function appendToIndex(
  index: AlignmentIndex,
  vocabulary: FrozenVocabulary,
  added: AlignableRegulation,
  unitsOf: (r: AlignableRegulation) => ProvisionUnit[],
): AlignmentIndex {
  // the vocabulary is extended in place: one used before (an addition made from the same state) no longer matches
  if (vocabulary.keys.length !== index.featureCount) throw new Error('appendToIndex: the vocabulary was extended by another addition (a state is used once)');
  const oldUnits = index.units.length;
  const { texts, units: newUnits } = unitsToIndex([added], unitsOf);
  const part = rangeFeatures(texts);
  const global = Int32Array.from(part.vocab, (key) => {
    let id = vocabulary.ids.get(key);
    if (id === undefined) {
      vocabulary.ids.set(key, (id = vocabulary.keys.length));
      vocabulary.keys.push(key);
    }
    return id;
  });
  const featureCount = vocabulary.keys.length;
  const rankDf = new Int32Array(featureCount);
  rankDf.set(index.rankDf!);
  for (let f = index.featureCount; f < featureCount; f++) rankDf[f] = vocabulary.table.df.get(vocabulary.keys[f]!) ?? 1;
  const feat = Int32Array.from(part.feat, (local) => global[local]!);
  // weigh reads the flag of the new units' features only
  const boilerplate = new Uint8Array(featureCount);
  for (const f of global) boilerplate[f] = isDiscounted(vocabulary.keys[f]!) ? 1 : 0;
  const raw: RawVectors = { start: part.start, feat, tf: part.tf, boilerplate, df: rankDf, rankDf, idfUnits: vocabulary.table.units, frozen: true };
  const weighed = weigh(raw, newUnits.length, LOCAL_MEMORY);
  // vectors: the old ones, then the new units'
  const vecStart = new Int32Array(oldUnits + newUnits.length + 1);
  vecStart.set(index.vecStart);
  const oldEntries = index.vecStart[oldUnits]!;
  for (let k = 1; k <= newUnits.length; k++) vecStart[oldUnits + k] = oldEntries + part.start[k]!;
  const vecFeat = new Int32Array(oldEntries + feat.length);
  vecFeat.set(index.vecFeat);
  vecFeat.set(weighed.feat, oldEntries);
  const vecWeight = new Float32Array(oldEntries + feat.length);
  vecWeight.set(index.vecWeight);
  vecWeight.set(weighed.weight, oldEntries);
  // posting lists from all the vectors (units ascending): the old lists with the new units' postings at their ends, in
  // one counting sort, which costs less than copying the old lists one by one (and the stored state keeps no postings)
  const df = new Int32Array(featureCount);
  for (const f of vecFeat) df[f]!++;
  const { postStart, postUnit, postWeight } = invert(vecStart, vecFeat, vecWeight, df, oldUnits + newUnits.length, LOCAL_MEMORY);
  const unitReg = new Int32Array(oldUnits + newUnits.length);
  unitReg.set(index.unitReg);
  unitReg.fill(index.regulations.length, oldUnits);
  const regulation: IndexedRegulation = {
    id: added.meta.id,
    shortName: added.meta.shortName,
    ...(added.meta.superior ? { superior: added.meta.superior } : {}),
    firstUnit: oldUnits,
    unitCount: newUnits.length,
  };
  const units: IndexedUnit[] = [...index.units, ...newUnits.map(({ text: _text, ...unit }, k) => ({ ...unit, size: part.size[k]! }))];
  return { regulations: [...index.regulations, regulation], units, unitReg, vecStart, vecFeat, vecWeight, postStart, postUnit, postWeight, featureCount, rankDf };
}

// An AlignState (align-increment.ts) as files: a manifest (JSON) and named typed arrays, so that a build can keep the
// state between runs and add a regulation to it (README, 增量更新). Each regulation is keyed by a hash of its source,
// which the caller computes (the build has the bytes); a state is reused only for the regulations it was built from,
// in the same order, and every regulation after them is added one by one. What can be derived in one linear pass (the
// maps between the two indexes, each article's best counterparts) is derived again instead of stored; the links are
// stored beside the picks they were merged from, since merging them again costs seconds at thousands of regulations.
import { MAX_POSTINGS_PER_UNIT, withReference, type AlignOptions, type ScoredLinks } from './align-corpus.ts';
import { witnessInputsOf, type WitnessInputs } from './label-witnesses.ts';
import { labelsToJson, type ReferenceLabelsJson } from './reference-labels.ts';
import { alignAdded, alignFrozen, type AlignState, type AlignTables } from './align-increment.ts';
import type { AlignmentIndex, DfTable, FrozenVocabulary, IndexedRegulation, IndexedUnit } from './alignment-index.ts';
import { matchSpaces, type NeighbourLists } from './match-features.ts';
import type { DirectedPairs } from './merge-pairs.ts';
import type { DirectedNeighbours, SearchBars } from './neighbours.ts';
import { toUnits, type AlignableRegulation } from './units.ts';

/** The arrays a state is stored in, by name. */
export type StateArray = Int32Array | Float32Array | Float64Array | Int16Array | Uint8Array;

/** The labels of the options in their stored form (null: none). */
function labelsJsonOf(options: AlignOptions): ReferenceLabelsJson | null {
  return options.reference ? labelsToJson(options.reference) : null;
}

/** Version of the stored form; a state of another version is not read (the build aligns in full). */
export const STATE_VERSION = 2;

/** What the manifest holds besides the arrays. */
export interface StateManifest {
  version: number;
  options: Pick<AlignOptions, 'maxRegulations' | 'maxPostingsPerUnit' | 'perRegulation'>;
  /** The regulations in alignment order, each with the key (source hash) it was aligned from. */
  regulations: Array<{ id: string; key: string }>;
  indexes: Record<'paragraphs' | 'articles', { regulations: IndexedRegulation[]; units: IndexedUnit[]; featureCount: number; tableUnits: number; keys: string[] }>;
  complete: { para: boolean; art: boolean; links: boolean };
  /** The labels aligned with as evidence (reference-labels.ts), or null: other labels make the build align in full. */
  labels?: ReferenceLabelsJson | null;
}

/** A state as files: the manifest and the arrays. */
export interface StateFiles {
  manifest: StateManifest;
  arrays: Map<string, StateArray>;
}

// the posting lists are not stored: appendToIndex builds them from the vectors, in less time than they take to read
const INDEX_ARRAYS = ['unitReg', 'vecStart', 'vecFeat', 'vecWeight'] as const;

/** The state as files; `keys` are the regulations' source hashes, in the state's order. */
export function stateToFiles(state: AlignState, keys: readonly string[]): StateFiles {
  if (state.options.model || state.options.evidenceModel) throw new Error('stateToFiles: a state aligned with another model is not stored');
  if (keys.length !== state.regulations.length) throw new Error('stateToFiles: one key per regulation');
  const arrays = new Map<string, StateArray>();
  const indexes = {} as StateManifest['indexes'];
  for (const [name, index, vocabulary] of [
    ['paragraphs', state.spaces.paragraphs, state.vocabularies.paragraphs],
    ['articles', state.spaces.articles, state.vocabularies.articles],
  ] as const) {
    for (const key of INDEX_ARRAYS) arrays.set(`${name}.${key}`, index[key]);
    arrays.set(`${name}.rankDf`, index.rankDf!);
    arrays.set(
      `${name}.tableDf`,
      Int32Array.from(vocabulary.keys, (k) => vocabulary.table.df.get(k) ?? 0),
    );
    indexes[name] = { regulations: index.regulations, units: index.units, featureCount: index.featureCount, tableUnits: vocabulary.table.units, keys: vocabulary.keys };
  }
  const pairs = (name: string, d: DirectedPairs) => {
    arrays.set(`${name}.ends`, d.ends.data.subarray(0, d.ends.length));
    arrays.set(`${name}.other`, d.other.data.subarray(0, d.other.length));
    arrays.set(`${name}.packed`, d.packed.data.subarray(0, d.packed.length));
  };
  for (const [name, kept] of [
    ['para', state.para],
    ['art', state.art],
  ] as const) {
    pairs(`${name}.finds`, kept.finds);
    arrays.set(`${name}.bars.chosen`, kept.bars.chosen);
    arrays.set(`${name}.bars.bar`, kept.bars.bar);
    arrays.set(`${name}.bars.incomplete`, kept.bars.incomplete);
    arrays.set(`${name}.lists.start`, kept.lists.start);
    arrays.set(`${name}.lists.other`, kept.lists.other);
    arrays.set(`${name}.lists.score`, kept.lists.score);
  }
  pairs('picks', state.picks);
  arrays.set('best.start', state.search.best.start);
  arrays.set('best.best', state.search.best.best);
  arrays.set('best.ofStart', state.search.best.ofStart);
  arrays.set('best.of', state.search.best.of);
  arrays.set('links.a', state.links.a);
  arrays.set('links.b', state.links.b);
  arrays.set('links.score', state.links.score);
  arrays.set('links.similarity', state.links.similarity);
  const { maxRegulations, maxPostingsPerUnit, perRegulation } = state.options;
  return {
    manifest: {
      version: STATE_VERSION,
      options: { maxRegulations, maxPostingsPerUnit, perRegulation },
      regulations: state.regulations.map((r, i) => ({ id: r.meta.id, key: keys[i]! })),
      indexes,
      complete: { para: state.para.finds.complete, art: state.art.finds.complete, links: state.links.complete },
      labels: labelsJsonOf(state.options),
    },
    arrays,
  };
}

/** Read a named array of the expected type (a state written by another program is refused, not misread). */
function arrayOf<T extends StateArray>(files: StateFiles, name: string, type: new (n: number) => T): T {
  const a = files.arrays.get(name);
  if (!(a instanceof type)) throw new Error(`比对状态缺少 ${name}（或类型不符）`);
  return a as T;
}

/** Directed pairs from their three arrays (unit 0 first). */
function pairsOf(files: StateFiles, name: string): DirectedPairs {
  const g = (k: string) => {
    const data = arrayOf(files, `${name}.${k}`, Int32Array);
    return { data, length: data.length };
  };
  return { from: 0, ends: g('ends'), other: g('other'), packed: g('packed') };
}

/** The state from its files and the regulations it was aligned from (in its order; their ids are checked). */
export function stateFromFiles(files: StateFiles, regulations: readonly AlignableRegulation[]): AlignState {
  const { manifest } = files;
  if (manifest.version !== STATE_VERSION) throw new Error(`比对状态版本 ${manifest.version}，本程序读 ${STATE_VERSION}`);
  if (regulations.length !== manifest.regulations.length || regulations.some((r, i) => r.meta.id !== manifest.regulations[i]!.id))
    throw new Error('比对状态的法规与给出的法规不同');
  const index = (name: 'paragraphs' | 'articles'): { index: AlignmentIndex; vocabulary: FrozenVocabulary } => {
    const m = manifest.indexes[name];
    const tableDf = arrayOf(files, `${name}.tableDf`, Int32Array);
    const df = new Map<string, number>();
    const ids = new Map<string, number>();
    for (let id = 0; id < m.keys.length; id++) {
      ids.set(m.keys[id]!, id);
      if (tableDf[id]! > 0) df.set(m.keys[id]!, tableDf[id]!);
    }
    const table: DfTable = { units: m.tableUnits, df };
    const ints = (k: string) => arrayOf(files, `${name}.${k}`, Int32Array);
    const floats = (k: string) => arrayOf(files, `${name}.${k}`, Float32Array);
    return {
      index: {
        regulations: m.regulations,
        units: m.units,
        unitReg: ints('unitReg'),
        vecStart: ints('vecStart'),
        vecFeat: ints('vecFeat'),
        vecWeight: floats('vecWeight'),
        postStart: new Int32Array(0),
        postUnit: new Int32Array(0),
        postWeight: new Float32Array(0),
        featureCount: m.featureCount,
        rankDf: ints('rankDf'),
      },
      vocabulary: { table, keys: m.keys, ids },
    };
  };
  const paragraphs = index('paragraphs');
  const articles = index('articles');
  const spaces = matchSpaces(paragraphs.index, articles.index);
  const kept = (name: 'para' | 'art', complete: boolean) => {
    const finds: DirectedNeighbours = { ...pairsOf(files, `${name}.finds`), complete };
    const bars: SearchBars = {
      chosen: arrayOf(files, `${name}.bars.chosen`, Int32Array),
      bar: arrayOf(files, `${name}.bars.bar`, Float64Array),
      incomplete: arrayOf(files, `${name}.bars.incomplete`, Uint8Array),
    };
    const lists: NeighbourLists = {
      start: arrayOf(files, `${name}.lists.start`, Int32Array),
      other: arrayOf(files, `${name}.lists.other`, Int32Array),
      score: arrayOf(files, `${name}.lists.score`, Int16Array),
      complete,
    };
    return { finds, bars, lists };
  };
  const para = kept('para', manifest.complete.para);
  const art = kept('art', manifest.complete.art);
  const picks = pairsOf(files, 'picks');
  const link = (k: string) => arrayOf(files, `links.${k}`, Int32Array);
  const links: ScoredLinks = { a: link('a'), b: link('b'), score: link('score'), similarity: link('similarity'), complete: manifest.complete.links };
  return {
    regulations,
    tables: { paragraphs: paragraphs.vocabulary.table, articles: articles.vocabulary.table },
    options: manifest.options,
    spaces,
    vocabularies: { paragraphs: paragraphs.vocabulary, articles: articles.vocabulary },
    para,
    art,
    search: {
      para: para.lists,
      art: art.lists,
      best: {
        start: arrayOf(files, 'best.start', Int32Array),
        best: arrayOf(files, 'best.best', Int32Array),
        ofStart: arrayOf(files, 'best.ofStart', Int32Array),
        of: arrayOf(files, 'best.of', Int32Array),
      },
    },
    picks,
    links,
    redone: { paragraphsSearched: 0, articlesSearched: 0, paragraphsScored: 0, ms: { index: 0, search: 0, score: 0, merge: 0 } },
  };
}

/** More regulations than this added at once are aligned in full instead (faster than adding them one by one). */
export const MAX_ADDITIONS = 8;
/** The growth of the corpus's paragraphs since its frozen table was counted past which the table is counted again. */
export const TABLE_GROWTH = 0.1;

/** What updateAlignment did: reused the stored state and added regulations to it, or aligned in full (and why). */
export interface AlignUpdate {
  state: AlignState;
  added: string[];
  /** The regulations' keys in the order aligned (state.regulations). */
  keys: string[];
  /** Why the stored state was not reused (null when it was). */
  fullBecause: string | null;
  /** Why an addition scored every paragraph again (alignAdded's redone.allBecause), one line per such addition. */
  rescoredAll: string[];
}

/** How a full alignment is made: alignFrozen in this thread, or the same on worker threads (scripts/lib/align-parallel.ts). */
export type FullAlignment = (regulations: readonly AlignableRegulation[], tables: AlignTables | undefined, options: AlignOptions) => AlignState | Promise<AlignState>;

/**
 * The alignment of `regulations` (keyed by their source hashes, `keys` in the same order), from a stored state when
 * the regulations it holds are all there, unchanged, with the same options: those are put first, in the state's order,
 * and the others are added one by one after them (in the order given), with the stored frozen tables. Otherwise (no
 * state, a regulation changed or removed, other options) a full alignment, in the order given, whose tables are
 * counted from the corpus as it is now: today's alignment exactly. `state.regulations` is the order aligned in, and
 * `keys` the keys in that order (to store the state with). `alignFull` makes the full alignment (default: this thread).
 */
export async function updateAlignment(
  files: StateFiles | null,
  regulations: readonly AlignableRegulation[],
  keys: readonly string[],
  options: AlignOptions = {},
  alignFull: FullAlignment = alignFrozen,
): Promise<AlignUpdate> {
  const full = async (fullBecause: string): Promise<AlignUpdate> => ({
    // no tables: the corpus's own are frozen, counted once with the indexes
    state: await alignFull(regulations, undefined, options),
    added: [],
    keys: [...keys],
    fullBecause,
    rescoredAll: [],
  });
  if (!files) return full('没有保存的比对状态');
  if (files.manifest.version !== STATE_VERSION) return full(`保存的比对状态版本 ${files.manifest.version}，本程序为 ${STATE_VERSION}`);
  const o = files.manifest.options;
  if (
    o.maxRegulations !== options.maxRegulations ||
    o.maxPostingsPerUnit !== options.maxPostingsPerUnit ||
    o.perRegulation !== options.perRegulation ||
    options.model ||
    options.evidenceModel
  )
    return full('比对参数与保存的状态不同');
  // the labels vote on every pair they apply to: other labels, other votes everywhere
  if (JSON.stringify(files.manifest.labels ?? null) !== JSON.stringify(labelsJsonOf(options))) return full('作印证的标注与保存的状态不同');
  const given = new Map(regulations.map((r, i) => [r.meta.id, i]));
  const stored = files.manifest.regulations;
  const gone = stored.find((s) => !given.has(s.id));
  if (gone) return full(`法规 ${gone.id} 已不在语料中`);
  const changed = stored.find((s) => keys[given.get(s.id)!] !== s.key);
  if (changed) return full(`法规 ${changed.id} 与保存的状态不同（文本或名称有改动）`);
  const storedIds = new Set(stored.map((s) => s.id));
  const order = [...stored.map((s) => given.get(s.id)!), ...regulations.flatMap((r, i) => (storedIds.has(r.meta.id) ? [] : [i]))];
  const adding = order.length - stored.length;
  // one addition costs a few seconds at thousands of regulations (README, 增量更新); past a handful, aligning everything
  // again (on every thread) is faster
  if (adding > MAX_ADDITIONS) return full(`新增 ${adding} 部法规，超过 ${MAX_ADDITIONS} 部时完整比对更快`);
  // features the frozen table lacks count as the rarest, read in full by every search, past the posting budget: once
  // the corpus has grown by a tenth since the table was counted, the table is counted again (a full alignment). A
  // corpus of fewer paragraphs than twice the budget is exempt: its searches read nearly every list in full anyway
  const table = files.manifest.indexes.paragraphs.tableUnits;
  const units = files.manifest.indexes.paragraphs.units.length + order.slice(stored.length).reduce((n, i) => n + toUnits(regulations[i]!).length, 0);
  const budget = options.maxPostingsPerUnit ?? MAX_POSTINGS_PER_UNIT;
  if (units >= 2 * budget && units > table * (1 + TABLE_GROWTH))
    return full(`语料自频率表统计以来增长了 ${Math.round((100 * (units - table)) / table)}%（超过 ${100 * TABLE_GROWTH}%），重新统计频率表`);
  let state: AlignState;
  try {
    const loaded = stateFromFiles(
      files,
      order.slice(0, stored.length).map((i) => regulations[i]!),
    );
    // the labels are not stored with the arrays, only compared above: the additions score with them
    state = options.reference ? { ...loaded, options: { ...loaded.options, reference: options.reference } } : loaded;
  } catch (e) {
    // an array missing or of another type: the stored state is not trusted
    return full(`保存的比对状态无法读取：${(e as Error).message}`);
  }
  const added: string[] = [];
  const rescoredAll: string[] = [];
  for (const i of order.slice(stored.length)) {
    state = alignAdded(state, regulations[i]!);
    added.push(regulations[i]!.meta.id);
    if (state.redone.allBecause) rescoredAll.push(state.redone.allBecause);
  }
  return { state, added, keys: order.map((i) => keys[i]!), fullBecause: null, rescoredAll };
}

/** What the labels' votes behind a state's links are read from (label-witnesses.ts): its best articles, with the labels it was scored with; none without labels. */
export function stateWitnesses(state: AlignState, options: Pick<AlignOptions, 'reference'>): WitnessInputs | undefined {
  return witnessInputsOf(state.spaces, withReference(state.spaces, state.search, options));
}

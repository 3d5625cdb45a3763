// The regulation of a unit, from two small tables instead of an array of a regulation per unit. Units of one regulation
// are contiguous, so a table of the regulation of every 64th unit and the regulations' first units answer it: a few
// hundred kilobytes at 20,000 regulations, which stay in the processor's caches, where an array of 1.65 million
// numbers read at random does not (the candidate search and the grouping ask for every posting or neighbour they read).

/** log₂ of the units per entry of `RegulationLookup.blockReg`. */
export const BLOCK_BITS = 6;

/** What regulationOf reads. */
export interface RegulationLookup {
  /** The regulation of unit b × 64. */
  blockReg: Int32Array;
  /** Where each regulation's units start, and the number of units at the end. */
  firstUnit: Int32Array;
}

/** The lookup for regulations given by where their units start (ascending, in unit order) and the number of units. */
export function regulationLookup(firstUnits: ArrayLike<number>, unitCount: number): RegulationLookup {
  const r = firstUnits.length;
  const firstUnit = new Int32Array(r + 1);
  for (let i = 0; i < r; i++) firstUnit[i] = firstUnits[i]!;
  firstUnit[r] = unitCount;
  const blockReg = new Int32Array(Math.ceil(unitCount / (1 << BLOCK_BITS)));
  let reg = 0;
  for (let b = 0; b < blockReg.length; b++) {
    const unit = b << BLOCK_BITS;
    while (firstUnit[reg + 1]! <= unit) reg++;
    blockReg[b] = reg;
  }
  return { blockReg, firstUnit };
}

/** The regulation of unit v (0 ≤ v < the number of units): its block's regulation, then forward to the last regulation that starts at or before v. */
export function regulationOf(lookup: RegulationLookup, v: number): number {
  let r = lookup.blockReg[v >>> BLOCK_BITS]!;
  while (lookup.firstUnit[r + 1]! <= v) r++;
  return r;
}

// Cleanup passes over a raw diff, after diff-match-patch (Neil Fraser, Apache-2.0): merge (join neighbours,
// factor out common ends), semantic (dissolve short equalities between larger edits: a raw diff of Chinese
// is full of one-character islands such as 的 or 部), and lossless (slide an edit so that it starts or ends
// at Chinese punctuation rather than mid-phrase).

/** A diff operation: -1 delete, 0 equal, 1 insert; and its text. */
export type Diff = [-1 | 0 | 1, string];

function prefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function suffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Replace a run of edits (ending before `pointer`) by one deletion and one insertion, common ends factored out; returns the new pointer. */
function collapseEdits(diffs: Diff[], pointer: number, countDelete: number, countInsert: number, textDelete: string, textInsert: string): number {
  let del = textDelete;
  let ins = textInsert;
  const start = pointer - countDelete - countInsert;
  if (countDelete && countInsert) {
    const pre = prefixLength(ins, del);
    if (pre) {
      if (start > 0 && diffs[start - 1]![0] === 0) diffs[start - 1]![1] += ins.slice(0, pre);
      else {
        diffs.splice(0, 0, [0, ins.slice(0, pre)]);
        pointer++;
      }
      ins = ins.slice(pre);
      del = del.slice(pre);
    }
    const suf = suffixLength(ins, del);
    if (suf) {
      diffs[pointer]![1] = ins.slice(ins.length - suf) + diffs[pointer]![1];
      ins = ins.slice(0, ins.length - suf);
      del = del.slice(0, del.length - suf);
    }
  }
  pointer -= countDelete + countInsert;
  diffs.splice(pointer, countDelete + countInsert);
  if (del) diffs.splice(pointer++, 0, [-1, del]);
  if (ins) diffs.splice(pointer++, 0, [1, ins]);
  return pointer + 1;
}

/** Slide single edits between equalities sideways when that removes an equality: A<ins>BA</ins>C → <ins>AB</ins>AC. */
function shiftSingleEdits(diffs: Diff[]): boolean {
  let changes = false;
  for (let p = 1; p < diffs.length - 1; p++) {
    const [prev, cur, next] = [diffs[p - 1]!, diffs[p]!, diffs[p + 1]!];
    if (prev[0] !== 0 || next[0] !== 0) continue;
    if (prev[1] && cur[1].endsWith(prev[1])) {
      cur[1] = prev[1] + cur[1].slice(0, cur[1].length - prev[1].length);
      next[1] = prev[1] + next[1];
      diffs.splice(p - 1, 1);
      changes = true;
    } else if (next[1] && cur[1].startsWith(next[1])) {
      prev[1] += next[1];
      cur[1] = cur[1].slice(next[1].length) + next[1];
      diffs.splice(p + 1, 1);
      changes = true;
    }
  }
  return changes;
}

/** Join adjacent operations of one kind, factor common prefixes and suffixes of edits into equalities. */
export function cleanupMerge(diffs: Diff[]): void {
  diffs.push([0, '']);
  let pointer = 0;
  let countDelete = 0,
    countInsert = 0,
    textDelete = '',
    textInsert = '';
  while (pointer < diffs.length) {
    const [op, text] = diffs[pointer]!;
    if (op === 1) {
      countInsert++;
      textInsert += text;
      pointer++;
      continue;
    }
    if (op === -1) {
      countDelete++;
      textDelete += text;
      pointer++;
      continue;
    }
    if (countDelete + countInsert > 1) pointer = collapseEdits(diffs, pointer, countDelete, countInsert, textDelete, textInsert);
    else if (pointer !== 0 && diffs[pointer - 1]![0] === 0) {
      diffs[pointer - 1]![1] += text;
      diffs.splice(pointer, 1);
    } else pointer++;
    countDelete = 0;
    countInsert = 0;
    textDelete = '';
    textInsert = '';
  }
  if (diffs.at(-1)![1] === '') diffs.pop();
  if (shiftSingleEdits(diffs)) cleanupMerge(diffs);
}

/** Dissolve equalities no longer than the edits on both sides of them into a deletion plus an insertion. */
export function cleanupSemantic(diffs: Diff[]): void {
  let changes = false;
  const equalities: number[] = [];
  let lastEquality: string | null = null;
  let ins1 = 0,
    del1 = 0,
    ins2 = 0,
    del2 = 0;
  for (let pointer = 0; pointer < diffs.length; pointer++) {
    const [op, text] = diffs[pointer]!;
    if (op === 0) {
      equalities.push(pointer);
      [ins1, del1, ins2, del2] = [ins2, del2, 0, 0];
      lastEquality = text;
      continue;
    }
    if (op === 1) ins2 += text.length;
    else del2 += text.length;
    if (lastEquality !== null && lastEquality.length <= Math.max(ins1, del1) && lastEquality.length <= Math.max(ins2, del2)) {
      const at = equalities.at(-1)!;
      diffs.splice(at, 0, [-1, lastEquality]);
      diffs[at + 1]![0] = 1;
      equalities.pop();
      equalities.pop();
      pointer = equalities.length ? equalities.at(-1)! : -1;
      ins1 = del1 = ins2 = del2 = 0;
      lastEquality = null;
      changes = true;
    }
  }
  if (changes) cleanupMerge(diffs);
  cleanupLossless(diffs);
}

/** How good a place the junction between `one` and `two` is for an edit to begin or end (Chinese punctuation). */
function boundaryScore(one: string, two: string): number {
  if (!one || !two) return 6;
  const last = one.at(-1)!;
  const first = two[0]!;
  if (/[。；！？]/.test(last)) return 5;
  // after a comma, or just before any punctuation: an edit that ends a clause
  if (/[，、：]/.test(last) || /[，。；：、！？]/.test(first)) return 4;
  if (/[）》”]/.test(last) || /[（《“]/.test(first)) return 3;
  return 0;
}

/** Slide each single edit between two equalities to the best-scoring position; the texts stay the same. */
function cleanupLossless(diffs: Diff[]): void {
  for (let p = 1; p < diffs.length - 1; p++) {
    if (diffs[p - 1]![0] !== 0 || diffs[p + 1]![0] !== 0) continue;
    let eq1 = diffs[p - 1]![1];
    let edit = diffs[p]![1];
    let eq2 = diffs[p + 1]![1];
    const back = suffixLength(eq1, edit);
    if (back) {
      const common = edit.slice(edit.length - back);
      eq1 = eq1.slice(0, eq1.length - back);
      edit = common + edit.slice(0, edit.length - back);
      eq2 = common + eq2;
    }
    let best = { eq1, edit, eq2, score: boundaryScore(eq1, edit) + boundaryScore(edit, eq2) };
    while (eq2 && edit[0] === eq2[0]) {
      eq1 += edit[0];
      edit = edit.slice(1) + eq2[0];
      eq2 = eq2.slice(1);
      const score = boundaryScore(eq1, edit) + boundaryScore(edit, eq2);
      if (score >= best.score) best = { eq1, edit, eq2, score };
    }
    if (diffs[p - 1]![1] === best.eq1) continue;
    if (best.eq1) diffs[p - 1]![1] = best.eq1;
    else diffs.splice(--p, 1);
    diffs[p]![1] = best.edit;
    if (best.eq2) diffs[p + 1]![1] = best.eq2;
    else diffs.splice(p + 1, 1);
  }
}

// The incremental alignment with labels as evidence (reference-labels.ts) gives what a full alignment with the same
// frozen tables and the same labels gives: a regulation added unlabelled is scored with the labelled ones' votes, a
// labelled one makes every pair be scored again, and other labels than the stored state's make the build align in full.
import { describe, expect, it } from 'vitest';
import { loadLabelledCorpus } from '../../scripts/lib/align-quality.ts';
import { alignAdded, alignFrozen, alignTables, type AlignState } from '../../src/lib/compare/align-increment.ts';
import { stateToFiles, updateAlignment } from '../../src/lib/compare/align-state.ts';
import { referenceLabels } from '../../src/lib/compare/reference-labels.ts';

const { regulations, judgements } = loadLabelledCorpus();
const five = regulations.filter((r) => r.meta.id !== 'guangdong');
const six = [...five, regulations.find((r) => r.meta.id === 'guangdong')!];
const ids = (rs: typeof regulations) => rs.map((r) => r.meta.id);
// guangdong unlabelled: the five's labels among themselves only
const fiveLabels = referenceLabels(judgements.filter((j) => j.from !== 'guangdong' && j.to !== 'guangdong'));
const linksOf = (s: AlignState) => [Array.from(s.links.a), Array.from(s.links.b), Array.from(s.links.score), Array.from(s.links.similarity)];

describe('the incremental alignment with labels as evidence', () => {
  it('adds an unlabelled regulation with the links of a full alignment with the same tables and labels', async () => {
    const files = stateToFiles(alignFrozen(five, undefined, { reference: fiveLabels }), ids(five));
    const update = await updateAlignment(files, six, ids(six), { reference: fiveLabels });
    expect(update.fullBecause).toBeNull();
    expect(update.added).toEqual(['guangdong']);
    const full = alignFrozen(six, alignTables(five), { reference: fiveLabels });
    expect(linksOf(update.state)).toEqual(linksOf(full));
    // the labels changed the answer: the test would not see them dropped
    expect(linksOf(full)).not.toEqual(linksOf(alignFrozen(six, alignTables(five))));
  });

  // four labelled: xinjiang, old and unlabelled, is then the query of the votes on its articles for the labelled
  // regulations' paragraphs, so a change of its best counterparts moves votes in other regulations' paragraphs
  const fourLabels = referenceLabels(judgements.filter((j) => ![j.from, j.to].some((id) => id === 'guangdong' || id === 'xinjiang')));
  it.each([
    ['five labelled', fiveLabels],
    ['four labelled', fourLabels],
  ])('gives the same links when the regulation added pushes a labelled one out of a best-counterpart list (%s)', async (_, reference) => {
    // searched in one other regulation only, guangdong takes the place of a labelled regulation in some old articles'
    // lists of best counterparts, so the votes that read them move
    const options = { reference, maxRegulations: 1 };
    const files = stateToFiles(alignFrozen(five, undefined, options), ids(five));
    const update = await updateAlignment(files, six, ids(six), options);
    expect(update.fullBecause).toBeNull();
    expect(linksOf(update.state)).toEqual(linksOf(alignFrozen(six, alignTables(five), options)));
  });

  it('aligns in full when the labels are not those the state was aligned with', async () => {
    const files = stateToFiles(alignFrozen(five, undefined, { reference: fiveLabels }), ids(five));
    const update = await updateAlignment(files, six, ids(six), { reference: referenceLabels(judgements) });
    expect(update.fullBecause).toBe('作印证的标注与保存的状态不同');
    expect((await updateAlignment(files, six, ids(six))).fullBecause).toBe('作印证的标注与保存的状态不同');
  });

  it('scores every pair again when the regulation added is labelled (it votes on the pairs of the others)', () => {
    const all = referenceLabels(judgements);
    const added = alignAdded(alignFrozen(five, undefined, { reference: all }), six[5]!);
    const full = alignFrozen(six, alignTables(five), { reference: all });
    expect(linksOf(added)).toEqual(linksOf(full));
    // and says so: every old paragraph scored again, and why
    expect(added.redone.allBecause).toBe('guangdong 有标注，作印证时影响所有法规之间的对应');
    expect(added.redone.paragraphsScored).toBe(alignFrozen(five).spaces.paragraphs.units.length);
    // the five's own pairs moved: guangdong's labels vote on them
    const before = alignFrozen(five, undefined, { reference: all });
    const fivePairs = (s: AlignState) => {
      const n = before.spaces.paragraphs.units.length;
      return Array.from(s.links.a).flatMap((a, i) => (a < n && s.links.b[i]! < n ? [`${a}-${s.links.b[i]} ${s.links.score[i]}`] : []));
    };
    expect(fivePairs(full)).not.toEqual(fivePairs(before));
  });
});

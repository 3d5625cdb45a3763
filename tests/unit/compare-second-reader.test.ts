// The figures METHOD.md gives for the second reader are the ones the labels give.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondReaderAgreement } from '../../scripts/lib/align-quality.ts';
import { ROOT } from '../helpers/corpus.ts';

describe('the second reader', () => {
  it('covers shanxi and agrees with the first as METHOD.md says', () => {
    const { regulations, figures } = secondReaderAgreement();
    expect(regulations).toEqual(['shanxi']);
    const method = readFileSync(path.join(ROOT, 'src/lib/compare/METHOD.md'), 'utf8');
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(figures.firstRight === figures.sureMatched && a === b ? 0 : 1)}%（${a}/${b}）`;
    expect(method).toContain(`首个对应条文一致 ${pct(figures.firstRight, figures.sureMatched)}`);
    expect(method).toContain(`确定无对应而第二位给出条文的 ${pct(figures.noneShownAny, figures.sureNone)}`);
  });
});

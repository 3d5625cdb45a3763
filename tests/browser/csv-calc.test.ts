// The CSV downloads opened in a real spreadsheet (LibreOffice Calc, headless, with formula evaluation on as Excel
// and WPS do): a cell that a crafted text begins with = + - @ stays text, never a formula.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { loadRegulation } from '../../scripts/lib/load-corpus.ts';
import { matrixToCsv } from '../../src/lib/analyze/matrix-csv.ts';
import { provisionsCsv } from '../../src/lib/export/provisions-csv.ts';
import { ROOT } from '../helpers/corpus.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Open a CSV in Calc (UTF-8, comma, evaluate formulas) and return the flat ODS XML it made of it. */
function openInCalc(name: string, csv: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, csv);
  // CSV filter tokens: separator 44 (,), text delimiter 34 ("), charset 76 (UTF-8), from line 1, …, token 12 = evaluate formulas
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,true', '--convert-to', 'fods', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return readFileSync(file.replace(/\.csv$/, '.fods'), 'utf8');
}

const crafted = loadRegulation(path.join(ROOT, 'tests/fixtures/export/formula-cells'), ROOT).regulation!;

describe('CSV downloads in a spreadsheet', () => {
  it('keep the crafted cells of the provisions CSV as text', () => {
    const ods = openInCalc('provisions.csv', provisionsCsv([crafted]));
    expect(ods).not.toContain('table:formula=');
    // read in the fixture: its four paragraphs begin with =HYPERLINK, +1+2, -3+4 and @SUM(1)
    for (const start of ['=HYPERLINK(', '+1+2为第二款', '-3+4为第三款', '@SUM(1)为第四款']) expect(ods).toContain(`&apos;${start.replace(/"/g, '&quot;')}`);
  }, 180_000);

  it('is what a spreadsheet would have run without the neutralisation (the check can fail)', () => {
    const raw = `\ufeffa\r\n=1+1\r\n`;
    expect(openInCalc('control.csv', raw)).toContain('table:formula="of:=1+1"');
  }, 180_000);

  it('keep the matrix CSV free of formulas', () => {
    const matrix = {
      jurisdictions: [{ id: 'formula-cells', shortName: '=公式' }],
      rows: [{ id: 'q', question: '-问题', group: '@组', cells: [{ answer: '+yes', provisions: [] }] }],
    };
    const ods = openInCalc('matrix.csv', matrixToCsv(matrix as unknown as Parameters<typeof matrixToCsv>[0]));
    expect(ods).not.toContain('table:formula=');
  }, 180_000);
});

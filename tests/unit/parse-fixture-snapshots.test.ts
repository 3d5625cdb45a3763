// Every parser fixture folder (tests/fixtures/parse/<quirk>/) holds its input and expected.json: the whole parse
// result (regulation and diagnostics, every position). A change in the parser's output anywhere shows up as a
// diff of expected.json that a reviewer reads beside the input; `UPDATE=1 npx vitest run
// tests/unit/parse-fixture-snapshots.test.ts` rewrites the files after a deliberate change. The hand-written
// assertions in parse-fixtures.test.ts stay the independent check: they were read off the inputs, not the output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureBytes, parseFixture } from './parse-fixture-helpers.ts';

const UPDATE = process.env['UPDATE'] === '1';
const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The encoding the accounting check decodes with: UTF-8 unless the bytes are not UTF-8 (the GBK fixture). */
function encodingOf(name: string): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(fixtureBytes(name));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

describe('parser fixtures: whole output against expected.json', () => {
  it('has a folder per quirk, each with an input', () => {
    expect(folders.length).toBeGreaterThanOrEqual(40);
    for (const name of folders) expect(existsSync(path.join(FIXTURES, name, 'input.txt')) || existsSync(path.join(FIXTURES, name, 'input.md')), name).toBe(true);
  });

  it.each(folders)('%s', (name) => {
    const result = parseFixture(name, encodingOf(name));
    const actual = `${JSON.stringify({ regulation: result.regulation, diagnostics: result.diagnostics }, null, 2)}\n`;
    const file = path.join(FIXTURES, name, 'expected.json');
    if (UPDATE || !existsSync(file)) {
      // A missing expected.json is written only under UPDATE=1; otherwise the test fails and says how to create it.
      if (!UPDATE) throw new Error(`${path.relative(process.cwd(), file)} is missing: run UPDATE=1 npx vitest run tests/unit/parse-fixture-snapshots.test.ts and review it`);
      writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});

// Shared by the parse-*.test.ts files: load a fixture from tests/fixtures/parse/<name>/, parse it, and check
// what must hold for every input (schema-valid output, every character accounted for).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { keptTextInOrder, textWithoutArtifacts } from '../../src/lib/corpus/accounting.ts';
import { parseRegulation, type ParseResult } from '../../src/lib/parse/parse-regulation.ts';
import type { Article, Item, Paragraph } from '../../src/lib/schemas/provision.ts';
import { ParsedRegulationSchema } from '../../src/lib/schemas/regulation.ts';

/** The folder holding one sub-folder per quirk. */
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parse');

/** The path of a fixture's input file (input.txt or input.md), relative to the repository root. */
export function fixturePath(name: string): string {
  const dir = path.join(FIXTURES, name);
  const file = existsSync(path.join(dir, 'input.md')) ? 'input.md' : 'input.txt';
  return path.relative(path.resolve(FIXTURES, '../../..'), path.join(dir, file));
}

/** The raw bytes of a fixture's input. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.resolve(FIXTURES, '../../..', fixturePath(name)));
}

const squash = (s: string) => s.replace(/[\s\u3000\u00a0\ufeff]/g, '');

/**
 * Check that every non-whitespace character of `text` is either kept by the parser or recorded as an
 * artifact at the exact offset it came from.
 */
export function expectAccounted(text: string, result: ParseResult): void {
  const reg = result.regulation;
  for (const a of reg.artifacts) expect(text.slice(a.pos.offset, a.pos.offset + a.text.length), `artifact at ${a.pos.line}:${a.pos.column}`).toBe(a.text);
  expect(squash(keptTextInOrder(reg).join(''))).toBe(squash(textWithoutArtifacts(text, reg)));
}

/** Parse a fixture from its bytes, as the build does, and run the checks every fixture must pass. */
export function parseFixture(name: string, decodeAs = 'utf-8'): ParseResult {
  const bytes = fixtureBytes(name);
  const result = parseRegulation(bytes, fixturePath(name));
  ParsedRegulationSchema.parse(result.regulation);
  expectAccounted(new TextDecoder(decodeAs, { ignoreBOM: true }).decode(bytes), result);
  return result;
}

/** Parse a text given as a string, with the same checks. */
export function parseText(text: string, file = 'inline.txt'): ParseResult {
  const result = parseRegulation(text, file);
  ParsedRegulationSchema.parse(result.regulation);
  expectAccounted(text, result);
  return result;
}

/** An article by its label, or a thrown error naming what is missing. */
export function article(result: ParseResult, label: string): Article {
  const a = result.regulation.articles.find((x) => x.label === label);
  if (!a) throw new Error(`no ${label} in ${result.regulation.sourceFile}`);
  return a;
}

/** The text-and-numbering shape of an article, without positions: for comparing two spellings of one article. */
export function shapeOf(a: Article): unknown {
  const item = (i: Item) => ({ id: i.id, number: i.number, label: i.label, text: i.text, subItems: i.subItems.map((s) => ({ id: s.id, label: s.label, text: s.text })) });
  const para = (p: Paragraph) => ({ id: p.id, number: p.number, text: p.text, items: p.items.map(item), refs: p.refs });
  return { id: a.id, number: a.number, label: a.label, paragraphs: a.paragraphs.map(para) };
}

/** Diagnostics without the printed source line, for compact comparisons. */
export function diagnosticsOf(result: ParseResult, severity?: 'error' | 'warning') {
  return result.diagnostics.filter((d) => severity === undefined || d.severity === severity).map(({ source: _source, ...d }) => d);
}

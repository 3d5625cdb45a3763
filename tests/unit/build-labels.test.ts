// The data build uses a label file as evidence only for the text it was read from (sourceSha256), and only when at
// least two usable files are left to vote with (scripts/lib/alignment-labels-fs.ts, buildLabels).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLabelledCorpus } from '../../scripts/lib/align-quality.ts';
import { buildLabels, LABELS_DIR } from '../../scripts/lib/alignment-labels-fs.ts';
import { articleKey } from '../../src/lib/compare/reference-labels.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'duizhao-build-labels-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const { regulations } = loadLabelledCorpus();

describe('the labels the data build uses', () => {
  it('are all six files when every text is the one they were read from', () => {
    const labels = buildLabels(regulations, LABELS_DIR);
    expect(labels.used).toEqual(['changji', 'guangdong', 'haidong', 'shanxi', 'suzhou', 'xinjiang']);
    expect(labels.warnings).toEqual([]);
    // read from content/alignment-labels/shanxi.yaml: 第三十五条 (网格化服务管理) ↔ xinjiang 第三十条
    expect(labels.reference!.counterparts.get(articleKey('shanxi', 35))?.has(articleKey('xinjiang', 30))).toBe(true);
  });

  it('leave out, with a warning, the file of a text that changed, and every pair with it', () => {
    const dir = path.join(root, 'changed');
    cpSync(LABELS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'xinjiang.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^sourceSha256: \w+$/m, `sourceSha256: ${'ab'.repeat(32)}`));
    const labels = buildLabels(regulations, dir);
    expect(labels.used).not.toContain('xinjiang');
    expect(labels.used).toHaveLength(5);
    expect(labels.warnings).toHaveLength(1);
    expect(labels.warnings[0]).toMatch(/xinjiang\.yaml: 标注所据的文本（sourceSha256 abababababab）与现行文本（8542a6568a62）不同，不用作比对印证/);
    expect(labels.reference!.regulations.has('xinjiang')).toBe(false);
    expect(labels.reference!.counterparts.get(articleKey('shanxi', 35))?.has(articleKey('xinjiang', 30)) ?? false).toBe(false);
  });

  it('stop the build at a malformed file, naming it and the field', () => {
    const dir = path.join(root, 'malformed');
    cpSync(LABELS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'suzhou.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^sourceSha256: \w+$/m, 'sourceSha256: 12345'));
    expect(() => buildLabels(regulations, dir)).toThrow(/suzhou\.yaml: sourceSha256: /);
  });

  it('are none when fewer than two files are left, or the folder does not exist', () => {
    const dir = path.join(root, 'one');
    cpSync(LABELS_DIR, dir, { recursive: true });
    for (const id of ['changji', 'guangdong', 'haidong', 'shanxi', 'suzhou']) rmSync(path.join(dir, `${id}.yaml`));
    expect(buildLabels(regulations, dir).reference).toBeUndefined();
    expect(buildLabels(regulations, path.join(root, 'missing')).reference).toBeUndefined();
  });
});

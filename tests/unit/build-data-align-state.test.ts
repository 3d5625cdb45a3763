// The data build with DUIZHAO_ALIGN_STATE keeps the alignment's state between runs (README, 增量更新): the first run
// aligns in full (the same alignment.json as a build without a state), a regulation added later is aligned against the
// stored tables (the same links as a full alignment with those tables), and a changed text or a damaged state makes it
// align in full.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAlignment } from '../../src/lib/compare/align-corpus.ts';
import { alignFrozen, alignTables } from '../../src/lib/compare/align-increment.ts';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { CONTENT_DIR, ROOT } from '../../src/data/paths-fs.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'duizhao-align-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run the data build on `content` into `out`, with the state in `state` when given; its standard output. */
function buildData(content: string, out: string, state?: string): string {
  const env = { ...process.env, DUIZHAO_CONTENT: content, DUIZHAO_GENERATED: out, ...(state ? { DUIZHAO_ALIGN_STATE: state } : {}) };
  return execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-data.ts')], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const alignmentOf = (out: string) => JSON.parse(readFileSync(path.join(out, 'alignment.json'), 'utf8'));

describe('the data build with a kept alignment state', () => {
  it('aligns in full first, adds a regulation later, and aligns in full again when a text changed', () => {
    const content = path.join(root, 'regulations');
    const state = path.join(root, 'state');
    for (const id of ['changji', 'haidong', 'shanxi', 'suzhou', 'xinjiang']) cpSync(path.join(CONTENT_DIR, id), path.join(content, id), { recursive: true });

    const first = buildData(content, path.join(root, 'out1'), state);
    expect(first).toContain('比对：完整比对（没有保存的比对状态）');
    buildData(content, path.join(root, 'out0'));
    // with no state yet, the alignment is exactly the one a build without a state writes
    expect(readFileSync(path.join(root, 'out1', 'alignment.json'), 'utf8')).toBe(readFileSync(path.join(root, 'out0', 'alignment.json'), 'utf8'));
    const five = loadCorpus(content, ROOT).map((l) => l.regulation!);

    // guangdong sorts among the others by id, but is aligned last, against the five's tables
    cpSync(path.join(CONTENT_DIR, 'guangdong'), path.join(content, 'guangdong'), { recursive: true });
    const second = buildData(content, path.join(root, 'out2'), state);
    expect(second).toContain('加入 guangdong');
    const six = [...five, loadCorpus(content, ROOT).find((l) => l.regulation?.meta.id === 'guangdong')!.regulation!];
    const full = alignFrozen(six, alignTables(five));
    const expected = corpusAlignment({ regulations: full.spaces.paragraphs.regulations, units: full.spaces.paragraphs.units }, full.links);
    const written = alignmentOf(path.join(root, 'out2'));
    expect(written.regulations.map((r: { id: string }) => r.id)).toEqual(['changji', 'haidong', 'shanxi', 'suzhou', 'xinjiang', 'guangdong']);
    expect(written.links).toEqual(expected.links);

    // nothing new: the state is reused as it is
    expect(buildData(content, path.join(root, 'out3'), state)).toContain('加入 无');

    // one character more in suzhou: its stored results cannot be reused
    const suzhou = path.join(content, 'suzhou', 'text.txt');
    writeFileSync(suzhou, readFileSync(suzhou, 'utf8').replace('平安建设', '平安建设、'));
    const third = buildData(content, path.join(root, 'out4'), state);
    expect(third).toMatch(/比对：完整比对（法规 suzhou 与保存的状态不同/);
    buildData(content, path.join(root, 'out5'));
    expect(readFileSync(path.join(root, 'out4', 'alignment.json'), 'utf8')).toBe(readFileSync(path.join(root, 'out5', 'alignment.json'), 'utf8'));

    // a state file cut short: the build aligns in full and says so, instead of failing or trusting it
    const links = path.join(state, 'links.a.bin');
    writeFileSync(links, readFileSync(links).subarray(0, 10));
    expect(buildData(content, path.join(root, 'out6'), state)).toMatch(/比对：完整比对（保存的比对状态无法读取：.*links\.a\.bin：应为 \d+ 个 Int32Array/);
    expect(readFileSync(path.join(root, 'out6', 'alignment.json'), 'utf8')).toBe(readFileSync(path.join(root, 'out5', 'alignment.json'), 'utf8'));
  });
});

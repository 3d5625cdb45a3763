// The corpus version in the download names, and the hand-kept change log that must name it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogAdvice } from '../../scripts/lib/changelog-entry.ts';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { parseChangelog } from '../../src/lib/export/changelog.ts';
import { aknPath, downloadName, downloadPath } from '../../src/lib/export/files.ts';
import { canonicalJson, corpusVersion, sha256Hex, versionLines } from '../../src/lib/export/version.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const corpus = loadCorpus(CONTENT_DIR, ROOT).map((l) => l.regulation!);

describe('the corpus version', () => {
  it('is 8 hex digits of the SHA-256 over id, source hash and metadata of each regulation', async () => {
    const v = await corpusVersion(corpus);
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    const lines = corpus.map((r) => `${r.meta.id}\t${r.sourceSha256}\t${canonicalJson(r.meta)}`).sort();
    expect(v).toBe(createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 8));
    expect(versionLines(corpus)).toEqual(lines);
  });

  it('does not depend on the order of the regulations or of metadata keys', async () => {
    const shuffled = [...corpus].reverse().map((r) => ({ ...r, meta: Object.fromEntries(Object.entries(r.meta).reverse()) as typeof r.meta }));
    expect(await corpusVersion(shuffled)).toBe(await corpusVersion(corpus));
  });

  it('changes when a text, a metadata fact or the set of regulations changes', async () => {
    const base = await corpusVersion(corpus);
    const [first, ...rest] = corpus;
    expect(await corpusVersion([{ ...first!, sourceSha256: '0'.repeat(64) }, ...rest])).not.toBe(base);
    expect(await corpusVersion([{ ...first!, meta: { ...first!.meta, shortName: '另名' } }, ...rest])).not.toBe(base);
    expect(await corpusVersion(rest)).not.toBe(base);
  });

  it('hashes with Web Crypto exactly as node:crypto does', async () => {
    expect(await sha256Hex('对照')).toBe(createHash('sha256').update('对照').digest('hex'));
  });

  it('serialises metadata canonically', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: undefined }] })).toBe('{"a":[{"d":"x"}],"b":1}');
  });
});

describe('download names', () => {
  it('carry the kind and the version, or the latest alias', () => {
    expect(downloadName('regulations', 'json', 'v0123abcd')).toBe('duizhao-regulations-v0123abcd.json');
    expect(downloadPath({ kind: 'provisions', ext: 'csv' }, 'latest')).toBe('/data/duizhao-provisions-latest.csv');
    expect(aknPath('suzhou', 'v0123abcd')).toBe('/data/akn/duizhao-suzhou-v0123abcd.xml');
  });
});

describe('the corpus change log', () => {
  it('reads versions, optional dates and bodies, newest first', () => {
    const log = parseChangelog('# 语料变更记录\n\n说明。\n\n## v0123abcd（2026-01-02）\n\n增加某条例。\n\n## vfedcba98\n\n初始语料。\n');
    expect(log).toEqual({
      intro: '说明。',
      entries: [
        { version: '0123abcd', date: '2026-01-02', body: '增加某条例。' },
        { version: 'fedcba98', date: null, body: '初始语料。' },
      ],
      errors: [],
    });
    expect(parseChangelog('## 第二版\n').errors).toEqual(['第 1 行：变更记录的二级标题应为“## v<8 位版本号>”，可加“（YYYY-MM-DD）”，实为“## 第二版”']);
  });

  it('content/CHANGELOG.md is well formed, undated, and names the current corpus version', async () => {
    const markdown = readFileSync(path.join(ROOT, 'content/CHANGELOG.md'), 'utf8');
    const log = parseChangelog(markdown);
    expect(log.errors).toEqual([]);
    const current = await corpusVersion(corpus);
    // a failure here means the corpus changed: the message names the line of content/CHANGELOG.md to add or correct
    expect(log.entries[0]?.version, `content/CHANGELOG.md：${changelogAdvice(markdown, current)}`).toBe(current);
    expect(log.entries.at(-1)!.body).toContain('初始语料：五部平安建设条例');
    expect(log.entries.at(-1)!.date).toBeNull();
  });
});

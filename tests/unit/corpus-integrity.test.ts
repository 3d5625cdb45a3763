import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_IDS, ROOT, corpusBytes, corpusFile } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const SHARED = path.resolve(ROOT, '../shared/regulations');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('corpus texts', () => {
  it('are byte-for-byte copies of the shared texts (or, without ../shared, of the recorded hashes)', () => {
    const recorded = new Map(
      readFileSync(path.join(CONTENT_DIR, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.split(/\s+/)[1]!.split('/')[0]!, l.split(/\s+/)[0]!] as const),
    );
    for (const id of CORPUS_IDS) {
      expect(sha(corpusBytes(id)), id).toBe(recorded.get(id));
      if (existsSync(SHARED)) expect(sha(corpusBytes(id)), id).toBe(sha(readFileSync(path.join(SHARED, `${id}${corpusFile(id) === 'text.md' ? '.md' : '.txt'}`))));
    }
  });

  it('keep the quirks the shared README describes (nobody cleaned them by hand)', () => {
    expect(corpusBytes('suzhou').toString('utf8')).toContain('[bookmark: 第一条]第一条　');
    expect(corpusBytes('haidong').toString('utf8')).toContain('[bookmark: _GoBack]（六）');
    expect(corpusBytes('changji').toString('utf8')).toContain('基层法律服务\n工作者');
    expect(corpusBytes('changji').toString('utf8').startsWith('\n\n昌吉回族自治州平安建设促进条例\n 第一条')).toBe(true);
  });
});

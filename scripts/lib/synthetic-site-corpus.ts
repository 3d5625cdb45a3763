import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * Write a synthetic corpus of `count` regulation folders by reusing the real texts byte for byte with
 * synthetic ids and metadata (titles kept where the text states one, so the metadata checks pass).
 */
export function writeSyntheticSiteCorpus(contentDir: string, outDir: string, count: number): number {
  const ids = ['xinjiang', 'changji', 'haidong', 'suzhou', 'shanxi'];
  let articles = 0;
  for (let i = 0; i < count; i++) {
    const base = ids[i % ids.length]!;
    const id = `syn-${String(i + 1).padStart(4, '0')}`;
    const dir = path.join(outDir, id);
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(contentDir, base, 'text.txt'), path.join(dir, 'text.txt'));
    const meta = parseDocument(readFileSync(path.join(contentDir, base, 'meta.yaml'), 'utf8')).toJS() as Record<string, unknown>;
    delete meta['superior'];
    meta['id'] = id;
    meta['shortName'] = `合成${i + 1}`;
    meta['jurisdiction'] = `合成地区${i + 1}`;
    writeFileSync(path.join(dir, 'meta.yaml'), JSON.stringify(meta));
    articles += (readFileSync(path.join(dir, 'text.txt'), 'utf8').match(/^\s*(\[bookmark:[^\]]*\])?第[一二三四五六七八九十百]+条　/gm) ?? []).length;
  }
  return articles;
}

// `npm run add` records the corpus change it makes in the change log (content/CHANGELOG.md, next to the regulations
// folder), so the change log names the corpus version before anyone has to remember it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { corpusVersion, type VersionInput } from '../../src/lib/export/version.ts';
import type { RegulationMeta } from '../../src/lib/schemas/metadata.ts';
import { changelogPathFor } from '../../src/data/paths-fs.ts';
import { loadCorpus } from './load-corpus.ts';

/**
 * Insert a `## v<version>` entry above the newest one (after the title and the introduction).
 * @example insertChangelogEntry('# 记录\n\n说明。\n\n## v1\n\n旧。\n', 'v2', '新。') // → '# 记录\n\n说明。\n\n## v2\n\n新。\n\n## v1\n\n旧。\n'
 */
export function insertChangelogEntry(markdown: string, version: string, body: string): string {
  const entry = `## v${version}\n\n${body.trim()}\n\n`;
  const at = /^## /m.exec(markdown)?.index;
  if (at === undefined) return `${markdown.replace(/\s*$/, '')}\n\n${entry.trimEnd()}\n`;
  return markdown.slice(0, at) + entry + markdown.slice(at);
}

/**
 * The corpus version as the folders now stand, the new regulation counted with its metadata draft as written (its
 * TODO lines are comments, so filling them in changes the version again: the change-log test then names the line).
 */
export async function currentVersionWithDraft(contentDir: string, root: string, added: { dir: string; draftYaml: string; sourceSha256: string }): Promise<string> {
  const others = loadCorpus(contentDir, root)
    .filter((l) => l.dir !== added.dir)
    .flatMap((l) => (l.regulation ? [l.regulation as VersionInput] : []));
  const draftMeta = parseDocument(added.draftYaml).toJS() as RegulationMeta;
  return corpusVersion([...others, { meta: draftMeta, sourceSha256: added.sourceSha256 }]);
}

/** Write the entry into the change log beside `contentDir`; returns its path, or null when there is no change log. */
export function writeChangelogEntry(contentDir: string, version: string, body: string): string | null {
  const file = changelogPathFor(contentDir);
  if (!existsSync(file)) return null;
  writeFileSync(file, insertChangelogEntry(readFileSync(file, 'utf8'), version, body));
  return file;
}

/**
 * What to do when the change log does not name the current corpus version, in Chinese, naming the exact line: null
 * when it does. An entry written by `npm run add` carries the version of the metadata draft, so its heading is to
 * be corrected; otherwise a new entry is to be added above the newest one.
 */
export function changelogAdvice(markdown: string, current: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith('## '));
  if (at >= 0 && lines[at]!.startsWith(`## v${current}`)) return null;
  if (at < 0) return `变更记录中还没有任何条目：在末尾加一行“## v${current}”，下面写明语料中有哪些法规。`;
  const next = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  const body = lines.slice(at + 1, next < 0 ? undefined : next).join('\n');
  if (body.includes('由 npm run add 从')) {
    return `第 ${at + 1} 行“${lines[at]}”是 npm run add 按 meta.yaml 草稿记下的版本；填写元数据后语料版本变为 v${current}：把这一行改为“## v${current}”。`;
  }
  return `语料已变为 v${current}，变更记录还没有记下：在第 ${at + 1} 行“${lines[at]}”之前加一行“## v${current}”，空一行后写明增加、修改或删除了哪些法规及原因。`;
}

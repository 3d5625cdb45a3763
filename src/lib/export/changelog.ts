/** One entry of the corpus change log: the corpus version it describes and what changed. */
export interface ChangelogEntry {
  /** Corpus version without the `v`, e.g. `3f2a9c1b`. */
  version: string;
  /** ISO date when the entry gives one (`## v3f2a9c1b（2026-11-22）`), else null: dates are never guessed. */
  date: string | null;
  /** The entry's Markdown text. */
  body: string;
}

const HEADING = /^##\s+v([0-9a-f]{8})(?:\s*[（(](\d{4}-\d{2}-\d{2})[）)])?\s*$/;

/**
 * Read `content/CHANGELOG.md`: every `## v<version>` heading starts an entry, newest first. Lines before the first
 * entry (after the `#` title) are the introduction. A second-level heading that is not a version is an error.
 */
export function parseChangelog(markdown: string): { intro: string; entries: ChangelogEntry[]; errors: string[] } {
  const entries: ChangelogEntry[] = [];
  const errors: string[] = [];
  const intro: string[] = [];
  let current: { entry: ChangelogEntry; lines: string[] } | null = null;
  const close = () => current && entries.push({ ...current.entry, body: current.lines.join('\n').trim() });
  markdown.split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('## ')) {
      close();
      const m = HEADING.exec(line);
      if (!m) errors.push(`第 ${i + 1} 行：变更记录的二级标题应为“## v<8 位版本号>”，可加“（YYYY-MM-DD）”，实为“${line}”`);
      current = { entry: { version: m?.[1] ?? '', date: m?.[2] ?? null, body: '' }, lines: [] };
    } else if (current) current.lines.push(line);
    else if (!line.startsWith('# ')) intro.push(line);
  });
  close();
  return { intro: intro.join('\n').trim(), entries: entries.filter((e) => e.version), errors };
}

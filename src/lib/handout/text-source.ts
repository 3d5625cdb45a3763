// Where the quoted text comes from: the data build's time and each source text's date in force and hash.
import { formatDateZh } from '../corpus/format.ts';

/** What a handout says about one regulation it quotes. */
export interface TextSource {
  title: string;
  /** Date in force, ISO. */
  effective: string;
  /** SHA-256 of the source text. */
  sourceSha256: string;
}

/**
 * The data build time in Beijing time, the way a handout prints it.
 * @example formatBuiltAt('2026-11-22T23:43:42.641Z') // → '2026年11月23日 07:43（北京时间）'
 */
export function formatBuiltAt(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000);
  if (Number.isNaN(t.getTime())) return iso;
  const hm = `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${hm}（北京时间）`;
}

/**
 * The lines stating where and when the quoted text was taken.
 * @example sourceLines(builtAt, [{ title: '苏州市平安建设条例', effective: '2023-01-01', sourceSha256: 'ab12…' }])
 * // → ['条文取自对照数据，构建于2026年11月23日 07:43（北京时间）。', '《苏州市平安建设条例》，2023年1月1日起施行；源文本 SHA-256 ab12cd34ef56…']
 */
export function sourceLines(builtAt: string, sources: readonly TextSource[]): string[] {
  return [
    `条文取自对照数据，构建于${formatBuiltAt(builtAt)}。`,
    ...sources.map((s) => `《${s.title}》，${formatDateZh(s.effective)}起施行；源文本 SHA-256 ${s.sourceSha256.slice(0, 12)}…`),
  ];
}

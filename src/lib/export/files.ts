/** The kinds of corpus-wide download under /data/. */
export type DownloadKind = 'regulations' | 'provisions' | 'alignment' | 'alignment-pairs' | 'alignment-labels' | 'matrix' | 'matrix-codebook';

/** One corpus-wide download: its kind, file extension, and a one-line description for the /data/ page. */
export interface DownloadSpec {
  kind: DownloadKind;
  ext: 'json' | 'csv' | 'md';
  /** Format name as shown on the page. */
  format: string;
  /** What the file holds, in Chinese. */
  title: string;
}

/** Every corpus-wide download, in the order the /data/ page lists them (Akoma Ntoso files are per regulation). */
export const DOWNLOADS: readonly DownloadSpec[] = [
  { kind: 'regulations', ext: 'json', format: 'JSON', title: '全部法规：元数据与解析出的完整结构' },
  { kind: 'provisions', ext: 'csv', format: 'CSV（UTF-8，带 BOM）', title: '条款表：每款、每项、每目一行' },
  { kind: 'alignment', ext: 'json', format: 'JSON', title: '跨地区条款对应关系（款级比对）' },
  { kind: 'alignment-pairs', ext: 'csv', format: 'CSV（UTF-8，带 BOM）', title: '跨地区条款对应表：网页上显示的每一对款一行' },
  { kind: 'alignment-labels', ext: 'json', format: 'JSON', title: '人工标注的条文对应（比对方法的评测集，也是标注印证的依据）' },
  { kind: 'matrix', ext: 'csv', format: 'CSV（UTF-8，带 BOM）', title: '政策比较矩阵：问题 × 地区' },
  { kind: 'matrix-codebook', ext: 'md', format: 'Markdown', title: '政策要点矩阵的判定规则说明' },
];

/** `v` + the corpus version, or `latest` for the alias that always names the current version. */
export type VersionTag = `v${string}` | 'latest';

/**
 * The file name of a corpus-wide download.
 * @example downloadName('regulations', 'json', 'v1a2b3c4d') // → 'duizhao-regulations-v1a2b3c4d.json'
 */
export function downloadName(kind: DownloadKind, ext: string, tag: VersionTag): string {
  return `duizhao-${kind}-${tag}.${ext}`;
}

/** URL of a corpus-wide download. */
export function downloadPath(spec: Pick<DownloadSpec, 'kind' | 'ext'>, tag: VersionTag): string {
  return `/data/${downloadName(spec.kind, spec.ext, tag)}`;
}

/**
 * URL of one regulation's Akoma Ntoso file.
 * @example aknPath('suzhou', 'v1a2b3c4d') // → '/data/akn/duizhao-suzhou-v1a2b3c4d.xml'
 */
export function aknPath(regId: string, tag: VersionTag): string {
  return `/data/akn/duizhao-${regId}-${tag}.xml`;
}

/** URL of the manifest that lists every current file with its size and SHA-256. */
export const MANIFEST_PATH = '/data/manifest.json';

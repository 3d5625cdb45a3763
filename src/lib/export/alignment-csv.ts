// The alignment as a spreadsheet (duizhao-alignment-v<version>.csv): one row per pair of paragraphs shown on the site
// (可能相关 and closer), with both citations, the level and the two numbers behind it, and both permalinks. The same
// links as the alignment JSON, which keeps the ones below 可能相关 too.
import { formatCitation } from '../cite/citation.ts';
import { articlePath } from '../cite/permalink.ts';
import { LEVEL_NAMES, levelOf } from '../compare/levels.ts';
import type { CorpusAlignment } from '../schemas/alignment.ts';
import type { Regulation } from '../schemas/corpus.ts';
import { toCsvChunks } from './csv.ts';
import type { ColumnDoc } from './provisions-csv.ts';

/** The columns of the alignment CSV, as documented on /data/. */
export const ALIGNMENT_COLUMNS: readonly ColumnDoc[] = [
  { name: 'regulation_a', doc: '甲方法规 id（甲方是全局款号较小的一方，与条款对应 JSON 相同）' },
  { name: 'citation_a', doc: '甲方的款，标准引用，如《苏州市平安建设条例》第二十四条第二款' },
  { name: 'node_id_a', doc: '甲方款的 id，与法规 JSON、条款 CSV 相同' },
  { name: 'regulation_b', doc: '乙方法规 id' },
  { name: 'citation_b', doc: '乙方的款，标准引用' },
  { name: 'node_id_b', doc: '乙方款的 id' },
  { name: 'level', doc: '网页上显示的等级：基本相同、高度相似、相关、可能相关（把握低于可能相关阈值的连接不列出）' },
  { name: 'score', doc: '把握（‰）：两款规定同一事项的可能，决定等级' },
  { name: 'similarity', doc: '文字相似度（‰）：区分基本相同、高度相似与相关' },
  { name: 'url_a', doc: '甲方款在本站的网址（站内路径）' },
  { name: 'url_b', doc: '乙方款在本站的网址（站内路径）' },
];

/**
 * The alignment CSV of `alignment`, citing the paragraphs of `regs` (UTF-8 with BOM, RFC 4180, CRLF), in pieces, a row
 * made per link as it goes: at 2,000 synthetic regulations the site shows about ten million pairs, and their rows as
 * one array ran the site build out of memory.
 */
export function alignmentCsvChunks(alignment: CorpusAlignment, regs: readonly Regulation[]): Generator<string> {
  const units = unitsOf(alignment, regs);
  const thresholds = { related: alignment.method.related, possible: alignment.method.possible };
  function* rows() {
    for (const [a, b, score, similarity] of alignment.links) {
      const level = levelOf(score, similarity, thresholds);
      if (!level) continue;
      const [x, y] = [units[a]!, units[b]!];
      yield [x.regulation, x.citation, x.id, y.regulation, y.citation, y.id, LEVEL_NAMES[level], String(score), String(similarity), x.url, y.url];
    }
  }
  return toCsvChunks(
    ALIGNMENT_COLUMNS.map((c) => c.name),
    rows(),
  );
}

/** Every paragraph of the alignment, in its global order, with the regulation, citation and URL a row shows. */
function unitsOf(alignment: CorpusAlignment, regs: readonly Regulation[]) {
  const byId = new Map(regs.map((r) => [r.meta.id, r]));
  return alignment.regulations.flatMap((ar) => {
    const reg = byId.get(ar.id);
    if (!reg) throw new Error(`条款对应 CSV：对应数据中的法规 ${ar.id} 不在语料中`);
    const found = new Map(reg.parsed.articles.flatMap((article) => article.paragraphs.map((paragraph) => [paragraph.id, { article, paragraph }] as const)));
    return ar.units.map((u) => {
      const at = found.get(u.id);
      if (!at) throw new Error(`条款对应 CSV：法规 ${ar.id} 没有款 ${u.id}`);
      return { regulation: ar.id, id: u.id, citation: formatCitation(reg.meta.title, at), url: articlePath(ar.id, at.article.slug, u.id) };
    });
  });
}

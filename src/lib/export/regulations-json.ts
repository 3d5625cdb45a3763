import type { CorpusAlignment } from '../schemas/alignment.ts';
import type { BuiltLabels } from '../schemas/alignment-labels.ts';
import type { Regulation } from '../schemas/corpus.ts';
import { EXPORT_FORMAT_VERSION } from './version.ts';
import type { ColumnDoc } from './provisions-csv.ts';

/** The regulations download: every regulation exactly as the site reads it, under a small header. */
export interface RegulationsDocument {
  format: 'duizhao-regulations';
  formatVersion: number;
  corpusVersion: string;
  regulations: Regulation[];
}

/** Build the regulations download (no build time in it, so the same corpus gives the same bytes). */
export function regulationsDocument(regs: readonly Regulation[], version: string): RegulationsDocument {
  return { format: 'duizhao-regulations', formatVersion: EXPORT_FORMAT_VERSION, corpusVersion: version, regulations: [...regs] };
}

/** The alignment download: the alignment data under the same header. */
export function alignmentDocument(alignment: CorpusAlignment, version: string) {
  return { format: 'duizhao-alignment' as const, formatVersion: EXPORT_FORMAT_VERSION, corpusVersion: version, alignment };
}

/** The fields of the regulations JSON, as documented on /data/ (paths in the file, dotted; `[]` marks arrays). */
export const REGULATION_FIELDS: readonly ColumnDoc[] = [
  { name: 'format, formatVersion', doc: '固定为 duizhao-regulations；格式版本（字段含义改变时加一）' },
  { name: 'corpusVersion', doc: '语料版本，与文件名中的版本相同' },
  {
    name: 'regulations[].meta',
    doc: '元数据：id、title 全称、shortName 简称、jurisdiction 地区、level 层级、province 省级行政区、superior 上位法 id、adoptedBy 通过会议、adoptedOn 通过日期、可选的 enactedBy 制定机关、approvedBy 批准机关、promulgatedOn 公布日期、form 立法形式（单行条例、自治条例、经济特区法规；地方性法规不写）、effective 施行日期、repeals 废止的法规、sources 每项非正文事实的出处',
  },
  { name: 'regulations[].sourceSha256', doc: '原始文本文件逐字节的 SHA-256，说明数据取自哪一份文本' },
  { name: 'regulations[].stats', doc: '章、条、款、项的数目和正文字数' },
  { name: 'regulations[].parsed.title / history', doc: '标题行与题注（通过、批准、修正等事件，含日期和机关）；正文没有时为 null 或空' },
  {
    name: 'regulations[].parsed.divisions[]',
    doc: '编、章、节（及无编号的标题）：id（如 chp_2、chp_2__sec_1）、kind、number、label 原文序号、name 去掉空格的名称、rawName 原文名称、parentId、articleIds',
  },
  { name: 'regulations[].parsed.articles[]', doc: '条：id（如 art_24）、number、suffix（“之一”）、label 原文条号、slug 网址段、divisionId、paragraphs' },
  { name: '…articles[].paragraphs[]', doc: '款：id（如 art_24__para_2）、number、text（有项时为引出各项的那句话）、refs、items、inlineItems（各项是否写在同一段内）' },
  {
    name: '…paragraphs[].items[]',
    doc: '项：id（如 art_24__para_2__item_3）、number、label 原文序号如“（三）”、text、refs、subItems（目：id 如 …__item_3__subitem_1，label、text、refs）',
  },
  { name: '…refs[]', doc: '文中的引用：kind（internal 本法条款 / external 他法）、text 原文、start/end 在 text 中的位置、targets 指向的编号、lawTitle 他法名称' },
  { name: '…pos', doc: '在原文中的位置：line 行、column 列（从 1 起）、offset 字符偏移（从 0 起）' },
  { name: 'regulations[].parsed.facts', doc: '正文自己写明的事实：effectiveDate 施行日期及出处 effectiveSourceId、repeals 废止、definitions 定义，均带出处编号' },
  { name: 'regulations[].parsed.artifacts[]', doc: '解析时移除的内容（书签、BOM、Markdown 标记、目录等），原样记录，没有任何文字被悄悄丢弃' },
];

/** The fields of the alignment JSON, as documented on /data/. */
export const ALIGNMENT_FIELDS: readonly ColumnDoc[] = [
  { name: 'format, formatVersion, corpusVersion', doc: '固定为 duizhao-alignment；格式版本；语料版本' },
  { name: 'alignment.version', doc: '对应数据本身的格式版本（现为 2）' },
  {
    name: 'alignment.method',
    doc: 'similarity 比对方法的说明；same 基本相同、similar 高度相似的文字相似度下限（‰）；related 相关、possible 可能相关的把握下限（‰）；perRegulation 每款在每部法规中至多保留的对应数；maxRegulations 每款至多在几部法规中找对应',
  },
  { name: 'alignment.complete', doc: '是否对每一款与其他每部法规作了完整比较' },
  {
    name: 'alignment.regulations[]',
    doc: '参与比对的法规：id、shortName、superior、firstUnit（本法第一款在全局编号中的位置）、units（各款：id、article、label 引用、size 比较的字数）',
  },
  {
    name: 'alignment.links[]',
    doc: '对应关系 [甲, 乙, 把握, 相似度]：甲、乙为全局款号（firstUnit + 在本法 units 中的下标，甲较小）；把握为两款规定同一事项的可能（‰，0–1000，决定等级）；相似度为两款文字的相似程度（‰，区分基本相同与高度相似）',
  },
];

/** The labels download: the judgements readers made (content/alignment-labels) that the build used, under the same header. */
export function labelsDocument(labels: BuiltLabels | null, version: string) {
  return {
    format: 'duizhao-alignment-labels' as const,
    formatVersion: EXPORT_FORMAT_VERSION,
    corpusVersion: version,
    regulations: labels?.regulations ?? [],
    judgements: labels?.judgements ?? [],
  };
}

/** The fields of the labels JSON, as documented on /data/. */
export const LABEL_FIELDS: readonly ColumnDoc[] = [
  { name: 'format, formatVersion, corpusVersion', doc: '固定为 duizhao-alignment-labels；格式版本；语料版本' },
  { name: 'regulations[]', doc: '已标注的法规：id，sourceSha256 标注所据文本的 SHA-256（与法规 JSON 中的相同；文本改了，标注就不再收入）' },
  {
    name: 'judgements[]',
    doc: '一项判断：from 法规 id、article 条号、subject 事项、paras 该事项所在的款号、sharing 同一组款中并列的事项数、to 另一部法规 id、accept 可以作为首个对应的条号（空表示对方没有相应规定）、sure 是否确定（存疑的不计入比对方法的成绩）',
  },
];

/** The columns of the matrix CSV, as documented on /data/ (the per-jurisdiction pair repeats for every regulation). */
export const MATRIX_COLUMNS: readonly ColumnDoc[] = [
  { name: 'question_id', doc: '问题 id，如 one-vote-veto' },
  { name: 'question', doc: '问题，如“规定一票否决？”' },
  { name: 'group', doc: '问题所属的分组 id' },
  { name: '〈简称〉', doc: '每个地区一列，列名为法规简称（如 苏州）：yes 是、partly 部分、no 否（判定规则见判定规则说明）' },
  { name: '〈简称〉_provisions', doc: '该答案所依据的款、项编号，空格分隔' },
];

/** Regular expressions for the line shapes of Chinese regulations, in one place. */

/** A Chinese or Arabic number as used in 第…条. */
export const NUM = '[零〇一二两三四五六七八九十百千\\d０-９]+';
const SEP = '[\\s\\u3000\\u00a0]';

/** `第二十四条　…`, `第24条 …`, `第十条之一　…`: groups 1 number, 2 suffix, 3 rest. */
export const ARTICLE_LINE = new RegExp(`^(第(${NUM})条(?:之(${NUM}))?)(?:${SEP}+(.*)|$)`);
/**
 * `第二条为了…` with no space after the label (same groups as ARTICLE_LINE). Only taken for an article when the number
 * is the next in sequence, and never when the words after it read like a reference (`第二条规定的…`, `第二条第三款…`).
 */
export const GLUED_ARTICLE_LINE = new RegExp(`^(第(${NUM})条(?:之(${NUM}))?)(?!规定|的|所|中|第|款|项|、|和|及|至|或|之)(\\S.*)$`);
/** `第一章　总　　则`: groups 1 label, 2 number, 3 name. */
export const CHAPTER_LINE = new RegExp(`^(第(${NUM})章)(?:${SEP}*(.*))?$`);
/** `第一节　…`. */
export const SECTION_LINE = new RegExp(`^(第(${NUM})节)(?:${SEP}*(.*))?$`);
/** `第一编　…`. */
export const PART_LINE = new RegExp(`^(第(${NUM})编)(?:${SEP}*(.*))?$`);
/** `（三）…` or `(三)…` at the start of a line: groups 1 label, 2 number, 3 rest. */
export const ITEM_LINE = /^([（(]([零〇一二两三四五六七八九十百]+)[）)])[\s\u3000]*(.*)$/;
/** `1.` `1．` `1、` at the start of a line: a sub-item (目). */
export const SUBITEM_LINE = /^(([0-9０-９]+)[.．、])[\s\u3000]*(.*)$/;
/** A table-of-contents heading `目录`, `目　　录`. */
export const TOC_LINE = /^目[\s\u3000]*录$/;
/** The markdown end-of-info marker of open law collections. */
export const INFO_END = /^<!--\s*INFO END\s*-->$/;
/** A regulation title: ends with a kind of law, optionally followed by a draft mark such as `（草案）` or `（征求意见稿）`. */
export const TITLE_LINE = /^[^，。；：:,;（）()《》]{2,60}(条例|规定|办法|细则|决定|规则|法|准则|实施细则)(?:[（(][^（）()，。]{0,12}(?:草案|稿)[）)])?$/;
/** Characters that end a complete paragraph or item line; a line ending otherwise is wrapped. */
export const TERMINAL = /[。；：:;！？!?…][”’」』"]?$/;
/** Sentence punctuation that a heading never contains. */
export const HEADING_FORBIDDEN = /[，。；：:,;！？]/;
/** A date written with Arabic or Chinese digits: groups 1 year, 2 month, 3 day. */
export const DATE = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日/;
/** The acts a history event can record. */
export const HISTORY_ACTION = /(通过|第[一二三四五六七八九十]+次修正|修正|修订|批准|公布|施行)$/;

// The handout basket's pure operations and the text a handout quotes.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { addEntry, emptyBasket, entryKey, hasEntry, moveEntry, parseBasket, provisionOfHref, removeEntry, setNote, setTitle, type Basket } from '../../src/lib/handout/basket.ts';
import { resolveHandoutNode, toHandoutRegulation } from '../../src/lib/handout/handout-data.ts';
import { docxFileName } from '../../src/lib/handout/handout-doc.ts';
import { quoteText } from '../../src/lib/handout/provision-lines.ts';
import { formatBuiltAt, sourceLines } from '../../src/lib/handout/text-source.ts';
import { ROOT } from '../helpers/corpus.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const regs = new Map(loadCorpus(CONTENT_DIR, ROOT).map((l) => [l.regulation!.meta.id, l.regulation!]));
const BUILT_AT = '2026-11-22T23:43:42.641Z';
const entry = (regId: string, nodeId: string) => ({ regId, nodeId, citation: `${regId} ${nodeId}`, href: `/regulations/${regId}/x/` });

function basketOf(...keys: Array<[string, string]>): Basket {
  return keys.reduce((b, [r, n]) => addEntry(b, entry(r, n)), emptyBasket());
}
const keys = (b: Basket) => b.entries.map(entryKey);

describe('the handout basket', () => {
  it('adds provisions once, in the order added', () => {
    const b = addEntry(basketOf(['suzhou', 'art_24__para_2'], ['xinjiang', 'art_9__para_1__item_3']), entry('suzhou', 'art_24__para_2'));
    expect(keys(b)).toEqual(['suzhou#art_24__para_2', 'xinjiang#art_9__para_1__item_3']);
    expect(hasEntry(b, 'suzhou#art_24__para_2')).toBe(true);
  });

  it('moves a provision up and down, and stays put at either end', () => {
    const b = basketOf(['a', '1'], ['b', '2'], ['c', '3']);
    expect(keys(moveEntry(b, 'c#3', -1))).toEqual(['a#1', 'c#3', 'b#2']);
    expect(keys(moveEntry(b, 'a#1', 1))).toEqual(['b#2', 'a#1', 'c#3']);
    expect(moveEntry(b, 'a#1', -1)).toBe(b);
    expect(moveEntry(b, 'c#3', 1)).toBe(b);
  });

  it('removes a provision, sets notes and the title without touching the rest', () => {
    let b = basketOf(['a', '1'], ['b', '2']);
    b = setTitle(setNote(b, 'b#2', '注意与第十条对照'), '考核专题');
    expect(b.entries.map((e) => e.note)).toEqual(['', '注意与第十条对照']);
    expect(b.title).toBe('考核专题');
    expect(keys(removeEntry(b, 'a#1'))).toEqual(['b#2']);
  });

  it('survives a round trip through storage and keeps only well-formed entries', () => {
    const b = setNote(basketOf(['suzhou', 'art_49'], ['shanxi', 'art_44__para_1__item_5']), 'shanxi#art_44__para_1__item_5', '按语\n第二行');
    expect(parseBasket(JSON.stringify(b))).toEqual(b);
    const messy = JSON.stringify({ title: 7, entries: [b.entries[0], { regId: 'x' }, null, b.entries[0], { ...b.entries[1], note: 3 }] });
    expect(parseBasket(messy)).toEqual({ version: 1, title: '平安建设法规讲义', entries: [b.entries[0], { ...b.entries[1], note: '' }] });
    expect(parseBasket('not json')).toEqual(emptyBasket());
    expect(parseBasket(null)).toEqual(emptyBasket());
  });

  it('reads the regulation and node from a permalink', () => {
    expect(provisionOfHref('/regulations/suzhou/24/#art_24__para_2')).toEqual({ regId: 'suzhou', nodeId: 'art_24__para_2' });
    expect(provisionOfHref('/regulations/suzhou/24/')).toEqual({ regId: 'suzhou', nodeId: 'art_24' });
    expect(provisionOfHref('/regulations/changji/10-1/')).toEqual({ regId: 'changji', nodeId: 'art_10_1' });
    expect(provisionOfHref('/lessons/grid/')).toBeNull();
  });
});

describe('the text a handout quotes', () => {
  const data = (id: string) => toHandoutRegulation(regs.get(id)!, BUILT_AT);

  it('quotes a paragraph with its exact citation and permalink', () => {
    const node = resolveHandoutNode(data('suzhou'), 'art_24__para_2')!;
    expect(node.citation).toBe('《苏州市平安建设条例》第二十四条第二款');
    expect(node.href).toBe('/regulations/suzhou/24/#art_24__para_2');
    expect(quoteText(node.lines)).toBe(regs.get('suzhou')!.parsed.articles[23]!.paragraphs[1]!.text);
  });

  it('quotes a whole article line by line, label first, items on their own lines', () => {
    const node = resolveHandoutNode(data('shanxi'), 'art_44')!;
    const text = quoteText(node.lines).split('\n');
    expect(text[0]).toBe(
      '第四十四条　本条例规定的平安建设主体，未依法履行平安建设职责，有下列情形之一的，平安建设管理机构可以予以约谈、通报、挂牌督办，并责令限期整改；情节严重的，按照国家和省有关规定予以处理：',
    );
    expect(text).toHaveLength(1 + 8 + 1);
    expect(text[5]).toBe('（五）平安建设工作考核评价不合格、不达标的；');
  });

  it('keeps inline items in their paragraph, as the text writes them', () => {
    const node = resolveHandoutNode(data('xinjiang'), 'art_52__para_1')!;
    expect(node.lines).toHaveLength(1);
    expect(node.lines[0]!.text).toMatch(/^有下列情形之一的，.*实行一票否决：（一）防范民族分裂势力.*（八）因教育管理工作不力，本单位工作人员中违法犯罪情况比较严重的。$/);
  });

  it('quotes an inline item alone', () => {
    const node = resolveHandoutNode(data('xinjiang'), 'art_9__para_1__item_3')!;
    expect([node.citation, quoteText(node.lines)]).toEqual([
      '《新疆维吾尔自治区平安建设条例》第九条第（三）项',
      '（三）依法治理非法宗教活动、非法宗教宣传品、非法宗教网络传播，持续推进去极端化；',
    ]);
  });

  it('answers null for a node the data no longer has', () => {
    expect(resolveHandoutNode(data('changji'), 'art_99')).toBeNull();
    expect(resolveHandoutNode(data('changji'), 'art_1__para_9')).toBeNull();
  });

  it('says when the text was taken: the data build in Beijing time, dates in force and hashes', () => {
    expect(formatBuiltAt(BUILT_AT)).toBe('2026年11月23日 07:43（北京时间）');
    const s = data('suzhou');
    expect(sourceLines(BUILT_AT, [s])).toEqual([
      '条文取自对照数据，构建于2026年11月23日 07:43（北京时间）。',
      `《苏州市平安建设条例》，2023年1月1日起施行；源文本 SHA-256 ${regs.get('suzhou')!.sourceSha256.slice(0, 12)}…`,
    ]);
  });

  it('makes a safe file name for the download', () => {
    expect(docxFileName('考核/责任: 追究?')).toBe('考核-责任- 追究-.docx');
    expect(docxFileName('  ')).toBe('讲义.docx');
  });
});

// The regulation as a Word document (全文下载): written with the docx library, read back by unzipping it as
// Word would. Expected texts come from content/regulations/shanxi/text.txt: the title line, the adoption
// note on line 3, nine chapters (第一章　总　　则 … 第九章　附　　则, padding removed as printed), 46 articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { formatQuotation } from '../../src/lib/cite/citation.ts';
import { fulltextTitle, selectArticle, toFulltextDoc, type FulltextDoc } from '../../src/lib/fulltext/fulltext-doc.ts';
import { buildFulltextDocx } from '../../src/lib/fulltext/fulltext-docx.ts';
import { ROOT } from '../helpers/corpus.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const shanxi = loadCorpus(CONTENT_DIR, ROOT).find((l) => l.regulation?.meta.id === 'shanxi')!.regulation!;
const CHAPTERS = [
  '第一章　总则',
  '第二章　机构与职责',
  '第三章　维护政治安全',
  '第四章　维护公共安全',
  '第五章　维护网络安全',
  '第六章　社会矛盾化解',
  '第七章　基层社会治理',
  '第八章　考核与奖惩',
  '第九章　附则',
];
const NOTE = '（2023年7月29日山西省第十四届人民代表大会常务委员会第四次会议通过）';

/** The body lines of the source: every non-blank line after the note that is not a chapter heading. */
function sourceBodyLines(): string[] {
  const lines = readFileSync(path.join(CONTENT_DIR, 'shanxi/text.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
  return lines.slice(lines.indexOf(NOTE) + 1).filter((l) => l && !/^第.{1,3}章　/.test(l));
}

async function open(doc: FulltextDoc, title?: string) {
  const zip = unzipSync(new Uint8Array(await Packer.toBuffer(buildFulltextDocx(doc, title))));
  return { xml: strFromU8(zip['word/document.xml']!), styles: strFromU8(zip['word/styles.xml']!), core: strFromU8(zip['docProps/core.xml']!) };
}

describe('the regulation as a Word document', () => {
  it('copies a provision as its citation, a full-width colon and its words', () => {
    expect(formatQuotation('《苏州市平安建设条例》第二十四条第二款', '卫生健康部门应当会同有关部门健全社会心理服务体系。')).toBe(
      '《苏州市平安建设条例》第二十四条第二款：卫生健康部门应当会同有关部门健全社会心理服务体系。',
    );
  });

  it('holds the title, the adoption note, every chapter heading and every line of the text in order', async () => {
    const paras = docxParagraphs((await open(toFulltextDoc(shanxi))).xml);
    expect(paras.slice(0, 3)).toEqual(['山西省平安建设条例', NOTE, '第一章　总则']);
    expect(paras.filter((p) => /^第.{1,3}章　/.test(p))).toEqual(CHAPTERS);
    expect(paras.filter((p) => p !== '山西省平安建设条例' && p !== NOTE && !CHAPTERS.includes(p))).toEqual(sourceBodyLines());
  });

  it('sets the title in bold 宋体 二号, the body in 仿宋 三号 and every article number in bold', async () => {
    const { xml, styles } = await open(toFulltextDoc(shanxi));
    const title = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?山西省平安建设条例<\/w:t>/)![0];
    expect(title).toContain('w:eastAsia="宋体"');
    expect(title).toMatch(/<w:b\/>/);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/);
    const boldLabels = [...xml.matchAll(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">(第[^<]+条)<\/w:t>/g)].map((m) => m[1]);
    expect(boldLabels).toHaveLength(46);
    expect(boldLabels.at(0)).toBe('第一条');
    expect(boldLabels.at(-1)).toBe('第四十六条');
  });

  it('sets every text paragraph flush left, never justified (Writer loses a line-end 、 in a justified line)', async () => {
    const { xml } = await open(toFulltextDoc(shanxi));
    const textParas = [...xml.matchAll(/<w:pPr>((?:(?!<\/w:pPr>)[\s\S])*)<\/w:pPr>/g)].map((m) => m[1]!).filter((p) => p.includes('<w:ind'));
    expect(textParas.length).toBeGreaterThan(46);
    for (const p of textParas) expect(p).toMatch(/^<w:ind [^>]*\/><w:jc w:val="left"\/>$/);
  });

  it('writes one article alone under its chapter, named after the article', async () => {
    const one = selectArticle(toFulltextDoc(shanxi), 'art_44')!;
    const { xml, core } = await open(one, fulltextTitle(one, true));
    const paras = docxParagraphs(xml);
    expect(paras.slice(0, 3)).toEqual(['山西省平安建设条例', NOTE, '第八章　考核与奖惩']);
    const body = sourceBodyLines();
    const start = body.findIndex((l) => l.startsWith('第四十四条　'));
    const end = body.findIndex((l) => l.startsWith('第四十五条　'));
    expect(paras.slice(3)).toEqual(body.slice(start, end));
    expect(core).toContain('<dc:title>山西省平安建设条例第四十四条</dc:title>');
  });

  it('keeps the part, chapter and section an article sits in, and drops those closed before it', () => {
    const art = (n: string) => ({ id: `art_${n}`, label: `第${n}条`, paragraphs: [] });
    const doc: FulltextDoc = {
      id: 'sample',
      title: '某省测试条例',
      history: [],
      blocks: [
        {
          headings: [
            { kind: 'part', text: '第一编　总则' },
            { kind: 'chapter', text: '第一章　一般规定' },
            { kind: 'section', text: '第一节　目的' },
          ],
          article: art('1'),
        },
        { headings: [{ kind: 'section', text: '第二节　原则' }], article: art('2') },
        { headings: [{ kind: 'chapter', text: '第二章　职责' }], article: art('3') },
        {
          headings: [
            { kind: 'part', text: '第二编　分则' },
            { kind: 'chapter', text: '第三章　治理' },
          ],
          article: art('4'),
        },
      ],
    };
    const trail = (id: string) => selectArticle(doc, id)!.blocks[0]!.headings.map((h) => h.text);
    expect(trail('art_2')).toEqual(['第一编　总则', '第一章　一般规定', '第二节　原则']);
    expect(trail('art_3')).toEqual(['第一编　总则', '第二章　职责']);
    expect(trail('art_4')).toEqual(['第二编　分则', '第三章　治理']);
    expect(selectArticle(doc, 'art_9')).toBeNull();
  });
});

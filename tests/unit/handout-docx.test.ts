// The Word handout: written with the docx library, read back by unzipping it as Word would.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { resolveHandoutNode, toHandoutRegulation } from '../../src/lib/handout/handout-data.ts';
import type { DocBlock, HandoutDoc } from '../../src/lib/handout/handout-doc.ts';
import { buildHandoutDocx } from '../../src/lib/handout/handout-docx.ts';
import { sourceLines } from '../../src/lib/handout/text-source.ts';
import { ROOT } from '../helpers/corpus.ts';
import { docxParagraphs as paragraphsOf } from '../helpers/docx.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const BUILT_AT = '2026-11-22T23:43:42.641Z';
const regs = new Map(loadCorpus(CONTENT_DIR, ROOT).map((l) => [l.regulation!.meta.id, toHandoutRegulation(l.regulation!, BUILT_AT)]));
const PICKS: Array<[string, string]> = [
  ['suzhou', 'art_24__para_2'],
  ['xinjiang', 'art_9__para_1__item_3'],
  ['shanxi', 'art_44'],
];

async function handout(): Promise<HandoutDoc> {
  const blocks: DocBlock[] = [];
  for (const [i, [id, node]] of PICKS.entries()) {
    const r = resolveHandoutNode(regs.get(id)!, node)!;
    const url = `https://duizhao.example.org${r.href}`;
    blocks.push({
      kind: 'provision',
      numbered: i + 1,
      citation: r.citation,
      url,
      lines: r.lines,
      note: i === 0 ? '讲师按语第一行\n第二行' : '',
      qrPng: new Uint8Array(await QRCode.toBuffer(url)),
    });
  }
  return {
    title: '考核与责任追究 <专题>',
    source: sourceLines(
      BUILT_AT,
      PICKS.map(([id]) => regs.get(id)!),
    ),
    blocks,
  };
}

describe('the Word handout', () => {
  it('holds the title, the source lines, each citation as a heading and each text exactly', async () => {
    const doc = await handout();
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(buildHandoutDocx(doc))));
    const xml = strFromU8(zip['word/document.xml']!);
    const paras = paragraphsOf(xml);
    expect(paras[0]).toBe('考核与责任追究 <专题>');
    expect(paras.slice(1, 5)).toEqual(doc.source);
    for (const block of doc.blocks) {
      if (block.kind !== 'provision') continue;
      expect(paras).toContain(`${block.numbered}．${block.citation}`);
      for (const line of block.lines) expect(paras).toContain((line.articleLabel ? `${line.articleLabel}\u3000` : '') + line.label + line.text);
      expect(paras.filter((p) => p.endsWith(`原文：${block.url}`))).toHaveLength(1);
    }
    expect(paras).toContain('讲师按语：讲师按语第一行');
    expect(paras).toContain('讲师按语：第二行');
  });

  it('uses Word heading styles, A4 pages, and embeds one QR image per provision', async () => {
    const zip = unzipSync(new Uint8Array(await Packer.toBuffer(buildHandoutDocx(await handout()))));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(Object.keys(zip).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(3);
    expect(strFromU8(zip['word/styles.xml']!)).toContain('w:styleId="Heading2"');
    // citations link to their permalinks; docx writes the fragment as the hyperlink's anchor, as Word does
    const rels = strFromU8(zip['word/_rels/document.xml.rels']!);
    const id = /Id="([^"]+)" Type="[^"]+\/hyperlink" Target="https:\/\/duizhao\.example\.org\/regulations\/suzhou\/24\/"/.exec(rels)?.[1];
    expect(xml).toMatch(new RegExp(`<w:hyperlink[^>]*(r:id="${id}"[^>]*w:anchor="art_24__para_2"|w:anchor="art_24__para_2"[^>]*r:id="${id}")`));
  });
});

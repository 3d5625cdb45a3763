import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentXmlToText } from '../../src/lib/draft/docx-text.ts';
import { readDraftFile } from '../../src/lib/draft/read-draft-file.ts';
import { checkDraftStructure } from '../../src/lib/draft/check-draft.ts';

describe('reading a draft file', () => {
  it('reads a .docx written by Word-compatible software, one line per paragraph', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph('某市养犬管理条例（草案）'), new Paragraph({ children: [new TextRun('第一条　为了规范养犬行为，'), new TextRun({ text: '制定本条例。', bold: true })] }), new Paragraph('第二条　本条例自2027年1月1日起施行。')] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const read = readDraftFile('草案.docx', bytes);
    expect(read).toEqual({ ok: true, text: '某市养犬管理条例（草案）\n第一条　为了规范养犬行为，制定本条例。\n第二条　本条例自2027年1月1日起施行。', note: '已从 Word 文档中提取文字（每个段落一行）' });
    if (read.ok) expect(checkDraftStructure(read.text).articles.map((a) => a.article.label)).toEqual(['第一条', '第二条']);
  });

  it('decodes XML entities and keeps tabs and breaks', () => {
    expect(documentXmlToText('<w:body><w:p><w:r><w:t>A&amp;B&lt;&#x4E2D;</w:t><w:tab/><w:t xml:space="preserve"> C</w:t><w:br/></w:r></w:p><w:p/></w:body>')).toBe('A&B<中\t C\n\n');
  });

  it('refuses a file that is not a Word document, and an unknown file type, with a Chinese message', () => {
    expect(readDraftFile('x.docx', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, message: '无法读取该 .docx 文件：它不是有效的 Word 文档（zip 格式错误）' });
    expect(readDraftFile('x.pdf', new Uint8Array([1]))).toMatchObject({ ok: false, message: expect.stringContaining('不支持的文件类型') });
  });

  it('reads a GB18030 text and says it was converted', () => {
    // 第一条 in GB18030: B5DA D2BB CCF5
    const bytes = new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0xa1, 0xa1, 0xb2, 0xe2]);
    const read = readDraftFile('draft.txt', bytes);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.text).toBe('第一条　测');
      expect(read.note).toContain('GB18030');
    }
  });
});

// The Word files open in a real word processor: LibreOffice Writer (Debian's, headless) converts the handout
// and the draft report to PDF, and the PDF's text holds the headings, citations and provision texts.
// Expected texts were read in the regulations: suzhou 第二十四条第二款 begins 卫生健康部门应当会同有关部门健全社会心理服务体系;
// the sample draft skips 第六条 (its 第七条 follows 第五条).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/lib/load-corpus.ts';
import { checkDraftStructure } from '../../src/lib/draft/check-draft.ts';
import { compareDraft } from '../../src/lib/draft/compare-draft.ts';
import { draftReportDoc } from '../../src/lib/draft/draft-report-doc.ts';
import { resolveHandoutNode, toHandoutRegulation } from '../../src/lib/handout/handout-data.ts';
import { buildHandoutDocx } from '../../src/lib/handout/handout-docx.ts';
import { sourceLines } from '../../src/lib/handout/text-source.ts';
import { ROOT } from '../helpers/corpus.ts';
import { DIST } from '../helpers/site.ts';
import { CONTENT_DIR } from '../../src/data/paths-fs.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'duizhao-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Convert a .docx with LibreOffice Writer and return the PDF's text (all white space removed: lines wrap anywhere in Chinese). */
function openInWriter(file: string): string {
  // a profile of its own, so a run never waits on another office process
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  const pdf = file.replace(/\.docx$/, '.pdf');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('Word files opened in LibreOffice Writer', () => {
  it('keeps the handout’s title, citations and texts', async () => {
    const builtAt = new Date().toISOString();
    const regs = new Map(loadCorpus(CONTENT_DIR, ROOT).map((l) => [l.regulation!.meta.id, toHandoutRegulation(l.regulation!, builtAt)]));
    const picks: Array<[string, string]> = [
      ['suzhou', 'art_24__para_2'],
      ['xinjiang', 'art_52'],
    ];
    const blocks = picks.map(([id, node], i) => {
      const r = resolveHandoutNode(regs.get(id)!, node)!;
      return { kind: 'provision' as const, numbered: i + 1, citation: r.citation, url: `http://127.0.0.1${r.href}`, lines: r.lines };
    });
    const file = path.join(dir, 'handout.docx');
    writeFileSync(
      file,
      await Packer.toBuffer(
        buildHandoutDocx({
          title: '考核与责任追究',
          source: sourceLines(
            builtAt,
            picks.map(([id]) => regs.get(id)!),
          ),
          blocks,
        }),
      ),
    );
    const text = openInWriter(file);
    expect(text).toContain('考核与责任追究');
    expect(text).toContain('《苏州市平安建设条例》第二十四条第二款');
    expect(text).toContain('卫生健康部门应当会同有关部门健全社会心理服务体系');
    expect(text).toContain('《新疆维吾尔自治区平安建设条例》第五十二条');
    expect(text).toContain('实行一票否决');
  }, 180_000);

  it('keeps the draft report’s headings, diagnostics and cited counterparts', async () => {
    const sample = readFileSync(path.join(ROOT, 'public/draft/sample.txt'), 'utf8');
    const result = checkDraftStructure(sample, 'sample.txt');
    const corpus = JSON.parse(readFileSync(path.join(DIST, 'draft/corpus.json'), 'utf8'));
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, await Packer.toBuffer(buildHandoutDocx(draftReportDoc('sample.txt', result, compareDraft(result, corpus), 'http://127.0.0.1', '2026年11月23日'))));
    const text = openInWriter(file);
    for (const heading of ['草案检查报告', '结构诊断', '覆盖情况', '逐条对照', '政策要点']) expect(text).toContain(heading);
    expect(text).toContain('条号不连续：应为第六条，实为第七条');
    expect(text).toMatch(/《[^》]+条例》第[一二三四五六七八九十]+条/);
  }, 180_000);
});

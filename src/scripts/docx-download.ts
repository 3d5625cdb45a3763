// The Word download shared by the handout, lesson and draft-checker pages. The docx library is loaded only
// when a reader asks for the file, so it never weighs on a page that is only read.
import type { HandoutDoc } from '../lib/handout/handout-doc.ts';
import { docxFileName } from '../lib/handout/handout-doc.ts';
import { h } from './dom.ts';

/** Build the Word file in the browser (docx is loaded only now) and download it. */
export async function downloadDocx(doc: HandoutDoc): Promise<void> {
  const [{ Packer }, { buildHandoutDocx }] = await Promise.all([import('docx'), import('../lib/handout/handout-docx.ts')]);
  const blob = await Packer.toBlob(buildHandoutDocx(doc));
  const a = h('a');
  a.href = URL.createObjectURL(blob);
  a.download = docxFileName(doc.title);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

// The Word download shared by the handout, lesson and draft-checker pages. The docx library is loaded only
// when a reader asks for the file, so it never weighs on a page that is only read.
import type { HandoutDoc } from '../lib/handout/handout-doc.ts';
import { docxFileName } from '../lib/handout/handout-doc.ts';
import { saveBlob } from './save-blob.ts';

/** Build the Word file in the browser (docx is loaded only now) and download it. */
export async function downloadDocx(doc: HandoutDoc): Promise<void> {
  const [{ Packer }, { buildHandoutDocx }] = await Promise.all([import('docx'), import('../lib/handout/handout-docx.ts')]);
  saveBlob(await Packer.toBlob(buildHandoutDocx(doc)), docxFileName(doc.title));
}

/**
 * A 下载 Word button of the handout and lesson pages: the document is built when the button is pressed, and `status`
 * says that the file is being made, then that it was made or why it could not be.
 */
export function wireDocxButton(button: HTMLElement, status: HTMLElement, build: () => Promise<HandoutDoc>): void {
  button.addEventListener('click', async () => {
    status.textContent = '正在生成 Word 文件……';
    try {
      await downloadDocx(await build());
      status.textContent = '已生成 Word 文件。';
    } catch (e) {
      status.textContent = `生成 Word 文件失败：${(e as Error).message}`;
    }
  });
}

/**
 * The same, built in a worker (docx-worker.ts) so that a long document leaves the page responsive: the draft
 * checker's report on a 5 MB draft. Rejects with the worker's message when the file cannot be built.
 */
export function downloadDocxInWorker(doc: HandoutDoc): Promise<void> {
  const worker = new Worker(new URL('./docx-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<{ ok: true; blob: Blob } | { ok: false; message: string }>) => {
      worker.terminate();
      if (e.data.ok) {
        saveBlob(e.data.blob, docxFileName(doc.title));
        resolve();
      } else reject(new Error(e.data.message));
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(new Error(e.message || '后台生成意外停止'));
    });
    worker.postMessage(doc);
  });
}

// Builds a Word file off the page's thread: the draft checker's report for a long draft (10,000 articles) takes
// tens of seconds to pack, which on the page would freeze it. Receives a HandoutDoc, answers with the file or why not.
import { Packer } from 'docx';
import type { HandoutDoc } from '../lib/handout/handout-doc.ts';
import { buildHandoutDocx } from '../lib/handout/handout-docx.ts';

self.addEventListener('message', async (e: MessageEvent<HandoutDoc>) => {
  try {
    self.postMessage({ ok: true, blob: await Packer.toBlob(buildHandoutDocx(e.data)) });
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message });
  }
});

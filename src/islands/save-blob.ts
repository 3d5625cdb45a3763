// Every file the site builds in the browser (Word, the draft report as HTML) is offered for download here.
import { h } from './dom.ts';

/** Offer a file built in the browser as a download under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const a = h('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later, not at once: some browsers start reading the blob after click() returns
  window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

// QR codes printed on handouts and lessons, checked module by module: what the page drew against what the qrcode
// library computes for the URL.
import type { Locator } from 'playwright-core';
import QRCode from 'qrcode';

/** The dark/light modules of a rendered QR image, read from its pixels (quiet zone of one module). */
export async function qrModules(img: Locator): Promise<number[][]> {
  return img.evaluate((el: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(el, 0, 0);
    const { data, width } = g.getImageData(0, 0, canvas.width, canvas.height);
    const dark = (x: number, y: number) => data[(Math.floor(y) * width + Math.floor(x)) * 4]! < 128;
    // the first dark pixel on the diagonal is the finder pattern's corner: it gives the quiet zone
    let edge = 0;
    while (!dark(edge, edge)) edge++;
    let run = edge;
    while (dark(run, edge)) run++;
    const module = (run - edge) / 7; // a finder pattern is 7 modules wide
    const count = Math.round((width - 2 * edge) / module);
    return Array.from({ length: count }, (_, r) => Array.from({ length: count }, (_, c) => (dark(edge + (c + 0.5) * module, edge + (r + 0.5) * module) ? 1 : 0)));
  });
}

/** The modules the qrcode library computes for a URL, with the options the page uses. */
export function expectedModules(url: string): number[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) => Array.from({ length: modules.size }, (_, c) => (modules.get(r, c) ? 1 : 0)));
}

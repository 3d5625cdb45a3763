// DOM helpers shared by the handout page and lesson pages: quoted lines, QR codes and absolute links (the Word
// download is docx-download.ts). Text always goes in through textContent.
import QRCode from 'qrcode';
import type { QuoteLine } from '../lib/handout/provision-lines.ts';
import { h } from './dom.ts';

export { h };

/** The quoted lines as the lesson quote block renders them (same classes, so the same styles apply). */
export function renderLines(lines: readonly QuoteLine[]): HTMLQuoteElement {
  const quote = h('blockquote', 'quote-text');
  for (const line of lines) {
    const p = h('p', line.kind === 'paragraph' ? 'para' : line.kind);
    if (line.articleLabel) p.append(h('strong', 'art-label', line.articleLabel), '\u3000');
    if (line.label) p.append(h('span', 'item-label', line.label));
    p.append(line.text);
    quote.append(p);
  }
  return quote;
}

/** The site's canonical origin (Astro `site`), where printed links and QR codes should point. */
export function siteOrigin(): string {
  return document.querySelector<HTMLElement>('[data-site]')?.dataset['site'] || location.origin;
}

/** A permalink path made absolute on the canonical origin. */
export function absoluteUrl(href: string): string {
  return new URL(href, siteOrigin()).href;
}

/**
 * A PNG data URI of the QR code that opens `url`: whole pixels per module (8), so the code stays sharp
 * when a printer renders it at 22 mm, and a one-module quiet zone.
 */
export function qrDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, scale: 8 });
}

/** The bytes of a base64 data URI. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const bin = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** A QR figure: the code and the URL under it. */
export async function qrFigure(url: string, label: string): Promise<HTMLElement> {
  const figure = h('figure', 'qr');
  const img = h('img');
  img.src = await qrDataUrl(url);
  img.alt = `二维码：打开${label}`;
  img.width = 96;
  img.height = 96;
  figure.append(img, h('figcaption', 'qr-url', url));
  return figure;
}

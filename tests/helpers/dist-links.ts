import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every HTML page of a built site, keyed by URL path (`/regulations/suzhou/`). */
export function readPages(dist: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, p).replace(/\\/g, '/');
        pages.set(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, readFileSync(p, 'utf8'));
      }
    }
  };
  walk(dist);
  return pages;
}

/** The internal links of a page (href values starting with `/` or `#`), resolved against its URL. */
export function internalLinks(url: string, html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
    const href = m[1]!.replace(/&amp;/g, '&');
    if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
    out.push(new URL(href, `http://site${url}`).pathname + new URL(href, `http://site${url}`).hash);
  }
  return out;
}

/** The ids present on a page. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Whether a URL path names a file of the built site (a page or an asset). */
export function resolves(dist: string, pages: Map<string, string>, pathname: string): boolean {
  if (pages.has(pathname)) return true;
  const file = path.join(dist, decodeURIComponent(pathname));
  return existsSync(file) && statSync(file).isFile();
}

/** The link check: every internal link or anchor of a built site that leads nowhere, as `page → link (why)`. */
export function brokenLinks(dist: string): string[] {
  const pages = readPages(dist);
  const broken: string[] = [];
  const ids = new Map([...pages].map(([url, html]) => [url, idsOf(html)]));
  for (const [url, html] of pages) {
    for (const link of internalLinks(url, html)) {
      const [pathname, hash] = link.split('#') as [string, string | undefined];
      if (!resolves(dist, pages, pathname)) broken.push(`${url} → ${link} (no such page)`);
      else if (hash && pages.has(pathname) && !ids.get(pathname)!.has(decodeURIComponent(hash))) broken.push(`${url} → ${link} (no such anchor)`);
    }
  }
  return broken;
}

// Named HTML entities the parser's sources write (government pages, documentation sites): one table for the page
// reader (scripts/lib/read-source.ts) and the documentation-site family (docs-markdown.ts).

/** Named entities that stand for a visible character. */
export const HTML_NAMED_CHARS: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  times: '×',
  copy: '©',
};

/** Named entities that are only spacing, with the space each is read as when a page is turned into text. */
export const HTML_SPACING_CHARS: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: '\u3000',
  thinsp: ' ',
};

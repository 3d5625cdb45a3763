/** The byte-order mark that makes Excel read a CSV file as UTF-8 (without it, Chinese text turns to mojibake). */
export const UTF8_BOM = '\ufeff';

/**
 * Quote a field when RFC 4180 requires it (a comma, a double quote, CR or LF), doubling inner quotes.
 * @example csvField('a,b') // → '"a,b"'
 * @example csvField('说“是”') // → '说“是”' (full-width quotes need no quoting)
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV document as RFC 4180 describes it: CRLF after every record, the header first; UTF-8 with a BOM. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

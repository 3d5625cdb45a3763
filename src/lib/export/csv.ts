/** The byte-order mark that makes Excel read a CSV file as UTF-8 (without it, Chinese text turns to mojibake). */
export const UTF8_BOM = '\ufeff';

// A cell that begins with = + - @ (or a tab or CR, which some programs skip before reading one of those) is run as a
// formula by Excel, WPS and LibreOffice: a crafted regulation text could make a download compute or call out.
// OWASP's CSV-injection advice: prefix such a cell with an apostrophe, which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a field that a spreadsheet would read as a formula, then quote it when RFC 4180 requires it (a comma,
 * a double quote, CR or LF), doubling inner quotes.
 * @example csvField('a,b') // → '"a,b"'
 * @example csvField('说“是”') // → '说“是”' (full-width quotes need no quoting)
 * @example csvField('=1+1') // → "'=1+1"
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document as RFC 4180 describes it: CRLF after every record, the header first; UTF-8 with a BOM. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  return [...toCsvChunks(header, rows)].join('');
}

/** Records gathered into one piece before it is handed on. */
const RECORDS_PER_PIECE = 1000;

/**
 * The same document in pieces, reading `rows` as it goes: a download of millions of records (the alignment CSV of a
 * large corpus) never has to be one string, nor its rows one array.
 */
export function* toCsvChunks(header: readonly string[], rows: Iterable<readonly string[]>): Generator<string> {
  const record = (row: readonly string[]) => `${row.map(csvField).join(',')}\r\n`;
  let piece = UTF8_BOM + record(header);
  let count = 0;
  for (const row of rows) {
    piece += record(row);
    if (++count % RECORDS_PER_PIECE === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

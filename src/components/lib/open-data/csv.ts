/**
 * CSV twins of the JSON files: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark,
 * without which spreadsheet programs on Chinese Windows guess the wrong encoding.
 */

const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined | readonly unknown[] | Record<string, unknown>;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== 'object' || v === null) ? value.join('; ') : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of flat records to CSV; the header is the keys of the first record (or `columns`). */
export function toCsv(rows: ReadonlyArray<Record<string, Cell>>, columns?: readonly string[]): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(header.map((key) => quote(cellText(row[key]))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * CSV twins of the JSON files: RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark,
 * without which spreadsheet programs on Chinese Windows guess the wrong encoding.
 */

const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined | readonly unknown[] | Record<string, unknown>;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are the site's own (a change of -5 is a number, not a formula); text comes from sources.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return asText(value.every((v) => typeof v !== 'object' || v === null) ? value.join('; ') : JSON.stringify(value));
  }
  return asText(typeof value === 'object' ? JSON.stringify(value) : value);
}

/**
 * Text a spreadsheet would run as a formula (`=1+2局`, or one starting with +, -, @, a tab or a
 * carriage return) gets a leading ' so it stays text, as the OWASP guidance on CSV injection
 * recommends; `quote` then puts it in quotes. Spaces before the sign count too: an import that
 * trims cells would otherwise find the formula after all.
 */
export function asText(text: string): string {
  return /^\s*[=+\-@]|^[\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 quoting, and quotes around any cell a program could split or read as a formula: a
 * semicolon (the list separator in many locales, so `甲; =1+2` cannot become two cells), a tab,
 * edge white space, or the ' of a neutralised formula.
 */
function quote(text: string): string {
  return /[",;\t\r\n]/.test(text) || /^\s|\s$|^'/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of flat records to CSV; the header is the keys of the first record (or `columns`). */
export function toCsv(rows: ReadonlyArray<Record<string, Cell>>, columns?: readonly string[]): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(header.map((key) => quote(cellText(row[key]))).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

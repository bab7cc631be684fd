/**
 * The character set a saved page is written in: a byte order mark, else what the page declares in
 * its first bytes (`<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="…; charset=gbk">`),
 * else UTF-8. Chinese portals still serve GB2312 and GBK; both are read as GB18030, their superset,
 * so a character GB2312 lacks but the page uses anyway (a rare name) still decodes.
 */
const PRESCAN_BYTES = 4096;
const GB = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'gb_2312-80', 'csgb2312', 'chinese', 'iso-ir-58', 'euc-cn']);

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/** The decoder label for a page, or null when the declared charset is one no decoder knows. */
export function pageEncoding(bytes: Uint8Array): { label: string; bom: number } | { unknown: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', bom: 2 };
  const declared = declaredCharset(bytes);
  if (!declared) return { label: 'utf-8', bom: 0 };
  if (GB.has(declared)) return { label: 'gb18030', bom: 0 };
  try {
    return { label: new TextDecoder(declared).encoding, bom: 0 };
  } catch {
    return { unknown: declared };
  }
}

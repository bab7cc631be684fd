import { ExtractError } from '../lib/errors.ts';

export interface Decoded {
  /** The text, byte order mark excluded, line terminators as in the source. */
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** Characters of a byte order mark that was cut (0 or 1): reported as removed. */
  bom: number;
}

const decoderFor = (label: string) => new TextDecoder(label, { fatal: true, ignoreBOM: true });

/** The 1-based line on which byte `offset` falls. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 with BOM and
 * GB18030/GBK; refuses empty, binary and undecodable files with file:line.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ExtractError(file, 1, 'the file is empty: expected a policy text');

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decoderFor('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: 1 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decoderFor('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: 1 };

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ExtractError(file, lineOfByte(bytes, nul), 'binary data (a NUL byte): expected a plain text file in UTF-8, UTF-16 with BOM or GB18030');
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: decoderFor('utf-8').decode(body), encoding: 'utf-8', bom: hasBom ? 1 : 0 };
  } catch {
    // Not UTF-8: try the Chinese national encoding, which covers GBK and GB2312.
  }
  let text: string;
  try {
    text = decoderFor('gb18030').decode(bytes);
  } catch {
    throw new ExtractError(file, lineOfByte(bytes, firstInvalidUtf8(bytes)), 'unknown encoding: the bytes are neither UTF-8, UTF-16 with BOM nor GB18030');
  }
  if (!looksLikeChinese(text)) {
    throw new ExtractError(file, lineOfByte(bytes, firstInvalidUtf8(bytes)), 'unknown encoding: not UTF-8, and decoding as GB18030 gives no readable Chinese text');
  }
  return { text, encoding: 'gb18030', bom: 0 };
}

/** Offset of the first byte that breaks UTF-8, for the error's line number. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 0x6 ? 2 : b >> 4 === 0xe ? 3 : b >> 3 === 0x1e ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}

/** Most non-ASCII characters of a real Chinese text are common CJK ideographs or CJK punctuation. */
function looksLikeChinese(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
  }
  return nonAscii === 0 ? false : cjk / nonAscii > 0.9;
}

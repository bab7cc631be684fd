import { ExtractError } from '../lib/errors.ts';
import { say } from '../lib/messages.ts';

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

/** Length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not UTF-8. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >> 4 === 0xe ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return len;
}

/** Per line: 'ascii', 'utf-8' (valid, with multi-byte characters) or 'other' (not UTF-8). */
interface LineKind {
  line: number;
  kind: 'ascii' | 'utf-8' | 'other';
  start: number;
  end: number;
}

function lineEncodings(bytes: Uint8Array): LineKind[] {
  const out: LineKind[] = [];
  let line = 1;
  let start = 0;
  let kind: LineKind['kind'] = 'ascii';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      out.push({ line, kind, start, end: i });
      line++;
      kind = 'ascii';
      start = ++i;
      continue;
    }
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = kind === 'other' ? 0 : utf8Length(bytes, i);
    if (len === 0) {
      kind = 'other';
      i++;
    } else {
      kind = 'utf-8';
      i += len;
    }
  }
  out.push({ line, kind, start, end: bytes.length });
  return out;
}

/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK, deciding
 * per file and checking per line: a file whose lines are partly UTF-8 and partly GBK is refused
 * with the first line of the minority encoding, never decoded into mojibake.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ExtractError(file, 1, say('decode:empty'));

  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return decodeUtf16(bytes, file);

  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ExtractError(file, lineOfByte(bytes, nul), say('decode:binary'));

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const lines = lineEncodings(body);
  // A line counts as UTF-8 when it decodes to Chinese: a short GBK line can be valid UTF-8 by chance,
  // but then it decodes to a jumble of Latin, Cyrillic and rare characters, not to Chinese text.
  const otherLines = lines.filter((l) => l.kind === 'other');
  if (!otherLines.length) return { text: decoderFor('utf-8').decode(body), encoding: 'utf-8', bom: hasBom ? 1 : 0 };
  const utf8Lines = lines.filter(
    (l) => l.kind === 'utf-8' && looksLikeChinese(decoderFor('utf-8').decode(body.subarray(l.start, l.end))),
  );
  // A GBK line is almost never valid UTF-8 with multi-byte characters, so lines of both kinds mean
  // two encodings in one file: report the first line of the smaller group.
  if (utf8Lines.length) {
    const minority = utf8Lines.length < otherLines.length ? utf8Lines[0]! : otherLines[0]!;
    const [found, rest] =
      utf8Lines.length < otherLines.length ? ['UTF-8', 'GBK/GB18030'] : ['GBK/GB18030（或其他非 UTF-8 编码）', 'UTF-8'];
    throw new ExtractError(file, minority.line, say('decode:mixed', minority.line, found, rest));
  }
  let text: string;
  try {
    text = decoderFor('gb18030').decode(bytes);
  } catch {
    throw new ExtractError(file, otherLines[0]!.line, say('decode:unknown'));
  }
  if (!looksLikeChinese(text)) throw new ExtractError(file, otherLines[0]!.line, say('decode:not-chinese'));
  return { text, encoding: 'gb18030', bom: 0 };
}

/** UTF-16 with a BOM: an odd byte count or a lone surrogate is named by its line, not thrown. */
function decodeUtf16(bytes: Uint8Array, file: string): Decoded {
  const le = bytes[0] === 0xff;
  const body = bytes.subarray(2);
  const unit = (i: number) => (le ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  let line = 1;
  for (let i = 0; i + 1 < body.length; i += 2) {
    const u = unit(i);
    if (u === 0x0a) line++;
    else if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < body.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) throw new ExtractError(file, line, say('decode:utf16-surrogate'));
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) throw new ExtractError(file, line, say('decode:utf16-surrogate'));
  }
  if (body.length % 2) throw new ExtractError(file, line, say('decode:utf16-odd'));
  const encoding = le ? 'utf-16le' : 'utf-16be';
  const text = decoderFor(encoding).decode(body);
  if (text.includes('\0'))
    throw new ExtractError(file, text.slice(0, text.indexOf('\0')).split('\n').length, say('decode:binary'));
  return { text, encoding, bom: 1 };
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

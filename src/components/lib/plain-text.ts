/**
 * Source text made fit for places that hold one short line: the browser tab title, <meta> tags
 * and the search index. The page itself always shows the full text; these places get a clipped
 * copy so that a 1 MB title costs a 1 MB page, not a 1 MB title on every page that links to it.
 */

/** Longest text, in characters, each kind of place gets. */
export const textLimits = {
  /** <title>, og:title, and the title of a search result. */
  title: 80,
  /** description and og:description. */
  description: 160,
  /** A mention of a document or body on a page that is not its own (cards, lists, tables). */
  reference: 200,
  /**
   * Characters of one piece of text the search index reads; the rest is shown but not indexed.
   * Pagefind splits Chinese text into words in time that grows with the square of a page's text
   * (320,000 characters take a second, a megabyte minutes), so no source may hand it a megabyte.
   */
  indexed: 10_000,
} as const;

// C0 and C1 controls, and the bidirectional overrides that can make a line read backwards.
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** One line of text: controls dropped, runs of white space (line breaks too) as one space. */
export function singleLine(text: string): string {
  return text.replace(invisible, '').replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters, ending in … when cut. Counts code points, so a character outside
 * the Basic Multilingual Plane (𠀀) is never split into a lone surrogate.
 */
export function clip(text: string, max: number): string {
  // A string of `max` UTF-16 units has at most `max` code points.
  if (text.length <= max) return text;
  let cut = 0;
  let count = 0;
  for (let i = 0; i < text.length; i += codePointLength(text, i), count++) {
    if (count === max - 1) cut = i;
    if (count === max) return `${text.slice(0, cut)}…`;
  }
  return text;
}

function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** A single line of at most `max` characters. */
export function shortLine(text: string, max: number): string {
  // Cut before normalising too: a megabyte of text need not be scanned to keep 80 characters.
  return clip(singleLine(clip(text, max * 4 + 16)), max);
}

/** A mention of a document or body elsewhere than on its own page: its full name, up to a point. */
export function reference(text: string): string {
  return clip(text, textLimits.reference);
}

/** Where the searchable part of a text ends: `textLimits.indexed`, not inside a surrogate pair. */
export function indexedEnd(text: string): number {
  if (text.length <= textLimits.indexed) return text.length;
  const code = text.charCodeAt(textLimits.indexed - 1);
  return code >= 0xd800 && code <= 0xdbff ? textLimits.indexed - 1 : textLimits.indexed;
}

import { shortLine, textLimits } from './plain-text.ts';

/**
 * What the search index stores about a page besides its text. Pagefind's search dialog writes
 * filter values into the page as HTML (`{@html value}` in @pagefind/default-ui), and Pagefind
 * decodes character references in them more than once (`&amp;lt;` is indexed as `<`), so no
 * amount of escaping survives the trip. Markup characters in a filter value are therefore
 * replaced by their full-width forms, which read the same in Chinese text and mean nothing to an
 * HTML parser.
 */

const fullWidth: Record<string, string> = { '<': '＜', '>': '＞', '&': '＆' };

/** A Pagefind filter value: one short line without markup characters. */
export function filterValue(text: string): string {
  return shortLine(text, textLimits.filter).replace(/[<>&]/g, (c) => fullWidth[c] ?? c);
}

/**
 * The title a search result shows. The dialog writes it as text, so it keeps its characters;
 * it is clipped because Pagefind stores it in every result fragment.
 */
export function resultTitle(text: string): string {
  return shortLine(text, textLimits.title);
}

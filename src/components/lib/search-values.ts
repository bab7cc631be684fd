import { shortLine, textLimits } from './plain-text.ts';

/** What the search index stores about a page besides its text (it stores no filters: SitePage.astro). */

/**
 * The title a search result shows. The dialog writes it as text, so it keeps its characters;
 * it is clipped because Pagefind stores it in every result fragment.
 */
export function resultTitle(text: string): string {
  return shortLine(text, textLimits.title);
}

/**
 * Building patterns from word lists: the extractor never writes a word of the vocabulary into a
 * regular expression by hand, it asks for an alternation of the declared words.
 */

/** Escapes a word for use inside a regular expression. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * `(?:longest|…|shortest)`: longer words first, so 下降到 wins over 下降. Words of one length are
 * put in code-unit order (two such words never both match at one place, so their order only keeps
 * the pattern the same from run to run); not localeCompare, whose collator costs a phone tens of
 * milliseconds when a self-check's page loads the vocabulary.
 */
export function anyOf(words: Iterable<string>): string {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${list.map(escapeWord).join('|')})`;
}

/** The word of a list that `text` starts with (longest first), or null. */
export function leadingWord(text: string, words: Iterable<string>): string | null {
  let best: string | null = null;
  for (const w of words) if (text.startsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

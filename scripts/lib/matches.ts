/**
 * Every match of a global pattern in a text, as String.prototype.matchAll gives them, without the
 * copy of the pattern matchAll makes on each call: the passes run dozens of patterns over every
 * sentence, and the copies cost several times the matching itself. The matches are collected at
 * once, so the pattern's lastIndex is free again before the caller reads the first one.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it, as matchAll does.
    if (m[0] === '') pattern.lastIndex = stepOver(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  pattern.lastIndex = 0;
  return out;
}

function stepOver(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}

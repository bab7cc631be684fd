/**
 * One vocabulary, declared once (src/vocabulary): the site's code and data literals name no role
 * word, comparator word, change word, unit or short form of their own; they read the table. Comments
 * may mention words (they explain); string literals, template text and markup text may not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_LABEL,
  CHANGE_LABEL,
  CHANGE_WORDS,
  COMPARATOR_LABEL,
  COMPARATOR_SIGN,
  COMPARATOR_SUFFIXES,
  COMPARATOR_VERBS,
  LEVEL_PREFIXES,
  ROLE_LABEL,
  ROLE_WORDS,
  SHORT_FORMS,
  UNITS,
} from '../../src/vocabulary/index.ts';
import { root } from './support/build.ts';

/**
 * Words that are also ordinary words of the site's own prose, each with why it is not a copy:
 * they are checked nowhere, rather than allowed in one place, so the list stays short.
 */
const ordinaryWords: Record<string, string> = {
  支持: 'the support a call offers (可获得的支持), a kind of criterion, not the partner role',
  地区: 'the UI word for a region (the 地区 filter), not the level prefix of a name',
};

/**
 * Single characters are everywhere in Chinese text, so only whole literals of a few count: 约 and
 * the share signs (% ‰). Measure words (3 项任务, 5 个目标) are the grammar of the site's own
 * counts, not the unit of a quantity a document states, and level prefixes (市) open every name.
 */
const words = [
  ...Object.values(ROLE_LABEL),
  ...ROLE_WORDS.flatMap(([, list]) => list),
  ...Object.values(COMPARATOR_VERBS).flat(),
  ...Object.values(COMPARATOR_LABEL),
  ...Object.entries(COMPARATOR_SUFFIXES)
    .filter(([, c]) => c === 'approximate')
    .map(([w]) => w),
  ...Object.values(CHANGE_WORDS).flat(),
  ...Object.values(CHANGE_LABEL),
  ...Object.values(UNITS).flat(),
  ...SHORT_FORMS.flatMap(([longs, short]) => [...longs, short]),
  ...LEVEL_PREFIXES,
].filter((w) => !(w in ordinaryWords));
const longWords = [...new Set(words.filter((w) => [...w].length >= 2))];
const signs = [COMPARATOR_SIGN['>='], COMPARATOR_SIGN['<=']];
const shortWords = new Set<string>([APPROXIMATE_LABEL, ...UNITS.share.filter((u) => [...u].length === 1)]);

const sources = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(astro|tsx?)$/.test(e.name))
  .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
  .filter((file) => !file.startsWith(path.join('src', 'vocabulary')));

/** The text of a source without its comments (line, block, JSX and HTML comments). */
export function withoutComments(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Whole string literals: '…', "…" and the pieces of a template between its ${…}. */
function literals(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    out.push(...(m[3] !== undefined ? text.split(/\$\{[^}]*\}/) : [text]));
  }
  return out;
}

describe('the vocabulary is declared once', () => {
  it('reads the site’s sources, comments left out', () => {
    expect(sources.length).toBeGreaterThan(60);
    expect(withoutComments('a // 牵头\n/* 配合 */ b {/* 负责 */} "x"')).not.toMatch(/牵头|配合|负责/);
    expect(withoutComments("const u = 'https://x'; // 牵头")).toContain("'https://x'");
  });

  it.each(sources)('%s names no vocabulary word in its code or data', (file) => {
    const code = withoutComments(readFileSync(path.join(root, file), 'utf8'));
    const found = longWords.filter((w) => code.includes(w));
    const signsFound = signs.filter((s) => code.includes(s));
    const single = literals(code).filter((l) => shortWords.has(l.trim()));
    expect({ words: found, signs: signsFound, singleCharacterLiterals: single }).toEqual({
      words: [],
      signs: [],
      singleCharacterLiterals: [],
    });
  });

  it('would catch a copy', () => {
    const copy = withoutComments("const label = { lead: '牵头' }; // 牵头 is fine here\nconst unit = '个百分点';");
    expect(longWords.filter((w) => copy.includes(w))).toEqual(expect.arrayContaining(['牵头', '个百分点']));
    expect(literals("const a = '约'; const b = `${x}约`;").filter((l) => shortWords.has(l.trim()))).toEqual([
      '约',
      '约',
    ]);
  });
});

/**
 * The words the extractor understands are declared once, in src/vocabulary/: a role word, a
 * comparator word, a unit or a short form written again in the code of scripts/ or src/ would
 * drift from it (提高 here, 增长 there). Comments may quote examples; code may not. This test
 * covers the extractor (scripts/); test/site/vocabulary-once.test.ts covers the site. The
 * benchmark's synthetic documents are text the extractor reads, not words it understands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPARATOR_SUFFIXES,
  COMPARATOR_VERBS,
  DUTY_ACTIONS,
  ROLE_WORDS,
  SHORT_FORMS,
  UNITS,
} from '../src/vocabulary/index.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes('/vocabulary/') && !f.startsWith(join('scripts', 'bench')));
}

/** The code of a file without its comments (line, block and JSDoc). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const words = [
  ...ROLE_WORDS.flatMap(([, w]) => w),
  ...DUTY_ACTIONS.flatMap(([, w]) => w),
  ...Object.values(COMPARATOR_VERBS).flat(),
  ...Object.keys(COMPARATOR_SUFFIXES),
  ...Object.values(UNITS).flat(),
  ...SHORT_FORMS.flatMap(([spellings, short]) => [...spellings, short]),
].filter((w) => w.length >= 2);

describe('the vocabulary is written once', () => {
  const sources = files('scripts').map((f) => ({ f, text: code(f) }));
  it.each([...new Set(words)])('%s appears in code only through src/vocabulary', (word) => {
    const found = sources.filter(({ text }) => text.includes(word)).map(({ f }) => f);
    expect(found).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const owned = ['src/checks', 'src/islands', 'src/pages/checks'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const sources = owned.flatMap((d) => files(path.join(root, d))).filter((f) => /\.(ts|tsx|astro)$/.test(f));
const slugs = readdirSync(path.join(root, 'policy-sources'))
  .filter((n) => n.endsWith('.txt'))
  .map((n) => n.replace(/\.txt$/, ''));

describe('the self-checks are generated from data', () => {
  test.each(sources.map((f) => path.relative(root, f)))('%s names no document', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const slug of slugs) expect(text).not.toContain(slug);
  });

  test.each(sources.filter((f) => !f.endsWith('strings.ts')).map((f) => path.relative(root, f)))(
    '%s keeps its Chinese words in strings.ts',
    (file) => {
      const code = readFileSync(path.join(root, file), 'utf8')
        // Comments may quote the documents to explain a rule.
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1')
        // Patterns that read Chinese input (七十, 。) are parsing, not UI text.
        .replace(/\/\^?\[[^\]\n]*\][^/\n]*\//g, '');
      expect(code.match(/[\u4e00-\u9fff]+/g) ?? []).toEqual([]);
    },
  );
});

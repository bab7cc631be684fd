/**
 * Nothing in the site's sources writes a string into a page as HTML. Every text the site shows may
 * come from a policy document, so the only safe way to write it is as text; this keeps it so.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../site/support/build.ts';

/** Ways to hand a string to an HTML parser: Astro, Preact/React, the DOM. */
const rawHtml = new RegExp(
  [
    String.raw`set:html\s*=`,
    String.raw`dangerouslySetInnerHTML\s*[=:]`,
    String.raw`\.(inner|outer)HTML\s*=`,
    String.raw`insertAdjacentHTML\s*\(`,
    String.raw`document\.write(ln)?\s*\(`,
    String.raw`createContextualFragment\s*\(`,
  ].join('|'),
);

const sources = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(astro|tsx?|jsx?|mjs)$/.test(e.name))
  .map((e) => path.relative(root, path.join(e.parentPath, e.name)));

describe('the site’s sources', () => {
  it('are found', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources).toContain(path.join('src', 'components', 'starlight', 'Head.astro'));
  });

  it('write no string as HTML', () => {
    const found = sources.flatMap((file) =>
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .map((line, i) => `${file}:${i + 1}: ${line.trim()}`)
        .filter((line) => rawHtml.test(line)),
    );
    expect(found).toEqual([]);
  });

  it('would be caught writing one', () => {
    for (const line of [
      '<p set:html={doc.title} />',
      '<div dangerouslySetInnerHTML={{ __html: t }} />',
      'el.innerHTML = title;',
    ]) {
      expect(rawHtml.test(line), line).toBe(true);
    }
  });

  it('replace Starlight’s Head, which writes head content (the page title) with set:html', () => {
    const starlightHead = readFileSync(
      path.join(root, 'node_modules/@astrojs/starlight/dist/components/Head.astro'),
      'utf8',
    );
    expect(starlightHead).toMatch(rawHtml);
    expect(readFileSync(path.join(root, 'astro.config.mjs'), 'utf8')).toContain(
      "Head: './src/components/starlight/Head.astro'",
    );
  });
});

/**
 * A source cannot stall the build: a document whose title, one heading, one clause and one
 * department name are each a megabyte of unpunctuated Chinese builds in seconds. Before the search
 * index was capped, Pagefind alone spent over nine minutes on this content (its Chinese word
 * splitting grows with the square of a page's text). The full text stays on its own page; the
 * <title>, meta tags, search metadata and every mention elsewhere are short.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textLimits } from '../../src/components/lib/plain-text.ts';
import { ensureBuilt, root } from '../site/support/build.ts';
import { searchFragments } from './search-index.ts';

/** About a megabyte of UTF-8: 350,000 Chinese characters, no punctuation, no spaces. */
const megabyte = (seed: string) => seed.repeat(Math.ceil(350_000 / seed.length)).slice(0, 350_000);
const title = megabyte('甲市关于推进绿色低碳发展的实施意见');
const heading = megabyte('构建绿色低碳新机制');
const line = megabyte('推进绿色低碳发展加快形成绿色生产生活方式');
const name = megabyte('市发展和改革委员会');

const fixture = path.join(root, 'test/site/fixtures/content');
const contentDir = path.join(root, 'node_modules/.cache/policy-atlas/long-content');

/** The site fixture with the four megabytes in place; written anew so every run builds. */
function writeLongContent(): string {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'documents'), { recursive: true });
  for (const name of readdirSync(fixture, { recursive: true }) as string[]) {
    if (name.endsWith('.json')) writeFileSync(path.join(contentDir, name), readFileSync(path.join(fixture, name)));
  }
  const docFile = path.join(contentDir, 'documents/alpha-plan.json');
  const doc = JSON.parse(readFileSync(docFile, 'utf8')) as {
    title: string;
    clauses: Array<{ id: string; text: string; heading: string | null }>;
  };
  doc.title = title;
  const paragraph = doc.clauses.find((c) => c.id === 'c1-p1')!;
  paragraph.text += line;
  Object.assign(
    doc.clauses.find((c) => c.id === 'c2-1')!,
    { heading, text: heading },
  );
  writeFileSync(docFile, JSON.stringify(doc));
  const deptFile = path.join(contentDir, 'departments.json');
  const departments = JSON.parse(readFileSync(deptFile, 'utf8')) as Array<{
    id: string;
    name: string;
    aliases: string[];
  }>;
  Object.assign(
    departments.find((d) => d.id === 'd-jsfgw')!,
    { name, aliases: [name] },
  );
  writeFileSync(deptFile, JSON.stringify(departments));
  return contentDir;
}

const started = performance.now();
const built = ensureBuilt({ contentDir: writeLongContent() });
const seconds = (performance.now() - started) / 1000;
const page = (rel: string) => readFileSync(path.join(built.dir, rel, 'index.html'), 'utf8');
const chars = (text: string) => [...text].length;
const between = (html: string, open: RegExp, close: string) => {
  const start = html.search(open);
  return html.slice(html.indexOf('>', start) + 1, html.indexOf(close, start));
};

describe('a megabyte title, heading, clause line and department name', () => {
  it('build in seconds, not minutes', () => {
    expect(seconds).toBeLessThan(60);
  });

  it('keep their full text on their own pages', () => {
    const doc = page('documents/alpha-plan');
    const shown = doc.replace(/<[^>]+>/g, '');
    expect(shown).toContain(line);
    expect(shown).toContain(heading);
    expect(between(doc, /<div id="_top"[^>]*><h1/, '</h1>').replace(/<[^>]+>/g, '')).toBe(title);
    expect(between(page('departments/d-jsfgw'), /<div id="_top"[^>]*><h1/, '</h1>').replace(/<[^>]+>/g, '')).toContain(
      name,
    );
  });

  it('are clipped in <title> and in the meta tags', () => {
    const doc = page('documents/alpha-plan');
    expect(chars(between(doc, /<title>/, '</title>'))).toBe(textLimits.title + ' | 政策通'.length);
    for (const [, value] of doc.matchAll(
      /<meta (?:property|name)="(?:og:title|og:description|description)" content="([^"]*)"/g,
    )) {
      expect(chars(value!)).toBeLessThanOrEqual(textLimits.description);
    }
  });

  it('are mentioned in short on other pages', () => {
    const short = (text: string) => text.slice(0, textLimits.reference - 1) + '…';
    const mentions: Array<[string, string]> = [
      ['documents', title],
      ['tasks', title],
      ['tasks/alpha-plan', title],
      ['timeline', title],
      ['targets', title],
      ['checks/indicators/alpha-plan', title],
      ['departments', name],
      ['departments/d-jsstj', title],
    ];
    for (const [rel, text] of mentions) {
      const html = page(rel);
      expect(html.length, rel).toBeLessThan(300_000);
      expect(html, rel).toContain(short(text));
    }
  });

  it('reach the search index as short metadata and at most the indexed share of text', () => {
    for (const fragment of searchFragments(built.dir)) {
      expect(chars(fragment.meta.title ?? ''), fragment.url).toBeLessThanOrEqual(textLimits.title);
      expect(fragment.content.length, fragment.url).toBeLessThan(12 * textLimits.indexed);
    }
  });
});

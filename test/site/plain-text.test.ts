import { describe, expect, it } from 'vitest';
import { clip, indexedEnd, reference, shortLine, singleLine, textLimits } from '../../src/components/lib/plain-text.ts';
import { resultTitle } from '../../src/components/lib/search-values.ts';
import { plainHead } from '../../src/components/lib/head.ts';

describe('short lines of source text', () => {
  it('clips to the limit, the ellipsis counted in', () => {
    expect(clip('甲乙丙丁', 4)).toBe('甲乙丙丁');
    expect(clip('甲乙丙丁戊', 4)).toBe('甲乙丙…');
    expect([...clip('碳'.repeat(1000), textLimits.title)].length).toBe(textLimits.title);
  });
  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(clip('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
    expect(clip('甲𠀀𠀁', 2)).toBe('甲…');
    expect(indexedEnd('甲'.repeat(textLimits.indexed - 1) + '𠀀')).toBe(textLimits.indexed - 1);
  });
  it('folds line breaks and drops control and direction-override characters', () => {
    expect(singleLine(' 甲\r\n乙\t丙\u0007丁\u202e戊 ')).toBe('甲 乙 丙丁戊');
  });
  it('makes a megabyte one short line without scanning it all', () => {
    const started = performance.now();
    expect(shortLine('碳 '.repeat(500_000), 10)).toBe('碳 碳 碳 碳 碳…');
    expect(performance.now() - started).toBeLessThan(50);
  });
  it('mentions a long name in full up to the reference limit', () => {
    expect(reference('市发改委')).toBe('市发改委');
    expect([...reference('委'.repeat(5000))].length).toBe(textLimits.reference);
  });
});

describe('values for the search index', () => {
  it('keeps a result title’s characters, on one short line', () => {
    expect(resultTitle('甲</title>\n<script>')).toBe('甲</title> <script>');
    expect([...resultTitle('题'.repeat(500))].length).toBe(textLimits.title);
  });
});

describe('the <head> entries Starlight hands the site', () => {
  const long = '题'.repeat(500);
  const head = [
    { tag: 'meta' as const, attrs: { charset: 'utf-8' } },
    { tag: 'title' as const, content: `${long} | 政策通` },
    { tag: 'meta' as const, attrs: { property: 'og:title', content: long } },
    { tag: 'meta' as const, attrs: { name: 'description', content: `${long}\n${long}` } },
    { tag: 'link' as const, attrs: { rel: 'canonical', href: 'https://example.org/documents/x/' } },
  ];

  it('clip the title, keeping the site name whole', () => {
    const title = plainHead(head, long).find((e) => e.tag === 'title')!.content!;
    expect(title).toBe(`${'题'.repeat(textLimits.title - 1)}… | 政策通`);
  });
  it('clip the meta values that repeat source text, and leave links alone', () => {
    const out = plainHead(head, long);
    expect([...String(out[2]!.attrs!.content)].length).toBe(textLimits.title);
    expect([...String(out[3]!.attrs!.content)].length).toBe(textLimits.description);
    expect(out[4]).toEqual(head[4]);
  });
  it('refuse an entry with content that would have to run as script', () => {
    expect(() => plainHead([{ tag: 'script', content: 'alert(1)' }], 'x')).toThrow(/只以纯文本写入/);
  });
});

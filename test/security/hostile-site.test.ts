/**
 * The site built from an attacker's content (hostile-content.ts), read as files: the build
 * succeeds, the <head> holds text where the payloads went, the search index stores no filter values
 * (which its dialog would render as markup), and the open data keeps formulas and calendar properties out.
 * The browser half of this suite is test/e2e/hostile.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { textLimits } from '../../src/components/lib/plain-text.ts';
import { ensureBuilt } from '../site/support/build.ts';
import { attempts, writeHostileContent } from './hostile-content.ts';
import { searchFragments } from './search-index.ts';

type Element = DefaultTreeAdapterTypes.Element;

const built = ensureBuilt({ contentDir: writeHostileContent() });
const read = (...parts: string[]) => readFileSync(path.join(built.dir, ...parts), 'utf8');

function elements(html: string): Element[] {
  const out: Element[] = [];
  const stack: DefaultTreeAdapterTypes.Node[] = [parse(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) out.push(node);
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (el: Element) => el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const head = (rel: string) => elements(read(rel, 'index.html')).filter((el) => el.parentNode?.nodeName === 'head');

describe('the <head> of a page whose title is a payload', () => {
  const tags = head('documents/alpha-plan');

  it('has one <title>, holding the clipped title as text', () => {
    const titles = tags.filter((el) => el.tagName === 'title');
    expect(titles).toHaveLength(1);
    expect(text(titles[0]!)).toBe(`${attempts.titleScript.payload.slice(0, textLimits.title - 1)}… | 政策通`);
  });

  it('carries no element the payload spells (script, meta refresh), only the ones the site writes', () => {
    const kinds = tags.map((el) => `${el.tagName}${attr(el, 'http-equiv') ? `[${attr(el, 'http-equiv')}]` : ''}`);
    // Starlight's ThemeProvider keeps its icons in a <template> in the head.
    expect(new Set(kinds)).toEqual(
      new Set(['meta', 'meta[Content-Security-Policy]', 'title', 'link', 'script', 'template']),
    );
    const scripts = tags.filter((el) => el.tagName === 'script' && !attr(el, 'src'));
    for (const s of scripts) expect(text(s)).not.toMatch(/127\.0\.0\.2|alert/);
  });

  it('puts the clipped payload into og:title and the description as attribute text', () => {
    const meta = (key: string) =>
      attr(
        tags.find((el) => attr(el, 'property') === key || attr(el, 'name') === key)!,
        'content',
      )!;
    expect(meta('og:title')).toBe(`${attempts.titleScript.payload.slice(0, textLimits.title - 1)}…`);
    expect(meta('description')).toContain(attempts.issuerImage.payload);
    expect(meta('description')).toContain(attempts.docNumber.payload);
    expect([...meta('description')].length).toBeLessThanOrEqual(textLimits.description);
  });

  it('is the same for a title that tries a refresh', () => {
    const beta = head('documents/beta-pilot');
    expect(beta.some((el) => attr(el, 'http-equiv')?.toLowerCase() === 'refresh')).toBe(false);
    expect(text(beta.find((el) => el.tagName === 'title')!)).toBe(`${attempts.titleRefresh.payload} | 政策通`);
  });
});

describe('the search index', () => {
  const fragments = searchFragments(built.dir);

  it('indexes every page that has a payload', () => {
    expect(fragments.length).toBeGreaterThan(10);
  });

  it('stores no filter values (its dialog renders them as HTML, and each filter grows the first search)', () => {
    const values = fragments.flatMap((f) => Object.values(f.filters).flat());
    expect(values).toEqual([]);
  });

  it('stores a short title per page, the payload kept as text', () => {
    const page = fragments.find((f) => f.url === '/documents/alpha-plan/')!;
    expect(page.meta.title).toBe(`${attempts.titleScript.payload.slice(0, textLimits.title - 1)}…`);
    for (const f of fragments) expect([...(f.meta.title ?? '')].length, f.url).toBeLessThanOrEqual(textLimits.title);
  });
});

describe('open data from hostile content', () => {
  it("departments.csv shows =1+2局 as text: a leading ' inside quotes", () => {
    const csv = read('data', 'departments.csv');
    const row = csv.split('\r\n').find((line) => line.startsWith('d-jsstj,'))!;
    expect(row.split(',')[1]).toBe(`"'=1+2局"`);
  });

  it('milestones.ics keeps a label with CR, LF and a property name inside one SUMMARY', () => {
    const ics = read('data', 'milestones.ics');
    expect(ics.split('\r\n').filter((l) => l.startsWith('DTSTART:'))).toEqual([]);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const label = events.find((e) => e.summary.includes('报送申报材料'))!;
    expect(label.summary.startsWith(attempts.milestoneLabel.payload.replace(/\r\n/g, '\n'))).toBe(true);
    expect(label.startDate.toString()).toBe('2025-01-10');
  });

  it('documents.json keeps the source address as data, for other tools to judge', () => {
    const docs = JSON.parse(read('data', 'documents.json')) as Array<{ id: string; sourceUrl: string | null }>;
    expect(docs.find((d) => d.id === 'beta-pilot')?.sourceUrl).toBe(attempts.sourceUrl.payload);
  });
});

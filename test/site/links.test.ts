import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import { brokenLinks } from './support/links.ts';
import { siteUrl } from '../../src/build/env.ts';

describe.each(['/', '/policy/'])('the site built for base path %s', (base) => {
  const built = ensureBuilt({ base });

  it('has no broken href or src anywhere in dist/', () => {
    const { checked, broken } = brokenLinks(built.dir, built.base, siteUrl());
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('lists only pages under the base path in its sitemap', () => {
    const index = readFileSync(path.join(built.dir, 'sitemap-index.xml'), 'utf8');
    const sitemap = readFileSync(path.join(built.dir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(index).toContain(`${base}sitemap-0.xml`);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.pathname.startsWith(base)).toBe(true);
    expect(locs.some((loc) => loc.pathname.endsWith('/404/'))).toBe(false);
  });

  it('points robots.txt at the sitemap under the base path', () => {
    const robots = readFileSync(path.join(built.dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base}sitemap-index.xml$`, 'm'));
  });
});

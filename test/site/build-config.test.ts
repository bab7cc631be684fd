import { describe, expect, it } from 'vitest';
import { basePath, outDir, siteUrl } from '../../scripts/build/env.ts';
import { buildPolicy, collectInline, emptyFindings, headersFile, injectMeta, sha256 } from '../../scripts/build/csp.ts';

describe('deployment settings', () => {
  it.each([
    [{}, '/'],
    [{ BASE_PATH: 'policy' }, '/policy/'],
    [{ BASE_PATH: '/policy' }, '/policy/'],
    [{ BASE_PATH: '/a/b/' }, '/a/b/'],
    [{ SITE_URL: 'https://example.github.io/policy' }, '/policy/'],
    [{ SITE_URL: 'https://example.github.io/policy', BASE_PATH: '/other/' }, '/other/'],
  ])('BASE_PATH from %o is %s', (env, base) => {
    expect(basePath(env)).toBe(base);
  });
  it('takes the origin of SITE_URL and defaults the output to dist/', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/policy/' })).toBe('https://example.org');
    expect(outDir({})).toBe('./dist');
  });
});

describe('Content-Security-Policy', () => {
  const html =
    '<html><head><meta charset="utf-8"/><script>a()</script><script type="module" src="/x.js"></script>' +
    '<style>b{}</style></head><body><dialog style="padding:0"></dialog></body></html>';

  it('allows each inline script and style by its hash and nothing inline otherwise', () => {
    const found = emptyFindings();
    collectInline(html, found, 'index.html');
    const policy = buildPolicy(found);
    expect(policy.header).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('a()')}`);
    expect(policy.header).toContain(`style-src 'self' ${sha256('b{}')} 'unsafe-hashes' ${sha256('padding:0')}`);
    expect(policy.header).not.toContain("'unsafe-inline'");
    expect(policy.meta).not.toContain('frame-ancestors');
  });

  it('finds inline event handlers, which no hash can allow', () => {
    const found = emptyFindings();
    collectInline('<button onclick="x()">', found, 'a.html');
    expect(found.eventHandlers).toEqual(['a.html: onclick']);
  });

  it('puts the meta policy right after <meta charset>', () => {
    const out = injectMeta(html, { header: 'h', meta: "default-src 'self'" });
    expect(out).toMatch(/^<html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'">/);
    expect(injectMeta(out, { header: 'h', meta: 'x' })).toBe(out);
  });

  it('writes asset rules for both the bare and the base-prefixed path', () => {
    const file = headersFile({ header: "default-src 'self'", meta: '' }, '/policy/');
    expect(file).toContain('/*\n  Content-Security-Policy: default-src \'self\'');
    expect(file).toContain('/policy/_astro/*');
    expect(file).toContain('\n/_astro/*');
  });
});

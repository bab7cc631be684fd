import { describe, expect, it } from 'vitest';
import { basePath, outDir, siteUrl } from '../../src/build/env.ts';
import { buildPolicy, headersFile, injectMeta, sha256 } from '../../src/build/csp.ts';
import { eachLimited } from '../../src/build/each-limited.ts';

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
  const allowed = {
    scripts: new Set([sha256('a()')]),
    styles: new Set([sha256('b{}')]),
    styleAttributes: new Set(['padding:0']),
  };

  it('allows the given inline scripts and styles by hash and nothing inline otherwise', () => {
    const policy = buildPolicy(allowed);
    expect(policy.header).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('a()')};`);
    expect(policy.header).toContain(`style-src 'self' ${sha256('b{}')} 'unsafe-hashes' ${sha256('padding:0')};`);
    expect(policy.header).not.toContain("'unsafe-inline'");
    expect(policy.meta).not.toContain('frame-ancestors');
  });

  it('never lets a script attribute through by hash: script-src has no unsafe-hashes', () => {
    const scriptSrc = /script-src [^;]*/.exec(buildPolicy(allowed).header)?.[0];
    expect(scriptSrc).not.toContain("'unsafe-hashes'");
  });

  it('puts the meta policy where it is told, replacing an old one', () => {
    const html = '<html><head><meta charset="utf-8"/><title>x</title></head></html>';
    const at = html.indexOf('<title>');
    const out = injectMeta(html, { header: 'h', meta: "default-src 'self'" }, { insert: at });
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
    expect(out).toBe(`<html><head><meta charset="utf-8"/>${policy}<title>x</title></head></html>`);
    const old = out.indexOf('<meta http-equiv');
    const again = injectMeta(out, { header: 'h', meta: 'x' }, { insert: old, replace: [old, out.indexOf('<title>')] });
    const replaced = '<meta http-equiv="Content-Security-Policy" content="x">';
    expect(again).toBe(`<html><head><meta charset="utf-8"/>${replaced}<title>x</title></head></html>`);
  });

  it('writes asset rules for both the bare and the base-prefixed path', () => {
    const file = headersFile({ header: "default-src 'self'", meta: '' }, '/policy/');
    expect(file).toContain("/*\n  Content-Security-Policy: default-src 'self'");
    expect(file).toContain('/policy/_astro/*');
    expect(file).toContain('\n/_astro/*');
  });
});

describe('the post-build walk over pages', () => {
  it('keeps at most the given number of pages in flight, and visits each once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await eachLimited(
      Array.from({ length: 1000 }, (_, i) => i),
      8,
      async (i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        seen.push(i);
        inFlight--;
      },
    );
    expect(most).toBe(8);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});

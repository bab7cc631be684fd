/**
 * The post-build inspection on single pages: what it refuses, and that text which only looks like
 * code (inside an attribute, inside <title>) is left alone, as a browser leaves it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allowedStyleAttribute, inspectPage, scriptUrl } from '../../src/build/inspect-page.ts';
import { sha256 } from '../../src/build/csp.ts';
import { trustedInline } from '../../src/build/trusted-inline.ts';
import { root } from '../site/support/build.ts';

const trusted = await trustedInline(path.join(root, 'src'));

function page(head: string, body = ''): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/>${head}</head><body>${body}</body></html>`;
}
const rules = (html: string) => inspectPage(html, 'x/index.html', '/', trusted).problems.map((p) => [p.rule, p.detail]);

describe('what the site writes inline, read from its sources', () => {
  it('knows Starlight’s inline scripts, Astro’s island runtime and client:load', () => {
    const origins = [...trusted.scripts.values()];
    expect(origins).toEqual(
      expect.arrayContaining([
        '@astrojs/starlight/components/ThemeProvider.astro',
        'astro: island runtime',
        'astro: client:load',
      ]),
    );
    expect(origins.some((o) => o.includes('SidebarPersister.astro'))).toBe(true);
  });
  it('trusts a script by its whole body, not by how it starts', () => {
    expect(trusted.scripts.has(sha256('\n\twindow.StarlightThemeProvider = (() => {'))).toBe(false);
  });
});

describe('a page the site wrote', () => {
  it('passes with its text, however code-like, in attributes and in <title>', () => {
    const html = page(
      '<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; | 政策通</title>' +
        '<meta property="og:title" content="</title><script>alert(1)</script><img src=x onerror=alert(2)>&quot;\'">',
      '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>' +
        '<a href="/documents/x/" title="&quot; onmouseover=&quot;alert(1)">javascript:alert(1)</a>' +
        '<span data-pagefind-filter="文件:＜img src=x onerror=alert(1)＞"></span><p style="--depth: 1;">x</p>',
    );
    expect(rules(html)).toEqual([]);
  });
  it('passes with Starlight’s own inline script, whose hash goes into the policy', () => {
    const source = readFileSync(
      fileURLToPath(import.meta.resolve('@astrojs/starlight/components/ThemeProvider.astro')),
      'utf8',
    );
    const body = /<script is:inline>([\s\S]*?)<\/script>/.exec(source)![1]!;
    const report = inspectPage(page(`<script>${body}</script>`), 'x', '/', trusted);
    expect(report.problems).toEqual([]);
    expect([...report.scripts]).toEqual([sha256(body)]);
  });
});

describe('a page carrying what the site did not write', () => {
  it.each([
    ['an inline script', '<script>alert(1)</script>', 'inline-script'],
    ['a module script', '<script type="module">alert(1)</script>', 'inline-script'],
    ['a script in SVG', '<svg><script>alert(1)</script></svg>', 'inline-script'],
    ['a script in a template', '<template><script>alert(1)</script></template>', 'inline-script'],
    ['an import map', '<script type="importmap">{"imports":{}}</script>', 'inline-script'],
    ['a script from another site', '<script src="https://example.org/x.js"></script>', 'script-source'],
    ['a protocol-relative script', '<script src="//example.org/x.js"></script>', 'script-source'],
    ['a script outside /_astro/', '<script src="/data/tasks.json"></script>', 'script-source'],
    ['an onerror handler', '<img src=x onerror=alert(1)>', 'event-handler'],
    ['an SVG onload handler', '<svg onload=alert(1)></svg>', 'event-handler'],
    ['a handler in capitals', '<div ONCLICK="alert(1)"></div>', 'event-handler'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', 'script-url'],
    ['a javascript: link hidden by tabs and case', '<a href=" JaVa\tScRiPt:alert(1)">x</a>', 'script-url'],
    ['a javascript: link in SVG', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'script-url'],
    ['a javascript: form action', '<form action="javascript:alert(1)"></form>', 'script-url'],
    ['an iframe', '<iframe src="/x"></iframe>', 'element'],
    ['a srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'element'],
    ['an unknown inline style', '<style>body{display:none}</style>', 'inline-style'],
    ['a style attribute beyond custom properties', '<div style="position:fixed;inset:0"></div>', 'style-attribute'],
  ])('refuses %s', (_name, markup, rule) => {
    expect(rules(page('', markup)).map(([r]) => r)).toContain(rule);
  });
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/">', 'http-equiv'],
    ['a base element', '<base href="https://example.org/">', 'element'],
  ])('refuses %s in the head', (_name, markup, rule) => {
    expect(rules(page(markup)).map(([r]) => r)).toContain(rule);
  });
  it('sees a script where a browser does: after a </script> hidden in a quote', () => {
    const html = page('', '<script type="application/json">{"t":"</script><script>alert(1)</script>"}</script>');
    expect(rules(html)).toEqual([['inline-script', 'alert(1)']]);
  });
  it('sees a tag that closes <title> early', () => {
    expect(rules(page('<title>a</title><script>alert(1)</script>b</title>')).map(([r]) => r)).toEqual([
      'inline-script',
    ]);
  });
});

describe('the shape of allowed style attributes and script URLs', () => {
  it('allows literal Starlight styles and custom properties only', () => {
    expect(allowedStyleAttribute('display: none;', trusted.styleAttributes)).toBe(true);
    expect(allowedStyleAttribute('--sl-icon-size: 1em;', trusted.styleAttributes)).toBe(true);
    expect(allowedStyleAttribute('--x: url(//example.org/)', trusted.styleAttributes)).toBe(false);
    expect(allowedStyleAttribute('color: red', trusted.styleAttributes)).toBe(false);
  });
  it('reads a URL scheme as a browser does', () => {
    expect(scriptUrl('\u0001 javascript:x')).toBe(true);
    expect(scriptUrl('jav\nascript:x')).toBe(true);
    expect(scriptUrl('/documents/javascript:x')).toBe(false);
  });
});

describe('where the policy goes', () => {
  it('is right after <meta charset>, not after a charset-looking string in an attribute', () => {
    const html = page('<meta property="og:title" content="<meta charset=utf-8>"><title>t</title>');
    const { metaAt } = inspectPage(html, 'x', '/', trusted);
    expect(html.slice(0, metaAt.insert)).toMatch(/<head><meta charset="utf-8"\/>$/);
  });
});

import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the built site. Scripts and styles come from the site's own origin;
 * the few inline blocks the site writes (Starlight's theme and sidebar setup, Astro's island
 * runtime) are allowed by hashes computed from the packages that write them (trusted-inline.ts),
 * so text that became a script on the way is never approved by its own hash.
 */

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes the policy allows; each set holds only what the inspected pages carry. */
export interface Allowed {
  scripts: ReadonlySet<string>;
  styles: ReadonlySet<string>;
  /** style="…" values (not hashes): Starlight sets a few custom properties this way. */
  styleAttributes: ReadonlySet<string>;
}

export interface Policy {
  /** Directives for a response header. */
  header: string;
  /** The same without the directives a <meta> element may not carry. */
  meta: string;
}

export function buildPolicy(allowed: Allowed): Policy {
  const sorted = (set: Iterable<string>) => [...new Set(set)].sort();
  const styleHashes = sorted(allowed.styles);
  const attributeHashes = sorted([...allowed.styleAttributes].map(sha256));
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // Pagefind runs its search as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    // No 'unsafe-hashes' here: no event-handler attribute is allowed, whatever its hash.
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(allowed.scripts)]],
    [
      'style-src',
      [
        "'self'",
        ...styleHashes,
        // style="…" attributes written by Starlight can only be allowed by hash with 'unsafe-hashes'.
        ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : []),
      ],
    ],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  const render = (list: Array<[string, string[]]>) =>
    list.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
  return {
    header: render(directives),
    meta: render(directives.filter(([name]) => name !== 'frame-ancestors')),
  };
}

/**
 * Puts the policy in a <meta> element for hosts that cannot set headers (GitHub Pages), at the
 * place the page inspection found: right after <meta charset>, which must stay within the first
 * 1024 bytes, and before any script. A policy from an earlier run is replaced.
 */
export function injectMeta(html: string, policy: Policy, at: { insert: number; replace?: [number, number] }): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.meta}">`;
  let insert = at.insert;
  let page = html;
  if (at.replace) {
    const [start, end] = at.replace;
    page = page.slice(0, start) + page.slice(end);
    if (insert >= end) insert -= end - start;
    else if (insert > start) insert = start;
  }
  return page.slice(0, insert) + meta + page.slice(insert);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages and compatible hosts). Paths are matched against the
 * request URL, so under a sub-path the asset rules are written for both the bare and the prefixed path.
 */
export function headersFile(policy: Policy, base: string): string {
  const root = base.replace(/\/$/, '');
  const prefixes = root ? ['', root] : [''];
  return [
    '/*',
    `  Content-Security-Policy: ${policy.header}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    ...prefixes.flatMap((prefix) => [`${prefix}/_astro/*`, '  Cache-Control: public, max-age=31536000, immutable']),
    ...prefixes.flatMap((prefix) => [`${prefix}/data/*`, '  Access-Control-Allow-Origin: *']),
    '',
  ].join('\n');
}

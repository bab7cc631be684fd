import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the built site. Scripts and styles come from the site's own origin;
 * the few inline blocks Starlight writes (theme and shortcut setup) are allowed by their hashes,
 * found by reading the built HTML, so the policy always matches what was shipped.
 */

export interface InlineFindings {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
  eventHandlers: string[];
}

export function emptyFindings(): InlineFindings {
  return { scripts: new Set(), styles: new Set(), styleAttributes: new Set(), eventHandlers: [] };
}

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const scriptBlock = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const styleBlock = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const styleAttribute = /<[a-z][\w-]*\b[^>]*?\sstyle="([^"]*)"/gi;
const eventHandler = /<[a-z][\w-]*\b[^>]*?\s(on[a-z]+)=/gi;

/** Collects inline scripts, styles and style attributes of one HTML page into `into`. */
export function collectInline(html: string, into: InlineFindings, where: string): void {
  for (const [, attrs = '', body = ''] of html.matchAll(scriptBlock)) {
    if (/\ssrc=/i.test(attrs)) continue;
    // Data blocks (JSON-LD, import maps are not used here) never execute; CSP ignores them.
    if (/type="application\/(ld\+)?json"/i.test(attrs)) continue;
    into.scripts.add(sha256(body));
  }
  for (const [, body = ''] of html.matchAll(styleBlock)) into.styles.add(sha256(body));
  for (const [, value = ''] of html.matchAll(styleAttribute)) into.styleAttributes.add(sha256(decodeEntities(value)));
  for (const [, name] of html.matchAll(eventHandler)) into.eventHandlers.push(`${where}: ${name}`);
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface Policy {
  /** Directives for a response header. */
  header: string;
  /** The same without the directives a <meta> element may not carry. */
  meta: string;
}

export function buildPolicy(found: InlineFindings): Policy {
  const sorted = (set: Set<string>) => [...set].sort();
  const styleHashes = sorted(found.styles);
  const attributeHashes = sorted(found.styleAttributes);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // Pagefind runs its search as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(found.scripts)]],
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
  const render = (list: Array<[string, string[]]>) => list.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
  return {
    header: render(directives),
    meta: render(directives.filter(([name]) => name !== 'frame-ancestors')),
  };
}

/**
 * Puts the policy in a <meta> element for hosts that cannot set headers (GitHub Pages). It goes
 * right after <meta charset>, which must stay within the first 1024 bytes, and before any script.
 */
export function injectMeta(html: string, policy: Policy): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.meta}">`;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}${meta}`);
  return html.replace(/<head([^>]*)>/i, (open) => `${open}${meta}`);
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

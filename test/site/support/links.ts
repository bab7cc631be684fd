/**
 * Walks every href and src in a built site and reports those that do not resolve to a file in
 * it, or to an id on the target page. Links are resolved as a browser would from each page's URL
 * under the base path, so a link that forgets the base path is caught.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name));
}

const attribute = /<(a|link|script|img|source|iframe|area|form)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;
const cssUrl = /url\((['"]?)([^'")]+)\1\)/g;

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** The page's own URL path: dist/documents/x/index.html → /base/documents/x/ */
function pageUrl(dir: string, file: string, base: string): string {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  return base + rel.replace(/(^|\/)index\.html$/, '$1');
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

function targetFile(dir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const file = path.join(dir, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : null;
}

export function brokenLinks(dir: string, base: string, siteOrigin: string): { checked: number; broken: BrokenLink[] } {
  idCache.clear();
  const origin = 'http://site.invalid';
  const broken: BrokenLink[] = [];
  let checked = 0;
  const check = (page: string, from: string, raw: string) => {
    const link = decode(raw).trim();
    if (!link || /^(data|mailto|tel|javascript):/i.test(link)) {
      if (/^javascript:/i.test(link)) broken.push({ page, link, reason: 'javascript: URL' });
      return;
    }
    let url: URL;
    try {
      url = new URL(link.startsWith(siteOrigin) ? link.slice(siteOrigin.length) || '/' : link, origin + from);
    } catch {
      broken.push({ page, link, reason: 'not a URL' });
      return;
    }
    if (url.origin !== origin) return; // a link to another site (a source document), not a request
    checked++;
    const file = targetFile(dir, base, url.pathname);
    if (!file) {
      broken.push({ page, link, reason: url.pathname.startsWith(base) ? 'no such file' : `outside base path ${base}` });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment))
      broken.push({ page, link, reason: `no id "${fragment}"` });
  };
  for (const file of files(dir, '.html')) {
    const page = path.relative(dir, file);
    const from = pageUrl(dir, file, base);
    for (const m of readFileSync(file, 'utf8').matchAll(attribute)) check(page, from, m[3]!);
  }
  for (const file of files(dir, '.css')) {
    const page = path.relative(dir, file);
    const from = pageUrl(dir, file, base);
    for (const m of readFileSync(file, 'utf8').matchAll(cssUrl)) check(page, from, m[2]!);
  }
  return { checked, broken };
}

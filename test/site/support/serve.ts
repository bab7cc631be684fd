/**
 * A small static file server for dist/, mounted under the site's base path like a real host,
 * sending the Content-Security-Policy from dist/_headers so tests see what deployments see.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers of the `/*` block in a Netlify-style `_headers` file. */
export function globalHeaders(dir: string): Record<string, string> {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inGlobal = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ') && line.trim()) inGlobal = line.trim() === '/*';
    else if (inGlobal && line.includes(':')) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

export interface Served {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Site root with base path, e.g. http://127.0.0.1:41234/policy/ */
  url: string;
  /** Paths requested, in order. */
  log: string[];
  close: () => Promise<void>;
}

function resolveFile(dir: string, rel: string): string | null {
  const file = path.join(dir, rel);
  if (!file.startsWith(dir)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  return serveMany([{ dir, base }]);
}

/**
 * Several builds on one origin, each under its own base path, as a collection built in shards is
 * deployed (README 部署): each path is answered from its build, with that build's headers. The
 * first mount is the site's address.
 */
export async function serveMany(mounts: Array<{ dir: string; base: string }>): Promise<Served> {
  const log: string[] = [];
  const sites = mounts.map((m) => ({ ...m, headers: globalHeaders(m.dir) }));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(url.pathname);
    const pathname = decodeURIComponent(url.pathname);
    const { dir, base, headers } =
      [...sites].sort((a, b) => b.base.length - a.base.length).find((s) => pathname.startsWith(s.base)) ?? sites[0]!;
    const notFound = () => {
      const page = path.join(dir, '404.html');
      res.writeHead(404, { ...headers, 'Content-Type': types['.html']! });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    };
    if (!pathname.startsWith(base)) return notFound();
    // A directory without its trailing slash redirects, as static hosts do.
    const rel = pathname.slice(base.length);
    const file = resolveFile(dir, rel);
    if (!file) return notFound();
    if (file.endsWith('index.html') && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${pathname}/${url.search}` });
      return res.end();
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // Compressed as every static host compresses text; Lighthouse measures what is sent.
    if (
      /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
      /^(text|application\/(json|javascript|xml))|svg/.test(type)
    ) {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      return res.end(gzipSync(body));
    }
    res.writeHead(200, { ...headers, 'Content-Type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${mounts[0]!.base}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

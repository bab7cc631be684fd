/**
 * npm run bench (site part): builds the site and reports
 *   1. build time split into extract / astro / pagefind (and the post-build CSP step),
 *   2. per page type the bytes of HTML, CSS and JS a first visit loads, raw and gzip,
 *   3. the bytes a first search query fetches and its latency, in headless chromium.
 * Run alone with `npm exec -- tsx scripts/bench/bench-site.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../../test/site/support/serve.ts';
import { freshBrowser } from '../../test/site/support/chromium.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = path.join(root, 'dist');

function run(label: string, command: string, args: string[]): { ms: number; output: string } {
  const started = performance.now();
  const env = { ...process.env, BASE_PATH: '/', OUT_DIR: dist };
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label} failed`);
  }
  return { ms, output: `${result.stdout}\n${result.stderr}` };
}

/** `Finished building search index in 517ms` / `in 1.52s` → milliseconds. */
function loggedMs(output: string, pattern: RegExp): number {
  const m = pattern.exec(output);
  if (!m) return 0;
  return m[2] === 's' ? Number(m[1]) * 1000 : Number(m[1]);
}

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) =>
    Math.max(...rows.map((r) => [...r[i]!].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))),
  );
  const pad = (cell: string, i: number) => {
    const w = [...cell].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    return i === 0 ? cell + ' '.repeat(widths[i]! - w) : ' '.repeat(widths[i]! - w) + cell;
  };
  for (const [n, row] of rows.entries()) {
    console.log(row.map(pad).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

// ---- 1. build time ----
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const extract = run('extract', process.execPath, [tsx, 'scripts/extract.ts', '--quiet']);
const build = run('astro build', process.execPath, [astro, 'build']);
const pagefindMs = loggedMs(build.output, /Finished building search index in ([\d.]+)(ms|s)/);
const postMs = loggedMs(build.output, /CSP：.*用时 ([\d.]+)(ms)/);
console.log('site build');
table([
  ['step', 'ms'],
  ['extract (tsx scripts/extract.ts)', extract.ms.toFixed(0)],
  ['astro (render pages, data, sitemap)', (build.ms - pagefindMs - postMs).toFixed(0)],
  ['pagefind (search index)', pagefindMs.toFixed(0)],
  ['post-build (CSP hashes, _headers)', postMs.toFixed(0)],
  ['total', (extract.ms + build.ms).toFixed(0)],
]);

// ---- 2. bytes per page type ----
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const typeOf = (file: string): string => {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  const [first, second] = file.split(path.sep);
  const plural = second && second !== 'index.html';
  const names: Record<string, [string, string]> = {
    documents: ['document list', 'document'],
    tasks: ['task table (all)', 'task table (one document)'],
    departments: ['department index', 'department'],
    targets: ['targets', 'targets'],
    timeline: ['timeline', 'timeline'],
    data: ['open data', 'open data'],
    checks: ['self-check index', `self-check (${second})`],
  };
  const pair = names[first!];
  return pair ? pair[plural ? 1 : 0] : first!;
};

/** A JS module and every module it imports statically, as files in dist/; dynamic imports go to `lazy`. */
function moduleGraph(file: string, seen: Set<string>, lazy?: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    moduleGraph(path.resolve(path.dirname(file), m[1]!), seen, lazy);
  }
  for (const m of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g))
    lazy?.add(path.resolve(path.dirname(file), m[1]!));
}

function pageBytes(file: string) {
  const html = readFileSync(path.join(dist, file));
  const text = html.toString('utf8');
  const local = (href: string) => path.join(dist, href.replace(/^\//, '').split('#')[0]!);
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(local(m[1]!)));
  const styles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]!));
  const modules = new Set<string>();
  for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) moduleGraph(local(m[1]!), modules);
  const inline = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
  const js = [...[...modules].map((f) => readFileSync(f)), ...inline];
  const size = (list: Buffer[]) =>
    [list.reduce((n, b) => n + b.length, 0), list.reduce((n, b) => n + gzipSync(b).length, 0)] as const;
  return { html: [html.length, gzipSync(html).length] as const, css: size([...css, ...styles]), js: size(js) };
}

const byType = new Map<string, string[]>();
for (const file of htmlFiles(dist)) byType.set(typeOf(file), [...(byType.get(typeOf(file)) ?? []), file]);
const rows: string[][] = [
  ['page type', 'pages', 'HTML KB', 'HTML gz', 'CSS KB', 'CSS gz', 'JS KB', 'JS gz', 'largest page'],
];
for (const [type, files] of [...byType].sort()) {
  const measured = files.map((f) => ({ f, ...pageBytes(f) }));
  const largest = measured.reduce((a, b) => (b.html[0] > a.html[0] ? b : a));
  const avg = (pick: (m: (typeof measured)[number]) => number) =>
    measured.reduce((n, m) => n + pick(m), 0) / measured.length;
  rows.push([
    type,
    String(files.length),
    `${kb(avg((m) => m.html[0]))} (max ${kb(largest.html[0])})`,
    kb(avg((m) => m.html[1])),
    kb(avg((m) => m.css[0])),
    kb(avg((m) => m.css[1])),
    kb(avg((m) => m.js[0])),
    kb(avg((m) => m.js[1])),
    largest.f.replace(/\/index\.html$/, '/'),
  ]);
}
console.log('\nbytes a first visit loads, per page (average over pages of the type)');
table(rows);
{
  // Starlight loads its search UI on every page once the browser is idle (a dynamic import).
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = new Set<string>();
  const lazy = new Set<string>();
  for (const m of home.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    moduleGraph(path.join(dist, m[1]!.replace(/^\//, '')), entry, lazy);
  const idle = new Set<string>();
  for (const file of lazy) if (!entry.has(file)) moduleGraph(file, idle);
  const files = [...idle].filter((f) => !entry.has(f)).map((f) => readFileSync(f));
  const raw = files.reduce((n, b) => n + b.length, 0);
  const gz = files.reduce((n, b) => n + gzipSync(b).length, 0);
  console.log(
    `+ Starlight's search UI, fetched on every page when the browser is idle: ${kb(raw)} KB (${kb(gz)} KB gzip)`,
  );
}

// ---- 3. first search query ----
const queries = ['发改委', '林草覆盖率', '65.2%'];
const served = await serve(dist, '/');
const browser = await freshBrowser();
const { context } = browser;
const searchRows: string[][] = [
  ['query (fresh browser cache)', 'requests', 'KB fetched', 'of which pagefind/', 'latency ms'],
];
try {
  for (const query of queries) {
    await context.clearCookies();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(served.url, { waitUntil: 'networkidle' });
    const fetched: Array<{ url: string; bytes: number }> = [];
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      const file = path.join(dist, decodeURIComponent(url.pathname));
      fetched.push({ url: url.pathname, bytes: existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0 });
    });
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await input.waitFor();
    const started = performance.now();
    await input.fill(query);
    await page.waitForFunction(() => {
      const results = [...document.querySelectorAll('#starlight__search .pagefind-ui__result')];
      return (
        results.length > 0 && results.every((r) => r.querySelector('.pagefind-ui__result-link')?.textContent?.trim())
      );
    });
    const latency = performance.now() - started;
    await page.waitForTimeout(100);
    const total = fetched.reduce((n, f) => n + f.bytes, 0);
    const pagefind = fetched.filter((f) => f.url.includes('/pagefind/')).reduce((n, f) => n + f.bytes, 0);
    searchRows.push([query, String(fetched.length), kb(total), kb(pagefind), latency.toFixed(0)]);
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
console.log(
  '\nfirst search query after opening the search dialog (includes Pagefind runtime, WASM, index chunks and ' +
    'result fragments; latency = typing to all result titles shown, includes the UI’s input debounce)',
);
table(searchRows);

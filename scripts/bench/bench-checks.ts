/**
 * The self-check islands' JavaScript, measured from the built site: for each
 * island, every file the browser loads to wake it (component, renderer and
 * their static imports), raw and gzip. Also confirms that no page outside
 * /checks/ loads an island. Run after `npm run build`; part of `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The site's benchmark (bench-site.ts) builds into dist/ at the root path just before this runs.
const dist = path.resolve('dist');
const base = '/';

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log(`self-check islands: ${path.relative(process.cwd(), dist)}/ not built; run \`npm run build\` first.`);
  process.exit(0);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** A site URL (`/base/_astro/x.js`) as a file in dist/. */
function fileOf(url: string): string {
  const rootRelative = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return path.join(dist, rootRelative);
}

/** Static imports of an ES module as written by Vite: `import"../a.js"`, `from"../b.js"`. */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
    found.add(path.resolve(path.dirname(file), match[1]!));
  }
  return [...found];
}

function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return [...seen].sort();
}

interface Island {
  name: string;
  files: string[];
  pages: string[];
}

const islands = new Map<string, Island>();
const strays: string[] = [];
const pagePath = (file: string) =>
  `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`.replace(/\/+$/, '/');

for (const html of htmlFiles(dist)) {
  const text = readFileSync(html, 'utf8');
  for (const tag of text.matchAll(/<astro-island\b[^>]*>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag[0])?.[1] ?? '';
    const component = attr('component-url');
    if (!/\/(EligibilityCheck|IndicatorCheck|AcceptanceCalculator)\./.test(component)) continue;
    const name = /\/([A-Za-z]+)\.[^/]*\.js$/.exec(component)?.[1] ?? component;
    const page = pagePath(html);
    if (!page.startsWith('/checks/')) strays.push(`${page} loads ${name}`);
    const island = islands.get(name) ?? { name, files: [], pages: [] };
    island.files = closure([...island.files, fileOf(component), fileOf(attr('renderer-url'))]);
    island.pages.push(page);
    islands.set(name, island);
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('self-check islands (JS to hydrate, all files incl. shared Preact runtime)');
console.log(
  `${'island'.padEnd(22)} ${'pages'.padStart(5)} ${'files'.padStart(5)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
);
for (const island of [...islands.values()].sort((a, b) => a.name.localeCompare(b.name))) {
  const raw = island.files.reduce((n, f) => n + statSync(f).size, 0);
  const gzip = island.files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const counts = `${String(island.pages.length).padStart(5)} ${String(island.files.length).padStart(5)}`;
  console.log(`${island.name.padEnd(22)} ${counts} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)}`);
  for (const f of island.files) {
    const bytes = readFileSync(f);
    const gzipped = kb(gzipSync(bytes, { level: 9 }).length);
    console.log(`  ${path.relative(dist, f).padEnd(40)} ${kb(bytes.length).padStart(10)} ${gzipped.padStart(10)}`);
  }
}
if (islands.size === 0) console.log('  (no self-check islands found in the build)');
if (strays.length) {
  console.log(`islands on pages outside /checks/: ${strays.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('no page outside /checks/ loads a self-check island');
}

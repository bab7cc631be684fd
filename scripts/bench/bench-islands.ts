/**
 * What each page's own scripts weigh, gzip, over the built dist/: the filter islands of the task
 * table, targets, timeline and document list (budget 5 KB each) and the self-check islands. A
 * script counts with every chunk it imports, less what Starlight loads on every page anyway.
 * Exits non-zero when a filter island is over budget. Run by `npm run bench` after a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.OUT_DIR ?? 'dist';
const budget = 5 * 1024;

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) =>
    path.join(path.dirname(file), m[1]!),
  );

/** A script and all it imports, transitively. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const next of imports(file)) closure(next, seen);
  return seen;
}

function scriptsOf(page: string): string[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  return [
    ...html.matchAll(/<script type="module" src="\/?(?:[^"]*\/)?(_astro\/[^"]+)"/g),
    ...html.matchAll(/component-url="\/?(?:[^"]*\/)?(_astro\/[^"]+)"/g),
    ...html.matchAll(/renderer-url="\/?(?:[^"]*\/)?(_astro\/[^"]+)"/g),
  ].map((m) => path.join(dist, m[1]!));
}

const everyPage = new Set(scriptsOf('404.html').flatMap((s) => [...closure(s)]));
const gz = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);

const pages: Array<[string, string, boolean]> = [
  ['task table (filters)', 'tasks/index.html', true],
  ['targets (filters)', 'targets/index.html', true],
  ['timeline (filters)', 'timeline/index.html', true],
  ['document list (filters)', 'documents/index.html', true],
  ['eligibility check (island)', `checks/eligibility/${firstCheck('eligibility')}/index.html`, false],
  ['indicator check (island)', `checks/indicators/${firstCheck('indicators')}/index.html`, false],
];

function firstCheck(kind: string): string {
  const index = readFileSync(path.join(dist, 'checks/index.html'), 'utf8');
  return new RegExp(`/checks/${kind}/([a-z0-9-]+)/`).exec(index)?.[1] ?? '';
}

if (!existsSync(path.join(dist, 'index.html'))) {
  console.log('page scripts: skipped (build the site first)');
} else {
  console.log('page scripts (gzip, with their imports, beyond Starlight’s own)');
  for (const [label, page, filter] of pages) {
    if (!existsSync(path.join(dist, page))) continue;
    const own = new Set(
      scriptsOf(page)
        .flatMap((s) => [...closure(s)])
        .filter((f) => !everyPage.has(f)),
    );
    const size = gz(own);
    const over = filter && size > budget;
    if (over) process.exitCode = 1;
    const note = filter ? `  (budget ${budget / 1024} KB${over ? ', OVER' : ''})` : '';
    console.log(`  ${label.padEnd(28)} ${(size / 1024).toFixed(1).padStart(6)} KB${note}`);
  }
}

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractAll, type SourceFile } from './extract-all.ts';
import { summaryLines } from './emit/summary.ts';

/**
 * npm run extract [-- --check] [--quiet] [--verbose]
 * Reads policy-sources/*.txt (with optional <slug>.meta.yaml sidecars), writes
 * content/. With --check, writes nothing and exits 1 when content/ is stale.
 */
const args = new Set(process.argv.slice(2));
const sourcesDir = process.env.POLICY_SOURCES ?? 'policy-sources';
const contentDir = process.env.POLICY_CONTENT ?? 'content';

function readSources(): SourceFile[] {
  if (!existsSync(sourcesDir)) return [];
  const names = readdirSync(sourcesDir).sort();
  const out: SourceFile[] = [];
  for (const name of names) {
    if (!/\.txt$/i.test(name)) {
      if (!/\.meta\.ya?ml$/.test(name) && !/^readme/i.test(name) && !name.startsWith('.')) console.warn(`${sourcesDir}/${name}: skipped: only .txt sources and .meta.yaml sidecars are read`);
      continue;
    }
    const base = name.replace(/\.txt$/i, '');
    const sidecarName = [`${base}.meta.yaml`, `${base}.meta.yml`].find((n) => names.includes(n));
    out.push({
      file: `${sourcesDir}/${name}`,
      bytes: readFileSync(join(sourcesDir, name)),
      ...(sidecarName ? { sidecar: { file: `${sourcesDir}/${sidecarName}`, text: readFileSync(join(sourcesDir, sidecarName), 'utf8') } } : {}),
    });
  }
  return out;
}

function main(): number {
  const started = performance.now();
  const sources = readSources();
  if (!sources.length) {
    console.error(`${sourcesDir}: no .txt policy sources found`);
    return 1;
  }
  const extraction = extractAll(sources);
  if (!args.has('--quiet') || extraction.errors.length) {
    for (const line of summaryLines(extraction, args.has('--verbose'))) console.log(line);
  }
  if (extraction.errors.length) {
    for (const e of extraction.errors) console.error(e);
    console.error(`extract: ${extraction.errors.length} error(s); content/ left unchanged`);
    return 1;
  }

  const expected = extraction.files;
  const existing = listContent();
  const stale = [...expected].filter(([path, text]) => !existsSync(join(contentDir, path)) || readFileSync(join(contentDir, path), 'utf8') !== text).map(([p]) => p);
  const extra = existing.filter((p) => !expected.has(p));
  if (args.has('--check')) {
    if (stale.length || extra.length) {
      console.error(`content/ is stale: ${[...stale, ...extra.map((p) => `${p} (no source)`)].join(', ')}. Run npm run extract and commit content/.`);
      return 1;
    }
    if (!args.has('--quiet')) console.log(`content/ is up to date (${expected.size} files)`);
    return 0;
  }
  for (const path of extra) rmSync(join(contentDir, path));
  for (const path of stale) {
    mkdirSync(dirname(join(contentDir, path)), { recursive: true });
    writeFileSync(join(contentDir, path), expected.get(path)!);
  }
  if (!args.has('--quiet')) console.log(`content/: ${stale.length} file(s) written, ${extra.length} removed, ${expected.size - stale.length} unchanged (${Math.round(performance.now() - started)} ms)`);
  return 0;
}

function listContent(): string[] {
  if (!existsSync(contentDir)) return [];
  const top = readdirSync(contentDir).filter((n) => n.endsWith('.json'));
  const docs = existsSync(join(contentDir, 'documents')) ? readdirSync(join(contentDir, 'documents')).filter((n) => n.endsWith('.json')).map((n) => `documents/${n}`) : [];
  return [...top, ...docs];
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`extract: internal error: ${(e as Error).message}`);
  process.exitCode = 2;
}

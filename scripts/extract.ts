import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractMany } from './extract-many.ts';
import { summaryLines } from './6-emit/summary.ts';
import { diffContent, writeContent } from './6-emit/write-content.ts';
import { ExtractError } from './lib/errors.ts';
import { say } from './lib/messages.ts';
import { readSources, SOURCE_EXTENSIONS } from './0-sources/read-sources.ts';

/**
 * npm run extract [-- --check] [--quiet] [--verbose] [--no-cache]
 * Reads policy-sources/ (sources with optional <slug>.meta.yaml sidecars) and replaces content/
 * whole. With --check, writes nothing and exits 1 when content/ is stale. Documents unchanged since
 * the last run come from .cache/extract/ (EXTRACT_CACHE); --no-cache extracts every one again.
 */
const FLAGS = {
  check: { type: 'boolean' },
  quiet: { type: 'boolean' },
  verbose: { type: 'boolean' },
  'no-cache': { type: 'boolean' },
} as const;
const sourcesDir = process.env.POLICY_SOURCES ?? 'policy-sources';
const contentDir = process.env.POLICY_CONTENT ?? 'content';
// The cache sits beside content/, so a second content folder (a test's, a shard's) has its own.
const cacheDir = process.env.EXTRACT_CACHE ?? path.join(path.dirname(path.resolve(contentDir)), '.cache', 'extract');

function readFlags(): { check: boolean; quiet: boolean; verbose: boolean; cache: boolean } | null {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: FLAGS,
      strict: true,
      allowPositionals: false,
    });
    return { check: !!values.check, quiet: !!values.quiet, verbose: !!values.verbose, cache: !values['no-cache'] };
  } catch (e) {
    const flag = /'([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
    console.error(
      `extract: ${say(
        'cli:unknown-flag',
        flag,
        Object.keys(FLAGS)
          .map((f) => `--${f}`)
          .join(' '),
      )}`,
    );
    return null;
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const flags = readFlags();
  if (!flags) return 2;
  const listing = readSources(sourcesDir);
  for (const w of listing.warnings) console.warn(w);
  if (!listing.sources.length && !listing.errors.length) {
    console.error(`${sourcesDir}:1: ${say('source:none', SOURCE_EXTENSIONS.map((e) => `.${e}`).join('、'))}`);
    return 1;
  }
  // Unchanged documents come from the cache; the others are decoded and extracted on every core.
  const extraction = await extractMany(listing.sources, { cacheDir: flags.cache ? cacheDir : null });
  const errors = [...listing.errors, ...extraction.errors];
  if (!flags.quiet || errors.length) {
    for (const line of summaryLines(extraction, flags.verbose)) console.log(line);
  }
  const { extracted, threads, cached } = extraction.stats;
  if (!flags.quiet) console.log(say('content:incremental', extracted, threads, cached));
  if (errors.length) {
    for (const e of errors) console.error(e);
    console.error(`extract: ${say('content:errors', errors.length)}`);
    return 1;
  }

  const { stale, extra, unchanged } = diffContent(contentDir, extraction.files);
  if (flags.check) {
    if (stale.length || extra.length) {
      console.error(say('content:stale', [...stale, ...extra.map((p) => `${p}（无对应原文）`)].join('、')));
      return 1;
    }
    if (!flags.quiet) console.log(say('content:fresh', extraction.files.size));
    return 0;
  }
  if (stale.length || extra.length) writeContent(contentDir, extraction.files);
  if (!flags.quiet)
    console.log(say('content:written', stale.length, extra.length, unchanged, Math.round(performance.now() - started)));
  return 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  // Our own failures are already `file:line: sentence`; anything else is a bug, reported without a stack.
  console.error(e instanceof ExtractError ? e.message : `extract: ${say('internal', (e as Error).message)}`);
  process.exitCode = 2;
}

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './0-sources/read-sources.ts';
import { decodeSources } from './1-decode/read-source.ts';
import { assemble, extractOne, planSources, type Extraction, type PlannedSource } from './extract-all.ts';
import type { DocumentResult } from './pipeline.ts';

/**
 * Many documents at once, for the command line: a document whose bytes, sidecar and extractor are
 * unchanged since the last run is taken from the cache (.cache/extract/), the others are decoded and
 * extracted on every core (worker threads), and then the documents are put together as extractAll
 * does, so content/ is byte-identical to a clean serial run.
 */

/** Outcome of one document, as a worker sends it back. */
export type Outcome = { file: string; result: DocumentResult } | { file: string; error: string };

export interface ManyStats {
  /** Documents extracted in this run, and by how many threads. */
  extracted: number;
  threads: number;
  /** Documents taken from the cache. */
  cached: number;
}

/** Below this many documents to extract, starting threads costs more than it saves. */
const THREADS_FROM = 8;
/** Files whose code decides what the extractor emits: a change to any of them empties the cache. */
const EXTRACTOR_CODE = ['scripts', 'src/schema', 'src/vocabulary'];
const NOT_EXTRACTOR = /^scripts\/(?:bench|eval|build)\//;

const root = path.resolve(import.meta.dirname, '..');

/** A digest of the extractor's own code and locked dependencies. */
function extractorVersion(): string {
  const hash = createHash('sha256');
  const files = EXTRACTOR_CODE.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|js|mjs|json)$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
  )
    .filter((f) => !NOT_EXTRACTOR.test(f))
    .sort();
  for (const f of [...files, 'package-lock.json']) {
    hash.update(f).update('\0');
    try {
      hash.update(readFileSync(path.join(root, f)));
    } catch {
      hash.update('absent');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

function keyOf(version: string, { source }: PlannedSource): string {
  const hash = createHash('sha256').update(version).update('\0').update(source.file).update('\0').update(source.bytes);
  if (source.sidecar) hash.update('\0sidecar\0').update(source.sidecar.file).update('\0').update(source.sidecar.text);
  return hash.digest('hex');
}

function readCached(dir: string, key: string): DocumentResult | null {
  try {
    return JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as DocumentResult;
  } catch {
    return null; // absent or cut short by a killed run: extracted again
  }
}

/** Keeps a result for the next run; the cache only saves time, so a failed write is let go. */
function writeCached(dir: string, key: string, result: DocumentResult): void {
  const file = path.join(dir, `${key}.json`);
  const staging = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(staging, JSON.stringify(result));
    renameSync(staging, file);
  } catch {
    rmSync(staging, { force: true });
  }
}

/** Extracts planned sources in this thread: a published file decoded first, then one pipeline each. */
export async function extractHere(planned: PlannedSource[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const p of planned) {
    const decoded = await decodeSources([p.source]);
    const source = decoded.sources[0];
    if (!source) outcomes.push({ file: p.source.file, error: decoded.errors[0]! });
    else outcomes.push({ file: p.source.file, ...extractOne({ id: p.id, source }) });
  }
  return outcomes;
}

/** Extracts planned sources on `threads` worker threads, the largest first, each thread taking the next. */
function extractOnThreads(planned: PlannedSource[], threads: number): Promise<Outcome[]> {
  const queue = [...planned].sort((a, b) => b.source.bytes.length - a.source.bytes.length);
  const outcomes: Outcome[] = [];
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const thread = new Worker(new URL('./extract-worker.ts', import.meta.url));
      const next = () => {
        const p = queue.shift();
        if (!p) {
          void thread.terminate().then(() => resolve());
          return;
        }
        thread.postMessage(p);
      };
      thread.on('message', (outcome: Outcome) => {
        outcomes.push(outcome);
        next();
      });
      thread.on('error', reject);
      next();
    });
  return Promise.all(Array.from({ length: threads }, worker)).then(() => outcomes);
}

/**
 * The whole extraction, incremental and parallel. `cacheDir` null turns the cache off; entries not
 * used by this run are removed, so the cache holds one entry per source at most.
 */
export async function extractMany(
  sources: SourceFile[],
  options: { cacheDir: string | null; threads?: number },
): Promise<Extraction & { stats: ManyStats }> {
  const { planned, errors } = planSources(sources);
  const version = options.cacheDir ? extractorVersion() : '';
  const keys = new Map(planned.map((p) => [p.source.file, options.cacheDir ? keyOf(version, p) : '']));
  const results = new Map<string, DocumentResult>();
  const missing: PlannedSource[] = [];
  for (const p of planned) {
    const hit = options.cacheDir ? readCached(options.cacheDir, keys.get(p.source.file)!) : null;
    if (hit) results.set(p.source.file, hit);
    else missing.push(p);
  }
  const cached = results.size;

  const threads = Math.min(options.threads ?? availableParallelism(), missing.length);
  const outcomes =
    threads > 1 && missing.length >= THREADS_FROM
      ? await extractOnThreads(missing, threads)
      : await extractHere(missing);
  const failed = new Map<string, string>();
  for (const o of outcomes) {
    if ('result' in o) results.set(o.file, o.result);
    else failed.set(o.file, o.error);
  }

  if (options.cacheDir) {
    mkdirSync(options.cacheDir, { recursive: true });
    for (const p of missing) {
      const result = results.get(p.source.file);
      if (result) writeCached(options.cacheDir, keys.get(p.source.file)!, result);
    }
    const used = new Set([...keys.values()].map((k) => `${k}.json`));
    for (const name of readdirSync(options.cacheDir)) {
      if (name.endsWith('.json') && !used.has(name)) rmSync(path.join(options.cacheDir, name), { force: true });
    }
  }

  // Put together in file order, as a serial run does.
  const ordered: DocumentResult[] = [];
  for (const p of planned) {
    const result = results.get(p.source.file);
    if (result) ordered.push(result);
    else errors.push(failed.get(p.source.file)!);
  }
  const extraction = assemble(ordered, errors);
  return {
    ...extraction,
    stats: { extracted: missing.length, threads: threads > 1 && missing.length >= THREADS_FROM ? threads : 1, cached },
  };
}

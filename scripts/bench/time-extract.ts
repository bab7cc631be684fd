/**
 * Times extractAll of one checkout of this project on the same inputs as any other checkout:
 *   tsx scripts/bench/time-extract.ts <checkout root> <runs>
 * Inputs: the seeds, the real corpus's text layers when ../shared is beside the project, and
 * 300 generated plans. Prints one JSON line: { ms (CPU time of the best run, so that other work on
 * the machine counts less than in wall-clock time), docs, bytes, errors }.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticPlan } from './synthetic.ts';

const [rootArg, runsArg] = process.argv.slice(2);
const root = path.resolve(rootArg ?? '.');
const runs = Number(runsArg ?? 3);
const here = path.resolve(import.meta.dirname, '../..');

const textFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .map((n) => path.join(dir, n))
    : [];
const corpus = path.resolve(here, '../shared/corpus/real');
const sources = [
  ...textFiles(path.join(here, 'policy-sources')).map((f) => ({
    file: `policy-sources/${path.basename(f)}`,
    bytes: readFileSync(f),
  })),
  ...textFiles(corpus).map((f) => ({ file: `policy-sources/${path.basename(f)}`, bytes: readFileSync(f) })),
  ...Array.from({ length: Number(process.env.BENCH_SYNTHETIC ?? 300) }, (_, i) => ({
    file: `policy-sources/generated-${i}.txt`,
    bytes: new TextEncoder().encode(syntheticPlan(i + 1, 30)),
  })),
];

const { extractAll } = await import(pathToFileURL(path.join(root, 'scripts/extract-all.ts')).href);
let best = Infinity;
let errors = 0;
extractAll(sources.slice(0, 5)); // warm the regex caches and the JIT
for (let i = 0; i < runs; i++) {
  const start = process.cpuUsage();
  const result = extractAll(sources);
  const used = process.cpuUsage(start);
  best = Math.min(best, (used.user + used.system) / 1000);
  errors = result.errors.length;
}
const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
console.log(JSON.stringify({ ms: best, docs: sources.length, bytes, errors }));

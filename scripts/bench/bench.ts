import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractAll, type SourceFile } from '../extract-all.ts';
import { scaleBench } from './scale.ts';
import { syntheticPlan } from './synthetic.ts';

/**
 * npm run bench: extraction throughput on the seeds, the real corpus, one large synthetic plan
 * (~20 MB) and 1,000 generated documents; then extraction and build against a baseline commit,
 * timed in the same run; then each format read from its file (PDF pages per second, MB/s);
 * then the site's and the self-checks' own benchmarks. Prints numbers.
 *   --no-baseline   skip the comparison with the baseline commit
 *   --baseline REF  compare with another commit
 *   --scale 100,1000,3000  only the scale benchmark (scripts/bench/scale.ts)
 */
const { values: options } = parseArgs({
  options: { 'no-baseline': { type: 'boolean' }, baseline: { type: 'string' }, scale: { type: 'string' } },
});
if (options.scale) {
  // The scale benchmark alone: npm run bench -- --scale 100,1000,3000
  const sizes = options.scale.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(`bench: --scale 需要以逗号分隔的文件数，如 --scale 100,1000,3000（收到 ${options.scale}）`);
    process.exit(2);
  }
  await scaleBench(sizes);
  process.exit(0);
}
const encoder = new TextEncoder();
const mb = (bytes: number) => bytes / 1024 / 1024;

function time(label: string, sources: SourceFile[], repeat = 1): void {
  const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const ms: number[] = [];
  let errors = 0;
  let tasks = 0;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const ex = extractAll(sources);
    ms.push(performance.now() - start);
    errors = ex.errors.length;
    tasks = ex.content.tasks.length;
  }
  const best = Math.min(...ms);
  const size = `${String(sources.length).padStart(5)} docs ${mb(bytes).toFixed(2).padStart(8)} MB`;
  const speed = `${best.toFixed(0).padStart(8)} ms ${(mb(bytes) / (best / 1000)).toFixed(2).padStart(7)} MB/s`;
  console.log(`${label.padEnd(34)} ${size} ${speed}  ${tasks} tasks, ${errors} errors`);
}

console.log('extraction (best of runs)               docs       size     time  throughput');
const seeds = readdirSync('policy-sources')
  .filter((n) => n.endsWith('.txt'))
  .map((n) => ({ file: `policy-sources/${n}`, bytes: readFileSync(`policy-sources/${n}`) }));
time('seeds', seeds, 5);

const corpus = path.resolve('../shared/corpus/real');
if (existsSync(corpus)) {
  const real = readdirSync(corpus)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({ file: `policy-sources/${n}`, bytes: readFileSync(path.join(corpus, n)) }));
  time(`real corpus (${real.length} text layers)`, real, 3);
} else {
  console.log('（跳过真实语料：../shared/corpus/real 不存在）');
}

let big = '';
for (let seed = 1; encoder.encode(big).length < 20 * 1024 * 1024; seed++) big += syntheticPlan(seed, 400);
time('one synthetic plan of ~20 MB', [{ file: 'policy-sources/large.txt', bytes: encoder.encode(big) }]);

// A paste gone wrong: one line of ~1 MB with no sentence punctuation (regexes must stay linear).
let line = '';
while (line.length < 350_000) line += '推进节能降碳由市发改委牵头会同市财政局到2025年达到申报对象为园区';
time('one unpunctuated line of ~1 MB', [
  { file: 'policy-sources/one-line.txt', bytes: encoder.encode(`某市方案\n一、申报条件\n${line}\n`) },
]);

const many = Array.from({ length: 1000 }, (_, i) => ({
  file: `policy-sources/generated-${i}.txt`,
  bytes: encoder.encode(syntheticPlan(i + 1, 30)),
}));
time('1,000 generated documents', many);

const extras: string[][] = [
  ...(options['no-baseline']
    ? []
    : [['scripts/bench/against-baseline.ts', ...(options.baseline ? ['--ref', options.baseline] : [])]]),
  ['scripts/bench/bench-formats.ts'],
  ['scripts/bench/bench-site.ts'],
  ['scripts/bench/bench-checks.ts'],
  ['scripts/bench/bench-islands.ts'],
];
for (const [extra, ...args] of extras) {
  console.log('');
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', extra!, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

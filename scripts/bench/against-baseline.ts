/**
 * How much slower (or faster) this checkout extracts and builds than a baseline commit, measured
 * in one run on one machine: the baseline is checked out beside the project (git worktree, with
 * node_modules hard-linked), and the two are timed in turns so that a busy machine slows both alike.
 * Extraction is timed in CPU time; the build, several processes, in wall-clock time.
 *
 *   tsx scripts/bench/against-baseline.ts [--ref <commit>] [--no-build]
 *
 * The default baseline is the extractor before the vocabulary, spans and passes restructuring.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const DEFAULT_BASELINE = '4106a12';
const { values } = parseArgs({ options: { ref: { type: 'string' }, 'no-build': { type: 'boolean' } } });
const ref = values.ref ?? DEFAULT_BASELINE;
const here = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(here, 'node_modules/tsx/dist/cli.mjs');

function git(args: string[], cwd = here) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

if (git(['cat-file', '-e', `${ref}^{commit}`]).status !== 0) {
  console.log(`（跳过与基线的比较：找不到提交 ${ref}，需要完整的 git 历史）`);
  process.exit(0);
}

const base = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-baseline-')), 'tree');
const added = git(['worktree', 'add', '--detach', base, ref]);
if (added.status !== 0) {
  console.error(`无法检出基线 ${ref}：${added.stderr.trim()}`);
  process.exit(1);
}
// Astro resolves its own files by real path, so the baseline gets node_modules of its own: hard
// links to this checkout's (the same filesystem; a copy of no bytes), else a symlink, which serves
// the extraction only.
const linked = spawnSync('cp', ['-al', path.join(here, 'node_modules'), path.join(base, 'node_modules')]).status === 0;
if (!linked) symlinkSync(path.join(here, 'node_modules'), path.join(base, 'node_modules'), 'dir');

function timeExtract(root: string): { ms: number; docs: number; bytes: number; errors: number } {
  const r = spawnSync(process.execPath, [tsx, path.join(here, 'scripts/bench/time-extract.ts'), root, '3'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`extraction in ${root} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

/**
 * One full build (extract, astro, search index, post-build) into a scratch folder: wall-clock ms, and the pages it
 * wrote (a site that gained views since the baseline builds more pages, so the build is compared per page too).
 */
function timeBuild(root: string): { ms: number; pages: number } {
  const out = mkdtempSync(path.join(tmpdir(), 'atlas-bench-dist-'));
  const env = { ...process.env, BASE_PATH: '/', OUT_DIR: out };
  const start = performance.now();
  for (const args of [
    [tsx, 'scripts/extract.ts', '--quiet'],
    [path.join(here, 'node_modules/astro/bin/astro.mjs'), 'build'],
  ]) {
    const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`build in ${root} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const ms = performance.now() - start;
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  rmSync(out, { recursive: true, force: true });
  return { ms, pages };
}

const ratio = (now: number, then: number) => `${(now / then).toFixed(2)}×`;
try {
  const extract = { base: Infinity, now: Infinity };
  let inputs = '';
  for (let round = 0; round < 3; round++) {
    const b = timeExtract(base);
    const n = timeExtract(here);
    extract.base = Math.min(extract.base, b.ms);
    extract.now = Math.min(extract.now, n.ms);
    inputs = `${n.docs} 篇，${(n.bytes / 1024 / 1024).toFixed(1)} MB`;
  }
  console.log(`against baseline ${ref} (same run, best of turns)      baseline        now   ratio`);
  const row = (label: string, b: number, n: number, digits = 0) =>
    console.log(
      `${label.padEnd(50)} ${b.toFixed(digits).padStart(7)} ms ${n.toFixed(digits).padStart(7)} ms  ${ratio(n, b)}`,
    );
  row(`extraction (${inputs})`, extract.base, extract.now);
  if (!linked) console.log('（跳过构建比较：无法为基线建立 node_modules 的硬链接）');
  else if (!values['no-build'] && existsSync(path.join(base, 'astro.config.mjs'))) {
    const build = { base: Infinity, now: Infinity, basePages: 0, nowPages: 0 };
    for (let round = 0; round < 2; round++) {
      const b = timeBuild(base);
      const n = timeBuild(here);
      build.base = Math.min(build.base, b.ms);
      build.now = Math.min(build.now, n.ms);
      build.basePages = b.pages;
      build.nowPages = n.pages;
    }
    row('build (extract + astro + pagefind + post-build)', build.base, build.now);
    const perPage = (ms: number, pages: number) => ms / Math.max(1, pages);
    row(
      `build per page (${build.basePages} → ${build.nowPages} pages)`,
      perPage(build.base, build.basePages),
      perPage(build.now, build.nowPages),
      1,
    );
  }
} finally {
  git(['worktree', 'remove', '--force', base]);
  rmSync(path.dirname(base), { recursive: true, force: true });
}

/**
 * Builds the site once for the tests that need dist/, and only when the sources changed since the
 * last build with the same base path. Test files run in parallel workers, so builds take a lock.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath } from '../../../src/build/env.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/policy-atlas');

/** What the site is built from: a change to any of these makes dist/ stale. */
const inputs = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

export interface BuildOptions {
  /** Base path, e.g. `/policy/`; default `/`. */
  base?: string;
  /** Content directory (POLICY_CONTENT_DIR), default content/. */
  contentDir?: string;
  /** More of the build's environment (SHARDS for a collection built in parts). */
  env?: Record<string, string>;
}

export interface Built {
  dir: string;
  base: string;
}

function slugOf(base: string, contentDir: string | undefined, env: Record<string, string> = {}): string {
  const parts = [base.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root'];
  if (contentDir) parts.push(path.relative(root, contentDir).replace(/[^a-z0-9]+/gi, '-'));
  const extra = Object.keys(env).sort();
  if (extra.length)
    parts.push(
      createHash('sha256')
        .update(JSON.stringify(extra.map((k) => [k, env[k]])))
        .digest('hex')
        .slice(0, 8),
    );
  return parts.join('--');
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A cross-process lock: mkdir is atomic. Stale locks (a killed run) expire after 10 minutes. */
function withLock<T>(name: string, fn: () => T): T {
  const lock = path.join(cacheDir, `${name}.lock`);
  mkdirSync(cacheDir, { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The default build goes to dist/ (what `npm run build` makes); others to node_modules/.cache. */
function outDirFor(slug: string): string {
  return slug === 'root' ? path.join(root, 'dist') : path.join(cacheDir, `dist-${slug}`);
}

function isFresh(dir: string, base: string, stampFile: string, contentDir: string | undefined): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const sourcesChanged = Math.max(
    ...inputs.map((i) => newestMtime(path.join(root, i))),
    contentDir ? newestMtime(contentDir) : 0,
  );
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { base: string; builtAt: number };
    if (stamp.base === base && stamp.builtAt >= sourcesChanged && statSync(index).mtimeMs <= stamp.builtAt + 60_000)
      return true;
  }
  // Built by `npm run build` rather than by a test: trust it when newer than the sources and built
  // for this base path.
  const html = readFileSync(index, 'utf8');
  return !contentDir && statSync(index).mtimeMs >= sourcesChanged && html.includes(`href="${base}sitemap-index.xml"`);
}

/**
 * The environment without what Vitest adds (NODE_ENV=test, BASE_URL=/, MODE, VITEST…): Astro
 * reads import.meta.env from process.env, so a leaked BASE_URL would undo BASE_PATH.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|ASSETS_PREFIX$)/.test(key)) delete env[key];
  }
  return env;
}

/** Builds when needed and returns the output directory. */
export function ensureBuilt(options: BuildOptions = {}): Built {
  const base = basePath({ BASE_PATH: options.base ?? '/' });
  const contentDir = options.contentDir ? path.resolve(root, options.contentDir) : undefined;
  const slug = slugOf(base, contentDir, options.env);
  const dir = outDirFor(slug);
  const stampFile = path.join(cacheDir, `stamp-${slug}.json`);
  // One lock for all builds: Astro writes its prerender chunks to the shared .astro/ folder.
  return withLock('build', () => {
    if (isFresh(dir, base, stampFile, contentDir)) return { dir, base };
    const started = Date.now();
    const env = {
      ...cleanEnv(),
      BASE_PATH: base,
      OUT_DIR: dir,
      ...(contentDir ? { POLICY_CONTENT_DIR: contentDir } : {}),
      ...options.env,
    };
    const result = spawnSync('npm', ['exec', '--', 'astro', 'build'], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (result.status !== 0) {
      const output = `${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`;
      throw new Error(`astro build (base ${base}) failed:\n${output}`);
    }
    writeFileSync(stampFile, JSON.stringify({ base, builtAt: started }));
    return { dir, base };
  });
}

/**
 * Deployment settings read from the environment, shared by astro.config.mjs, the post-build
 * step, the tests and the bench so they all agree on where the site lives.
 */

/** Origin the site is served from (SITE_URL), used for the sitemap, canonical links and robots.txt. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim() || 'http://localhost:4321';
  const url = new URL(raw);
  return url.origin;
}

/**
 * Sub-path the site is served under (BASE_PATH), always with a leading and trailing slash.
 * Without BASE_PATH, a path in SITE_URL (https://example.github.io/policy) is used.
 */
export function basePath(env: NodeJS.ProcessEnv = process.env): string {
  const fromSite = env.SITE_URL?.trim() ? new URL(env.SITE_URL.trim()).pathname : '/';
  const raw = env.BASE_PATH?.trim() || fromSite;
  const inner = raw.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

/** Build output directory (OUT_DIR), so a sub-path build for tests can sit beside dist/. */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.OUT_DIR?.trim() || './dist';
}

/** One build of a collection split over several builds (README 部署): its name and its sub-path. */
export interface Shard {
  label: string;
  base: string;
}

/**
 * The shards of a collection built in parts (SHARDS), e.g. `浙江=/zj/,江苏=/js/`: every build of
 * the collection is given the same list, and each searches the others' indexes besides its own and
 * links to their views. Empty when the collection is one build.
 */
export function shards(env: NodeJS.ProcessEnv = process.env): Shard[] {
  const raw = env.SHARDS?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0) throw new Error(`SHARDS: each entry is 名称=/子路径/ (got “${entry}”)`);
    return { label: entry.slice(0, at).trim(), base: basePath({ BASE_PATH: entry.slice(at + 1) }) };
  });
}

/** The other shards of the collection, as seen from the build at `base`. */
export function otherShards(env: NodeJS.ProcessEnv = process.env): Shard[] {
  const own = basePath(env);
  return shards(env).filter((s) => s.base !== own);
}

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

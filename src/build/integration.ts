import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems } from './problems.ts';
import { secureSite } from './secure-site.ts';
import { trustedInline } from './trusted-inline.ts';

/** A refusal to ship, said in full by its message: Astro prints no stack trace for an error without one. */
class BuildRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildRefused';
    this.stack = '';
  }
}

/**
 * Runs after Starlight has written the Pagefind index: checks that every page carries only the
 * inline scripts the site writes, then writes the Content-Security-Policy to `_headers` and into
 * every page's <head>. A page with anything else stops the build.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let srcDir = '';
  return {
    name: 'policy-atlas:post-build',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        srcDir = fileURLToPath(config.srcDir);
        if (!process.env.SITE_URL) {
          logger.warn(
            `未设置 SITE_URL：站点地图、robots.txt 和规范链接暂用 ${config.site}。正式部署时请设置（见 README 部署）。`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const result = await secureSite(root, base, await trustedInline(srcDir));
        if (!result.ok) throw new BuildRefused(formatProblems(result.problems, root));
        const { scripts, styles, styleAttributes } = result.counts;
        const ms = Math.round(performance.now() - started);
        logger.info(
          `CSP：${result.pages} 个页面，${scripts} 个内联脚本哈希、${styles} 个样式哈希、` +
            `${styleAttributes} 个样式属性哈希，用时 ${ms}ms`,
        );
      },
    },
  };
}

import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, collectInline, emptyFindings, headersFile, injectMeta } from './csp.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Runs after Starlight has written the Pagefind index: derives the Content-Security-Policy from the
 * inline blocks actually shipped, writes it to `_headers` and into every page's <head>.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'policy-atlas:post-build',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        if (!process.env.SITE_URL) {
          logger.warn(`SITE_URL is not set: the sitemap, robots.txt and canonical links use ${config.site}. Set it for a deployment (README 部署).`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = await htmlFiles(root);
        const pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(file, 'utf8') })));
        const found = emptyFindings();
        for (const { file, html } of pages) collectInline(html, found, path.relative(root, file));
        if (found.eventHandlers.length) {
          throw new Error(`inline event handlers break the Content-Security-Policy: ${found.eventHandlers.slice(0, 5).join(', ')}`);
        }
        const policy = buildPolicy(found);
        await writeFile(path.join(root, '_headers'), headersFile(policy, base));
        await Promise.all(pages.map(({ file, html }) => writeFile(file, injectMeta(html, policy))));
        logger.info(
          `CSP: ${found.scripts.size} inline script hash(es), ${found.styles.size} style hash(es), ` +
            `${found.styleAttributes.size} style attribute hash(es) over ${pages.length} pages ` +
            `in ${Math.round(performance.now() - started)}ms.`,
        );
      },
    },
  };
}

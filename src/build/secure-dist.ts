/**
 * The post-build step on its own, for a site that was built already (or changed after the build):
 *
 *   npm run secure-dist            # dist/, base path from BASE_PATH / SITE_URL
 *   npm run secure-dist -- out/    # another folder
 *
 * Exits 1 with one line per finding when a page carries a script, event handler or javascript:
 * link the site did not write; otherwise writes the Content-Security-Policy as the build does.
 */
import path from 'node:path';
import { basePath, outDir } from './env.ts';
import { formatProblems } from './problems.ts';
import { secureSite } from './secure-site.ts';
import { trustedInline } from './trusted-inline.ts';

const root = path.resolve(process.argv[2] ?? outDir());
const result = await secureSite(root, basePath(), await trustedInline(path.resolve('src')));
if (!result.ok) {
  process.stderr.write(formatProblems(result.problems, root) + '\n');
  process.exit(1);
}
process.stdout.write(`CSP 已写入 ${result.pages} 个页面和 _headers。\n`);

/**
 * Screenshots of the main page types at desktop and phone widths, for a person to look at:
 *   npm exec -- tsx test/e2e/screenshots.ts [outDir]
 * Not a test: it writes PNGs (default /tmp/shots/) and prints their paths.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openSite, search } from './harness.ts';

const out = process.argv[2] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });
const site = await openSite({ contentDir: process.env.POLICY_CONTENT_DIR });
const first = async (listPath: string, selector: string) => {
  const page = await site.page();
  await page.goto(site.url + listPath);
  const href = await page.locator(selector).first().getAttribute('href');
  await page.close();
  return href ? new URL(href, site.origin).pathname.slice(site.base.length) : listPath;
};
const documentPath = await first('documents/', '.doc-card-title a');
const departmentPath = await first('departments/', '.dept-index a');
const views: Array<[string, string]> = [
  ['home', ''],
  ['document', documentPath],
  ['department', departmentPath],
  ['targets', 'targets/'],
  ['timeline', 'timeline/'],
  ['tasks', 'tasks/'],
];
for (const width of [1280, 390]) {
  const page = await site.page({ width, height: width > 500 ? 900 : 844 });
  for (const [name, rel] of views) {
    await page.goto(site.url + rel);
    const file = path.join(out, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: name !== 'document' });
    console.log(file);
  }
  await page.goto(site.url);
  await search(page, process.env.SHOT_QUERY ?? '发改委');
  const file = path.join(out, `search-${width}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await page.close();
}
console.log('off-origin requests:', site.offOrigin());
console.log('CSP violations:', site.cspViolations());
console.log('errors:', site.errors());
await site.close();

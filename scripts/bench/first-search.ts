/**
 * The cost of a first search on a built site, as a reader meets it: a fresh browser (no cache)
 * opens the home page, then the search dialog, and types a query. Measured from typing until the
 * results show with their titles: the requests made, the bytes that crossed the wire (compressed,
 * as the browser received them), and the milliseconds after the input debounce ended (Pagefind's
 * UI waits `debounce` ms after the last keystroke before it searches).
 *
 *   npx tsx scripts/bench/first-search.ts DIST [BASE]
 */
import path from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';
import { serve } from '../../test/site/support/serve.ts';
import { freshBrowser } from '../../test/site/support/chromium.ts';

/** The queries the issue names: a short form, a body, a metric, a figure, a call's heading, two plans. */
export const searchQueries = ['发改委', '生态环境局', '林草覆盖率', '65.2%', '申报条件', '近零碳社区', '碳达峰试点'];

/** Pagefind's default UI input debounce (debounceTimeoutMs), which Starlight keeps. */
export const debounce = 300;

export interface FirstSearch {
  query: string;
  requests: number;
  bytes: number;
  /** Results shown this many ms after the debounce ended. */
  ms: number;
  results: number;
}

export async function firstSearches(dist: string, base = '/', queries = searchQueries): Promise<FirstSearch[]> {
  const served = await serve(dist, base);
  const out: FirstSearch[] = [];
  try {
    for (const query of queries) {
      // A new profile per query: nothing cached from the one before.
      const browser = await freshBrowser();
      try {
        out.push(await one(browser.context, served.url, query));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await served.close();
  }
  return out;
}

async function one(context: BrowserContext, url: string, query: string): Promise<FirstSearch> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  // Counted from opening the dialog (Pagefind loads its runtime when the box takes focus), on the
  // context: Pagefind fetches its index from a worker as well as from the page.
  const sizes: Array<Promise<number>> = [];
  let counting = true;
  const count = (request: Request) => {
    if (counting) sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  };
  context.on('requestfinished', count);
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.waitFor();
  await page.waitForTimeout(200);
  await input.fill(query);
  const typed = await page.evaluate(() => performance.now());
  const shown = await page.waitForFunction(
    () => {
      const results = [...document.querySelectorAll('#starlight__search .pagefind-ui__result')];
      const titled =
        results.length > 0 && results.every((r) => r.querySelector('.pagefind-ui__result-link')?.textContent?.trim());
      const none = /没有找到/.test(
        document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '',
      );
      return titled || none ? { at: performance.now(), results: results.length } : false;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const { at, results } = (await shown.jsonValue()) as { at: number; results: number };
  await page.waitForTimeout(50);
  counting = false;
  context.off('requestfinished', count);
  const bytes = (await Promise.all(sizes)).reduce((n, b) => n + b, 0);
  await page.close();
  return { query, requests: sizes.length, bytes, ms: at - typed - debounce, results };
}

/** The measurements as a markdown table. */
export function searchTable(rows: FirstSearch[]): string {
  const lines = [
    '| query | requests | KB fetched | ms after debounce | results shown |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    lines.push(`| ${r.query} | ${r.requests} | ${(r.bytes / 1024).toFixed(1)} | ${r.ms.toFixed(0)} | ${r.results} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist, base] = process.argv.slice(2);
  if (!dist) {
    console.error('用法：npx tsx scripts/bench/first-search.ts 构建目录 [子路径]');
    process.exit(2);
  }
  console.log(searchTable(await firstSearches(path.resolve(dist), base ?? '/')));
}

/**
 * Browser test harness: builds the site when dist/ is missing or stale, serves it on 127.0.0.1
 * under its base path, and drives Debian's chromium through playwright-core. Every request the
 * browser makes is recorded, so a test can assert that none left the site's origin.
 *
 *   const site = await openSite();            // or openSite({ base: '/policy/' })
 *   const page = await site.page();            // 1280×800 unless told otherwise
 *   await page.goto(site.url + 'documents/');
 *   expect(site.offOrigin()).toEqual([]);
 *   await site.close();
 */
import type { BrowserContext, Page } from 'playwright-core';
import { ensureBuilt, type BuildOptions } from '../site/support/build.ts';
import { serve, type Served } from '../site/support/serve.ts';
import { freshBrowser } from '../site/support/chromium.ts';

export { ensureBuilt } from '../site/support/build.ts';
export { serve } from '../site/support/serve.ts';

export { chromiumArgs, chromiumPath } from '../site/support/chromium.ts';

export interface Site {
  /** Site root including the base path, ending in `/`. */
  url: string;
  origin: string;
  base: string;
  dir: string;
  context: BrowserContext;
  /** A new page, viewport `width`×`height` (default 1280×800). CSP violations are collected. */
  page: (size?: { width: number; height: number }) => Promise<Page>;
  /** Every URL requested by the browser so far. */
  requests: () => string[];
  /** Requested URLs whose origin is not the site's (data: and blob: excluded). */
  offOrigin: () => string[];
  /** Content-Security-Policy violations reported by pages so far. */
  cspViolations: () => string[];
  /** Console errors and uncaught exceptions so far. */
  errors: () => string[];
  close: () => Promise<void>;
}

export type OpenOptions = BuildOptions;

export async function openSite(options: OpenOptions = {}): Promise<Site> {
  const built = ensureBuilt(options);
  const served: Served = await serve(built.dir, built.base);
  const browser = await freshBrowser({
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const { context } = browser;
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      const text = message.text();
      if (/Content.Security.Policy|Refused to/i.test(text)) violations.push(`${page.url()}: ${text}`);
      // A test that opens a missing page on purpose gets a 404 for the page itself; not an error.
      else if (text.startsWith('Failed to load resource') && message.location().url === page.url()) return;
      else if (message.type() === 'error') errors.push(`${page.url()}: ${text}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  return {
    url: served.url,
    origin: served.origin,
    base: built.base,
    dir: built.dir,
    context,
    page: async (size = { width: 1280, height: 800 }) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      return page;
    },
    requests: () => [...requests],
    offOrigin: () =>
      requests.filter(
        (url) => !/^(data|blob|about|chrome-extension):/.test(url) && new URL(url).origin !== served.origin,
      ),
    cspViolations: () => [...violations],
    errors: () => [...errors],
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

/** Types a query into Starlight's search dialog and returns the result links, best first. */
export async function search(
  page: Page,
  query: string,
): Promise<Array<{ title: string; href: string; subs: string[] }>> {
  const open = page.locator('button[data-open-modal]');
  await open.waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
  if (!(await page.locator('dialog[open]').count())) await open.click();
  const input = page.locator('#starlight__search input.pagefind-ui__search-input');
  await input.waitFor({ state: 'visible' });
  await input.fill('');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector('#starlight__search .pagefind-ui__message')?.textContent ?? '';
      return message.includes(q) && !/正在搜索|Searching/.test(message);
    },
    query,
    { timeout: 20_000 },
  );
  // Result titles load one fragment at a time after the count shows.
  await page.waitForFunction(() => {
    const results = [...document.querySelectorAll('#starlight__search .pagefind-ui__result')];
    return results.every((r) => r.querySelector('.pagefind-ui__result-link')?.textContent?.trim());
  });
  return page.$$eval('#starlight__search .pagefind-ui__result', (results) =>
    results.map((result) => ({
      title: result.querySelector('.pagefind-ui__result-title .pagefind-ui__result-link')?.textContent?.trim() ?? '',
      href: result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title .pagefind-ui__result-link')?.href ?? '',
      subs: [
        ...result.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-nested .pagefind-ui__result-link'),
      ].map((a) => a.href),
    })),
  );
}

/**
 * Every sub-result the search index holds for a query, as Pagefind's own API returns them. The
 * dialog shows three sub-results of a page at most, chosen by their number of matches; this is
 * what a page such as the department index can be found by, shown or not.
 */
export async function indexedSubResults(page: Page, base: string, query: string): Promise<string[]> {
  // Written as source: the test runner would rewrite a dynamic import() inside a function.
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    const { results } = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(results.map((r) => r.data()));
    return data.flatMap((d) => d.sub_results.map((s) => s.url));
  })()`;
  return (await page.evaluate(script)) as string[];
}

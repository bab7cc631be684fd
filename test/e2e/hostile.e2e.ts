/**
 * The site built from an attacker's content (test/security/hostile-content.ts), opened in a real
 * browser with the Content-Security-Policy sent as a header, as a host would send it. On every
 * page and in the search dialog: no dialog, no navigation, no request off 127.0.0.1, no CSP
 * violation, and every payload shown as the text it is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempts, outside, writeHostileContent, type Attempt } from '../security/hostile-content.ts';
import { openSite, search, type Site } from './harness.ts';

let site: Site;
const dialogs: string[] = [];
const navigations: string[] = [];

beforeAll(async () => {
  site = await openSite({ contentDir: writeHostileContent() });
  site.context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(site.url) && frame.url() !== 'about:blank')
        navigations.push(frame.url());
    });
  });
});

afterAll(async () => {
  expect(dialogs, 'dialogs opened by a payload').toEqual([]);
  expect(navigations, 'navigations away from the site').toEqual([]);
  expect(site.offOrigin(), 'requests that left 127.0.0.1').toEqual([]);
  expect(site.cspViolations(), 'CSP violations').toEqual([]);
  expect(site.errors()).toEqual([]);
  await site.close();
});

const all: Attempt[] = Object.values(attempts);
const pages = [
  ...new Set([
    '',
    'documents/',
    'departments/',
    'tasks/',
    'targets/',
    'timeline/',
    'checks/',
    'data/',
    ...all.flatMap((a) => a.shownOn),
  ]),
].sort();

/** Opens a page, lets anything that would run or refresh have its chance, and reads it back. */
async function visit(rel: string): Promise<Page> {
  const page = await site.page();
  await page.goto(site.url + rel, { waitUntil: 'load' });
  // A refresh of 0 seconds and an island's hydration both happen within this.
  await page.waitForTimeout(800);
  return page;
}

/** Page text as a reader sees it, white space folded. */
const readable = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const folded = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Elements and attributes that would run or navigate, as the browser parsed the page. The search
 * dialog's insides are left out: Pagefind builds them at run time (its own form has
 * action="javascript:void(0);"), and the search tests below look into them.
 */
function activeMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const outsideSearch = (el: Element) => !el.closest('#starlight__search');
    for (const el of [...document.querySelectorAll('*')].filter(outsideSearch)) {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`${el.tagName} ${a}`);
      const url = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action');
      if (url && /^\s*javascript:/i.test(url)) found.push(`${el.tagName} ${url}`);
    }
    const embeds = document.querySelectorAll('iframe, object, embed, base, meta[http-equiv="refresh" i]');
    for (const el of [...embeds].filter(outsideSearch)) found.push(el.outerHTML);
    for (const s of document.querySelectorAll('script:not([src])')) {
      if (/alert|127\.0\.0\.2/.test(s.textContent ?? '')) found.push(`script ${s.textContent}`);
    }
    return found;
  });
}

describe.each(pages)('the page /%s', (rel) => {
  it('runs nothing from the content and shows its payloads as text', async () => {
    const page = await visit(rel);
    expect(new URL(page.url()).pathname).toBe(new URL(site.url + rel).pathname);
    expect(await activeMarkup(page)).toEqual([]);
    const text = await readable(page);
    for (const attempt of all.filter((a) => a.shownOn.includes(rel)))
      expect(text, attempt.id).toContain(folded(attempt.payload));
    await page.close();
  });
});

describe('what is not shown as text', () => {
  it('keeps the document title in the tab as text, clipped', async () => {
    const page = await visit('documents/alpha-plan/');
    const title = await page.title();
    expect(title.startsWith(attempts.titleScript.payload.slice(0, 40))).toBe(true);
    expect(title).toMatch(/… \| 政策通$/);
    const head = await page.evaluate(() => [...document.head.children].map((e) => e.tagName.toLowerCase()));
    expect(head.filter((t) => t === 'title')).toHaveLength(1);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(ogTitle?.startsWith(attempts.titleScript.payload.slice(0, 40))).toBe(true);
    await page.close();
  });

  it('keeps a quote with " inside its title attribute', async () => {
    const page = await visit('targets/');
    const titles = await page.locator('a[title]').evaluateAll((links) => links.map((a) => a.getAttribute('title')));
    expect(titles).toContain(attempts.quoteAttribute.payload);
    await page.close();
  });

  it('shows a criterion with </script> in quotes as the self-check’s question, running nothing', async () => {
    const page = await visit('checks/eligibility/beta-pilot/');
    await page.getByRole('radio', { name: /县级试点/ }).check();
    await page.getByRole('button', { name: '继续' }).click();
    // Who may apply is asked first; the criterion follows.
    await page.getByRole('radio', { name: '是', exact: true }).check();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByText(attempts.criterionScriptEnd.payload).first().waitFor();
    expect(await activeMarkup(page)).toEqual([]);
    await page.close();
  });

  it('links a javascript: source address nowhere and keeps record links on the site', async () => {
    for (const rel of ['documents/beta-pilot/', 'tasks/alpha-plan/', 'departments/d-jsfgw/', 'documents/alpha-plan/']) {
      const page = await visit(rel);
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const off = links.filter((href) => !href.startsWith(site.origin) && !href.startsWith('https://example.gov.cn/'));
      expect(off, rel).toEqual([]);
      await page.close();
    }
  });
});

describe('the search dialog', () => {
  let page: Page;
  beforeAll(async () => {
    page = await visit('documents/');
  });

  it('shows payloads in result titles and excerpts as text', async () => {
    const results = await search(page, 'onerror');
    expect(results.length).toBeGreaterThan(0);
    const dialog = page.locator('#starlight__search');
    const excerpts = (await dialog.locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ');
    // An excerpt is a window of words and may start just after the <.
    expect(excerpts).toContain(`<img src=x onerror=alert('P`);
    const titles = await search(page, 'localStorage');
    expect(titles.map((r) => r.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('甲市方案</title><script>fetch(')]),
    );
    const inserted = await dialog.evaluate(
      (d) => d.querySelectorAll('img, iframe, script, style, svg[onload], [onerror], [onload]').length,
    );
    expect(inserted).toBe(0);
  });

  it('shows no filters: a region or document written as markup has no filter panel to reach', async () => {
    // The index stores no Pagefind filters (components/SitePage.astro); the dialog would write
    // their values as HTML, so none may come back unnoticed.
    await search(page, 'onerror');
    expect(await page.locator('#starlight__search .pagefind-ui__filter-label').count()).toBe(0);
    const inserted = await page
      .locator('#starlight__search')
      .evaluate((d) => d.querySelectorAll('img, meta, script, iframe, [onerror], [onload]').length);
    expect(inserted).toBe(0);
  });

  it('made no request to the outside address', () => {
    expect(site.requests().filter((url) => url.startsWith(outside))).toEqual([]);
  });
});

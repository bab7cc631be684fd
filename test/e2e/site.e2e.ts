/**
 * The reading site in a real browser: Chinese search, navigation from the home page down to a
 * clause, the sub-path build, accessibility of every page type, and no request off the origin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Department, Target } from '../../src/schema/index.ts';
import { anchorFor } from '../../src/components/lib/url.ts';
import { root } from '../site/support/build.ts';
import { indexedSubResults, openSite, search, type Site } from './harness.ts';

const content = <T>(file: string) => JSON.parse(readFileSync(path.join(root, 'content', file), 'utf8')) as T;
const departments = content<Department[]>('departments.json');
const targets = content<Target[]>('targets.json');

/**
 * Whether a result lands on a department's entry in the department index (where the search lands
 * for a body: components/DepartmentEntry.astro) for a body named as `named` says.
 */
const landsOnDepartment = (p: string, subs: string[], named: (names: string[]) => boolean) =>
  /\/departments\/(page\/\d+\/)?$/.test(p) &&
  departments.some((d) => named([d.name, ...d.aliases]) && subs.some((s) => s.endsWith(`#${anchorFor(d.id)}`)));

/** What counts as the right page for each query the issue names. */
const queries: Array<[string, string, (pathname: string, title: string, subs: string[]) => boolean]> = [
  [
    '发改委',
    'a 发展改革委 department entry',
    (p, _t, subs) => landsOnDepartment(p, subs, (ns) => ns.some((n) => /发改委|发展改革委|发展和改革委员会/.test(n))),
  ],
  [
    '市生态环境局',
    'a 市生态环境局 department entry',
    (p, _t, subs) => landsOnDepartment(p, subs, (ns) => ns.some((n) => n.includes('市生态环境局'))),
  ],
  [
    '林草覆盖率',
    'the targets page or a plan with a 林草覆盖率 target',
    (p) =>
      p.endsWith('/targets/') ||
      targets.some((x) => x.metric.includes('林草覆盖率') && p.endsWith(`/documents/${x.document}/`)),
  ],
  [
    '65.2%',
    'the targets page or the plan committing to 65.2%',
    (p) => p.endsWith('/targets/') || targets.some((x) => x.value === 65.2 && p.endsWith(`/documents/${x.document}/`)),
  ],
  [
    '申报条件',
    'a plan with 申报条件 or its self-check',
    (p) => /\/(documents|checks\/eligibility)\/(inner-mongolia-pilot|shandong-near-zero-carbon)\/$/.test(p),
  ],
  // The plan, its task table or its self-checks: each is a page of that plan.
  [
    '近零碳社区',
    'a page of the 近零碳 demonstration plan',
    (p) => /\/(documents|tasks|checks\/\w+)\/shandong-near-zero-carbon\/$/.test(p),
  ],
  [
    '碳达峰试点',
    'a page of the 碳达峰试点 plan',
    (p) => /\/(documents|tasks|checks\/\w+)\/inner-mongolia-pilot\/$/.test(p),
  ],
];

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  expect(site.offOrigin(), 'requests that left 127.0.0.1').toEqual([]);
  expect(site.cspViolations()).toEqual([]);
  expect(site.errors()).toEqual([]);
  await site.close();
});

describe('search', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page();
    await page.goto(site.url);
  });

  it.each(queries)('%s puts %s among the first three results', async (query, _what, isRight) => {
    const results = await search(page, query);
    const top = results.slice(0, 3).map((r) => ({ path: new URL(r.href).pathname, title: r.title, subs: r.subs }));
    expect(
      top.some((r) => isRight(r.path, r.title, r.subs)),
      JSON.stringify(top),
    ).toBe(true);
  });

  it('finds 发改委 inside the longer 市发改委 (a short form indexed on the department index entry)', async () => {
    const bodies = departments.filter((d) => d.aliases.some((a) => a.includes('发改委') && a !== '发改委'));
    expect(bodies.length).toBeGreaterThan(0);
    const held = await indexedSubResults(page, site.base, '发改委');
    for (const dept of bodies) expect(held, held.join(' ')).toContain(`${site.base}departments/#${anchorFor(dept.id)}`);
  });

  it('lands on the clause, not only the page, for document results', async () => {
    const results = await search(page, '近零碳社区');
    const document = results.find((r) => /\/documents\/[a-z0-9-]+\/$/.test(new URL(r.href).pathname));
    expect(document?.subs.some((href) => /#c[\w-]+$/.test(href))).toBe(true);
  });

  it('speaks Chinese in its dialog, without filters (each would be fetched whole at the first search)', async () => {
    await search(page, '碳达峰试点');
    const message = await page.locator('#starlight__search .pagefind-ui__message').textContent();
    expect(message).toMatch(/^找到 \d+ 个“碳达峰试点”的结果$/);
    expect(await page.locator('#starlight__search .pagefind-ui__filter-name').count()).toBe(0);
    const placeholder = await page
      .locator('#starlight__search input.pagefind-ui__search-input')
      .getAttribute('placeholder');
    expect(placeholder).toBe('搜索');
    await search(page, '没有这个词语的结果');
    expect(await page.locator('#starlight__search .pagefind-ui__message').textContent()).toContain('没有找到');
  });
});

describe('navigation', () => {
  it('goes home → document → department → back to the clause of one of its tasks', async () => {
    const page = await site.page();
    await page.goto(site.url);
    await page.locator('.doc-card-title a').first().click();
    await page.waitForURL(/\/documents\/[^/]+\/$/);
    const lead = page.locator('.task-roles a.dept-lead').first();
    const deptName = (await lead.textContent())!.trim();
    await lead.click();
    await page.waitForURL(/\/departments\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').textContent()).toContain(deptName);
    const task = page.locator('#leads ~ ul.task-list a').first();
    const taskHref = (await task.getAttribute('href'))!;
    await task.click();
    await page.waitForURL((url) => url.href.endsWith(taskHref.replace(/^.*(#.*)$/, '$1')));
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const target = page.locator(`[id="${id}"]`);
    await expect.poll(() => target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);
    // The clause names this department among its roles.
    const clause = page.locator(`.clause:has([id="${id}"])`);
    expect(await clause.locator('.task-roles').textContent()).toContain(deptName);
  });

  it('gives every clause a link to itself', async () => {
    const page = await site.page();
    await page.goto(`${site.url}documents/`);
    await page.locator('.doc-card-title a').first().click();
    const link = page.locator('.clause-numbered .clause-link').nth(2);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#c/);
    expect(await link.textContent()).toContain('复制本条链接');
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
  });

  it('marks milestones past or upcoming as of the day the page is viewed', async () => {
    const page = await site.page();
    await page.clock.setFixedTime(new Date('2100-01-01T00:00:00+08:00'));
    await page.goto(`${site.url}timeline/`);
    const statuses = await page
      .locator('.timeline-row')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['past']));
    expect(await page.locator('.today-note').textContent()).toContain('2100年1月1日');
    await page.clock.setFixedTime(new Date('2000-01-01T00:00:00+08:00'));
    await page.reload();
    expect(await page.locator('.status-past').count()).toBe(0);
  });

  it('prints a plan with its source and date, without navigation', async () => {
    const page = await site.page();
    await page.goto(`${site.url}documents/`);
    await page.locator('.doc-card-title a').first().click();
    // The print stylesheet loads with the page; judge the page once it has, not the one left behind.
    await page.waitForURL(/\/documents\/[^/]+\/$/);
    await page.waitForLoadState('load');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.print-source').isVisible()).toBe(true);
    expect(await page.locator('.print-source').textContent()).toContain(new URL(page.url()).pathname);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.clause-link').first().isVisible()).toBe(false);
  });
});

describe('accessibility', () => {
  const pages = [
    ['home', ''],
    ['document list', 'documents/'],
    ['document', `documents/${departments[0]!.documents[0]}/`],
    ['task table', 'tasks/'],
    ['document task table', `tasks/${departments[0]!.documents[0]}/`],
    ['department index', 'departments/'],
    ['department', departments[0]!.url.slice(1)],
    ['filtered task table', `tasks/${departments[0]!.documents[0]}/?role=lead&sort=deadline`],
    ['kind of body', 'departments/kinds/fagaiwei/'],
    ['targets', 'targets/'],
    ['targets by check verdict', 'targets/?check=empty'],
    ['timeline', 'timeline/'],
    ['filtered timeline', 'timeline/?status=past'],
    ['filtered document list', 'documents/?kind=plan'],
    ['open data', 'data/'],
    ['not found', 'no-such-page/'],
  ];

  const views = [
    { width: 1280, scheme: 'light' },
    { width: 390, scheme: 'light' },
    { width: 1280, scheme: 'dark' },
  ] as const;

  it.each(pages)('the %s page has no axe violations, light and dark, wide and narrow', async (_name, rel) => {
    for (const { width, scheme } of views) {
      const page = await site.page({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url + rel);
      const result = await new AxeBuilder({ page }).analyze();
      const violations = result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      expect(violations, `${rel} at ${width}px, ${scheme}`).toEqual([]);
      await page.close();
    }
  });

  it('the search dialog with results has no axe violations', async () => {
    const page = await site.page();
    await page.goto(site.url);
    await search(page, '发改委');
    // Pagefind's own input is named by its title attribute only, which axe lists as a best practice
    // (label-title-only), not a WCAG failure; everything else in the dialog is checked.
    const result = await new AxeBuilder({ page })
      .include('#starlight__search')
      .disableRules(['label-title-only'])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('served from a sub-path', () => {
  let sub: Site;
  beforeAll(async () => {
    sub = await openSite({ base: '/policy/' });
  });
  afterAll(async () => {
    expect(sub.offOrigin()).toEqual([]);
    expect(sub.cspViolations()).toEqual([]);
    expect(sub.errors()).toEqual([]);
    await sub.close();
  });

  it('navigates, searches and downloads data under /policy/ without a single failed request', async () => {
    const page = await sub.page();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(sub.url);
    await page.locator('.doc-card-title a').first().click();
    await page.waitForURL(/\/policy\/documents\/[^/]+\/$/);
    await page.locator('.task-roles a.dept').first().click();
    await page.waitForURL(/\/policy\/departments\//);
    const results = await search(page, '碳达峰试点');
    expect(new URL(results[0]!.href).pathname).toMatch(/^\/policy\//);
    await page.goto(`${sub.url}data/`);
    const tasks = await page.locator('a[href$="data/tasks.json"]').first().getAttribute('href');
    expect(tasks).toBe('/policy/data/tasks.json');
    const response = await page.request.get(sub.origin + tasks);
    const records = (await response.json()) as Array<{ url: string }>;
    expect(records.every((r) => r.url.startsWith('/policy/'))).toBe(true);
    expect(failed).toEqual([]);
    expect(sub.requests().every((u) => new URL(u).pathname.startsWith('/policy/'))).toBe(true);
  });
});

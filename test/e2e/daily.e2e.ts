/**
 * The site for daily use (issue 12), in chromium at 1280 and 390 px: verdicts of the checks,
 * phones, filters in the address, cross-region views, links, search. Every path and value is read
 * from content/ (the data the site was built from); the cases are data, run by test.each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Department, Milestone, PolicyDocument, RuleSet, Target, Task } from '../../src/schema/index.ts';
import { questionsOf } from '../../src/checks/eligibility.ts';
import { anchorFor } from '../../src/components/lib/url.ts';
import { root } from '../site/support/build.ts';
import { indexedSubResults, openSite, search, type Site } from './harness.ts';

const content = <T>(file: string) => JSON.parse(readFileSync(path.join(root, 'content', file), 'utf8')) as T;
const targets = content<Target[]>('targets.json');
const tasks = content<Task[]>('tasks.json');
const departments = content<Department[]>('departments.json');
const rules = content<RuleSet[]>('rules.json');
const milestones = content<Milestone[]>('milestones.json');
const documentOf = (id: string) => content<PolicyDocument>(`documents/${id}.json`);

const widths = [1280, 390] as const;
const size = (width: number) => ({ width, height: width > 500 ? 900 : 844 });
let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  expect(site.offOrigin()).toEqual([]);
  expect(site.cspViolations()).toEqual([]);
  expect(site.errors()).toEqual([]);
  await site.close();
});

async function fresh(rel: string, width: number): Promise<Page> {
  const page = await site.page(size(width));
  await page.goto(site.url + 'checks/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(site.url + rel);
  // The toolbar shows once the island has read its saved state; typing before that would be undone.
  if (rel.startsWith('checks/')) await page.locator('.check-toolbar').first().waitFor();
  return page;
}

// ---- 1. Indicator verdicts on approximate and decrease targets ----

const approxCut = targets.find((t) => t.approximate && t.change === 'decrease' && t.comparator === '>=');
const approxLevel = targets.find((t) => t.approximate && t.change === null && t.comparator === '>=');

/** Inputs at the boundaries a person meets: past the figure, short but within 5%, short beyond it. */
const indicatorCases = [approxCut, approxLevel]
  .filter((t): t is Target => Boolean(t))
  .flatMap((t) => [
    {
      target: t,
      name: `${t.metric}: a value past 约${t.value}`,
      input: String(t.value + 1),
      status: 'met',
      says: '高于目标 1',
    },
    {
      target: t,
      name: `${t.metric}: exactly 约${t.value}`,
      input: String(t.value),
      status: 'met',
      says: '与目标值持平',
    },
    {
      target: t,
      name: `${t.metric}: 4% short of 约${t.value}`,
      input: String(Number((t.value * 0.96).toFixed(4))),
      status: 'near',
      says: '所选容差 ±5%',
    },
    {
      target: t,
      name: `${t.metric}: 6% short of 约${t.value}`,
      input: String(Number((t.value * 0.94).toFixed(4))),
      status: 'unmet',
      says: '还差',
    },
  ]);

describe.each(widths)('indicator check at %i px', (width) => {
  test('the seeds have an approximate decrease and an approximate level to judge', () => {
    expect(approxCut).toBeDefined();
    expect(approxLevel).toBeDefined();
  });

  test.each(indicatorCases)('$name is $status', async ({ target, input, status, says }) => {
    const page = await fresh(`checks/indicators/${target.document}/`, width);
    const row = page.locator(`.indicator[data-target="${target.id}"]`);
    await row.locator('input').fill(input);
    await expect.poll(() => row.getAttribute('data-status')).toBe(status);
    const text = await row.locator('.indicator__judgement').textContent();
    expect(text).toContain({ met: '达标', near: '接近目标', unmet: '未达标' }[status]);
    expect(text).toContain(says);
    // An approximate figure reads 约, never ≥ or =.
    expect(await row.locator('.indicator__target').textContent()).toMatch(/约\s*\d/);
    await page.close();
  });

  test('the tolerance is chosen by the person, named in the verdict, and kept in the address', async () => {
    const target = approxLevel!;
    const page = await fresh(`checks/indicators/${target.document}/`, width);
    const row = page.locator(`.indicator[data-target="${target.id}"]`);
    await row.locator('input').fill(String(Number((target.value * 0.93).toFixed(4))));
    await expect.poll(() => row.getAttribute('data-status')).toBe('unmet');
    await page.getByLabel('±10%', { exact: true }).check();
    await expect.poll(() => row.getAttribute('data-status')).toBe('near');
    expect(await row.locator('.indicator__judgement').textContent()).toContain('所选容差 ±10%');
    expect(new URL(page.url()).hash).toContain('tol=10');
    await page.close();
  });
});

// ---- 2. Eligibility result ----

const scoped = rules.find((r) => r.scope && questionsOf(r).some((c) => c.kind === 'disqualifier'))!;
const scopedRules = rules.filter((r) => r.document === scoped.document);

async function walk(page: Page, labels: string[]): Promise<void> {
  const go = async (label: string) => {
    await page.locator('.check-question').getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: '继续', exact: true }).click();
  };
  await go(scoped.applicantType);
  for (const label of labels) await go(label);
  await page.getByRole('button', { name: '查看结果' }).click();
  await page.locator('.check-result').waitFor();
}

describe.each(widths)('eligibility check at %i px', (width) => {
  test('asks who may apply before the conditions', async () => {
    const page = await fresh(`checks/eligibility/${scoped.document}/`, width);
    await page.locator('.check-question').getByLabel(scoped.applicantType, { exact: true }).check();
    await page.getByRole('button', { name: '继续', exact: true }).click();
    await expect.poll(() => page.locator('.check-question__text').textContent()).toBe(scoped.scope);
    expect(await page.locator('.check-question .check-caption').textContent()).toBe('申报对象');
    await page.close();
  });

  test('sorts answers into 不满足 ✗, 待确认 ? and 满足 ✓, in words too, and a shared link opens at the verdict', async () => {
    const page = await fresh(`checks/eligibility/${scoped.document}/`, width);
    const questions = questionsOf(scoped);
    // 否 to the second condition, 不确定 to the third, the favourable answer to all others.
    const labels = questions.map((c, i) => (i === 1 ? '否' : i === 2 ? '不确定' : c.kind === 'required' ? '是' : '否'));
    await walk(page, labels);
    expect(await page.locator('.check-result__status').textContent()).toBe('不符合');
    const group = (name: string) => page.locator(`[data-group="${name}"]`);
    expect(await group('unmet').locator('h3').textContent()).toMatch(/✗\s*不满足（1）/);
    expect(await group('uncertain').locator('h3').textContent()).toMatch(/\?\s*待确认（1）/);
    expect(await group('met').locator('h3').textContent()).toMatch(new RegExp(`✓\\s*满足（${questions.length - 2}）`));
    expect(await group('unmet').locator('.check-reason__text strong').textContent()).toBe(questions[1]!.text);
    expect(await group('uncertain').locator('.check-reason__text strong').textContent()).toBe(questions[2]!.text);
    // The checklist marks each answer by what it means, never ☑ for 否.
    const marks = await page.locator('.check-result .check-answers__mark').allTextContents();
    expect(marks.slice(2, 4).map((m) => m.replace(/\s/g, ''))).toEqual(['✗不满足', '?待确认']);
    expect(marks.join('')).not.toContain('☑');

    const shared = page.url();
    expect(new URL(shared).hash).toContain('at=result');
    const other = await site.page(size(width));
    await other.goto(shared);
    const heading = other.locator('#check-result-heading');
    await heading.waitFor();
    await expect
      .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(size(width).height / 2);
    expect(await other.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await other.close();
    await page.close();
  });

  test('writes the application deadline in Chinese', async () => {
    const deadline = scopedRules.flatMap((r) => r.criteria).find((c) => c.kind === 'deadline' && c.date)!;
    const [y, m, d] = deadline.date!.split('-').map(Number);
    const page = await fresh(`checks/eligibility/${scoped.document}/`, width);
    expect(await page.locator('.check-notice[data-window]').textContent()).toContain(`${y}年${m}月${d}日`);
    await page.close();
  });

  test('an acceptance count above its total is said as such, inline and in the result', async () => {
    const page = await fresh(`checks/acceptance/${scoped.document}/`, width);
    await page.getByLabel('约束指标总数', { exact: true }).fill('6');
    await page.getByLabel('已达标的约束指标数', { exact: true }).fill('7');
    await page.getByLabel('参考指标总数', { exact: true }).fill('10');
    await page.getByLabel('已达标的参考指标数', { exact: true }).fill('8');
    const panel = page.locator('.check--acceptance .check-result__panel');
    await expect.poll(() => panel.getAttribute('data-status')).toBe('invalid');
    expect(await page.locator('#count-bindingMet-error').textContent()).toBe('已达标的数量不能超出总数。');
    expect(await panel.textContent()).toContain('数量有误');
    expect(await panel.textContent()).toContain('已达标的数量不能超出总数。');
    expect(await panel.textContent()).not.toContain('请填写数量');
    await page.close();
  });
});

// ---- 6, 7, 9. Task tables: cards on a phone, filters in the address, anchors, citations, CSV ----

const doc = [...new Set(tasks.map((t) => t.document))]
  .map((id) => ({ id, list: tasks.filter((t) => t.document === id) }))
  .sort((a, b) => b.list.length - a.list.length)[0]!;
const lead = departments.find((d) => d.leads.some((id) => id.startsWith(`${doc.id}/`)))!;

describe.each(widths)('task table at %i px', (width) => {
  test('filters by department and role in place, keeps it in the address, and exports what is shown', async () => {
    const page = await site.page(size(width));
    await page.goto(`${site.url}tasks/${doc.id}/`);
    const rows = page.locator('tr[data-filter-item]');
    expect(await rows.count()).toBe(doc.list.length);
    await page.getByLabel('部门', { exact: true }).selectOption(lead.id);
    await page.getByLabel('角色', { exact: true }).selectOption('lead');
    const led = doc.list.filter((t) => t.leads.includes(lead.id));
    await expect.poll(() => page.locator('tr[data-filter-item]:visible').count()).toBe(led.length);
    expect(await page.locator('form[data-filters] output').textContent()).toBe(
      `显示 ${led.length} / ${doc.list.length} 项`,
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('department')).toBe(lead.id);
    expect(url.searchParams.get('role')).toBe('lead');

    // The shared address opens filtered.
    const other = await site.page(size(width));
    await other.goto(url.href);
    await expect.poll(() => other.locator('tr[data-filter-item]:visible').count()).toBe(led.length);
    await other.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出当前表格 (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(led.length + 1);
    for (const task of led) expect(csv).toContain(task.title.slice(0, 8));
    await page.close();
  });

  test('gives each task a stable anchor and a citation of number and clause', async () => {
    const task = doc.list.find(
      (t) => t.kind === 'numbered' && doc.list.filter((x) => x.number === t.number).length === 1,
    )!;
    const page = await site.page(size(width));
    await page.goto(`${site.url}tasks/${doc.id}/#task-${task.number}`);
    const heading = page.locator(`[id="task-${task.number}"]`);
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect((await heading.textContent())!.replace(/\s+/g, ' ').trim()).toBe(`任务 ${task.number}`);
    const row = page.locator('tr', { has: heading });
    const number = documentOf(doc.id).docNumber;
    if (number) expect(await row.locator('.cite-text').textContent()).toContain(number);
    expect(await row.locator('.cite-copy').isVisible()).toBe(true);
    await page.close();
  });
});

test('on a phone, a task row is a card: number, title, 牵头 chips, deadline, no sideways scrolling', async () => {
  const page = await site.page(size(390));
  await page.goto(`${site.url}tasks/${doc.id}/`);
  const row = page.locator('tr[data-filter-item]').first();
  const box = (await row.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(await row.locator('td[data-label="期限"]').isVisible()).toBe(true);
  const label = await row.locator('td[data-label="牵头"]').evaluate((td) => getComputedStyle(td, '::before').content);
  expect(label).toBe('"牵头："');
  // No name wraps every few characters: the title cell is as wide as the card.
  const title = (await row.locator('.task-cell').boundingBox())!;
  expect(title.width).toBeGreaterThan(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.close();
});

// ---- 7. Targets, timeline and document list filters ----

describe.each(widths)('filters at %i px', (width) => {
  test('targets by document, and by the verdict of this browser’s indicator check', async () => {
    const target = approxCut ?? targets[0]!;
    const page = await fresh(`checks/indicators/${target.document}/`, width);
    await page.locator(`.indicator[data-target="${target.id}"] input`).fill(String(target.value + 1));
    await expect
      .poll(() => page.locator(`.indicator[data-target="${target.id}"]`).getAttribute('data-status'))
      .toBe('met');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    // The targets list is split by document: the document's page links to the part that holds its targets.
    await page.goto(`${site.url}documents/${target.document}/`);
    const toTargets = await page
      .locator(`a[href*="?document=${target.document}#targets"]`)
      .first()
      .getAttribute('href');
    await page.goto(`${site.origin}${new URL(toTargets!, page.url()).pathname}?document=${target.document}&check=met`);
    await expect.poll(() => page.locator('tr[data-filter-item]:visible').count()).toBe(1);
    expect(await page.locator('tr[data-filter-item]:visible th').textContent()).toContain(target.metric);
    await page.getByLabel('指标自查结果', { exact: true }).selectOption('');
    const ofDocument = targets.filter((t) => t.document === target.document).length;
    await expect.poll(() => page.locator('tr[data-filter-item]:visible').count()).toBe(ofDocument);
    expect(new URL(page.url()).search).toBe(`?document=${target.document}`);
    await page.close();
  });

  test('timeline by year and status', async () => {
    const dated = milestones.filter((m) => m.start || m.end);
    const year = (m: Milestone) => (m.end ?? m.start)!.slice(0, 4);
    const chosen = year(dated[0]!);
    const page = await site.page(size(width));
    await page.goto(`${site.url}timeline/?year=${chosen}`);
    await expect
      .poll(() => page.locator('tr[data-filter-item]:visible').count())
      .toBe(dated.filter((m) => year(m) === chosen).length);
    await page.getByLabel('状态', { exact: true }).selectOption('upcoming');
    expect(new URL(page.url()).searchParams.get('status')).toBe('upcoming');
    const statuses = await page
      .locator('tr[data-filter-item]:visible')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(statuses.every((s) => s === 'upcoming')).toBe(true);
    await page.close();
  });

  test('document list by kind: a call for applications is one with rules', async () => {
    const page = await site.page(size(width));
    await page.goto(`${site.url}documents/?kind=call`);
    const calls = new Set(rules.map((r) => r.document));
    await expect.poll(() => page.locator('.doc-card:visible').count()).toBe(calls.size);
    await page.close();
  });
});

test('without JavaScript the tables are whole and no filter form shows', async () => {
  const context = await site.context.browser()!.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}tasks/${doc.id}/?department=${lead.id}`);
  expect(await page.locator('tr[data-filter-item]:visible').count()).toBe(doc.list.length);
  expect(await page.locator('form[data-filters]').isVisible()).toBe(false);
  await context.close();
});

// ---- 5, 9. Document page ----

describe.each(widths)('document page at %i px', (width) => {
  test('says its title once, folds the title block, links non-zero counts and its self-checks', async () => {
    const withRules = rules[0]!.document;
    const page = await site.page(size(width));
    await page.goto(`${site.url}documents/${withRules}/`);
    const title = documentOf(withRules).title;
    const visibleTitles = await page
      .getByText(title, { exact: true })
      .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    expect(visibleTitles).toBe(1);
    expect(await page.locator('details.front-block').getAttribute('open')).toBeNull();
    const summary = page.locator('.doc-summary').first();
    for (const link of await summary.locator('a').allTextContents()) expect(link).not.toMatch(/^0 /);
    await page.locator('.doc-checks').getByRole('link', { name: '资格自查' }).click();
    await page.waitForURL(`**/checks/eligibility/${withRules}/`);
    await page.close();
  });

  test('aligns each metadata value beside its label', async () => {
    const page = await site.page(size(width));
    await page.goto(`${site.url}documents/${rules[0]!.document}/`);
    const lefts = await page
      .locator('.doc-meta dd')
      .evaluateAll((dds) => [...new Set(dds.map((d) => Math.round(d.getBoundingClientRect().left)))]);
    expect(lefts).toHaveLength(1);
    await page.close();
  });
});

// ---- 8. Cross-region views and a department's calendar ----

describe.each(widths)('departments across regions at %i px', (width) => {
  test('a kind page lists each region’s body, linked both ways; a department offers its deadlines', async () => {
    const page = await site.page(size(width));
    await page.goto(`${site.url}departments/`);
    await page.locator('.kind-list a').first().click();
    await page.waitForURL(/\/departments\/kinds\/[a-z0-9-]+\/$/);
    const kindUrl = new URL(page.url()).pathname;
    const rows = page.locator('.kind-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const regions = await rows.locator('th').allTextContents();
    expect(new Set(regions).size).toBe(regions.length);
    await rows.first().locator('a').click();
    await page.waitForURL(/\/departments\/[a-z0-9-]+\/$/);
    expect(await page.locator(`a[href="${kindUrl}"]`).count()).toBe(1);
    await page.close();
  });
});

test('a department’s calendar holds the dated deadlines of the tasks it leads', async () => {
  const page = await site.page();
  for (const dept of departments) {
    const response = await page.request.get(`${site.url}departments/${dept.id}/deadlines.ics`);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  }
  await page.close();
});

// ---- 4. Search ----

describe('search', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page();
    await page.goto(site.url);
  });

  test('发改委 lands on department index entries, and the index holds the body written exactly 市发改委', async () => {
    const exact = departments.find((d) => d.name === '市发改委' || d.aliases.includes('市发改委'))!;
    const results = await search(page, '发改委');
    const shown = results
      .filter((r) => /\/departments\/(page\/\d+\/)?$/.test(new URL(r.href).pathname))
      .flatMap((r) => r.subs);
    expect(shown.length).toBeGreaterThan(0);
    // Which three entries of the index page the dialog shows is Pagefind's choice (most matches);
    // the exact body is among the entries the index returns.
    const held = await indexedSubResults(page, site.base, '发改委');
    expect(held, held.join(' ')).toContain(`${site.base}departments/#${anchorFor(exact.id)}`);
  });

  test('lists every page once, never again as its #_top', async () => {
    const results = await search(page, '碳达峰');
    for (const r of results) expect(r.subs.some((s) => s.endsWith('#_top'))).toBe(false);
    const pages = results.map((r) => new URL(r.href).pathname);
    expect(new Set(pages).size).toBe(pages.length);
  });

  test.each(['苏州 任务7', '苏州 任务 7'])('%s finds task 7 of that plan', async (query) => {
    const results = await search(page, query);
    const first = results[0]!;
    expect(new URL(first.href).pathname).toBe(`${site.base}tasks/suzhou-carbon-peak/`);
    expect(new URL(first.subs[0]!).hash).toBe('#task-7');
  });

  test('谁牵头 answers with the task tables, not dozens of loose hits', async () => {
    const results = await search(page, '谁牵头');
    const message = (await page.locator('#starlight__search .pagefind-ui__message').textContent())!;
    const count = Number(/(\d+)/.exec(message)?.[1]);
    expect(count).toBeLessThanOrEqual(10);
    expect(new URL(results[0]!.href).pathname).toMatch(/\/tasks\//);
  });

  test('a result excerpt keeps neighbouring cells apart', async () => {
    const partnered = tasks.find((t) => t.document === 'suzhou-carbon-peak' && t.partners.length >= 2)!;
    const [a, b] = partnered.partners.map((id) => departments.find((d) => d.id === id)!.name);
    await search(page, `${a} ${b}`);
    const excerpts = (await page.locator('#starlight__search .pagefind-ui__result-excerpt').allTextContents()).join(
      '\n',
    );
    expect(excerpts).not.toContain(`${a}${b}`);
  });
});

// ---- 3. Layout ----

test.each(['', 'documents/'])('the first row of document cards on "/%s" stands in one line at 1280 px', async (rel) => {
  const page = await site.page(size(1280));
  await page.goto(site.url + rel);
  const boxes = await page
    .locator('.doc-card')
    .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left })));
  const firstRow = boxes.filter((b) => Math.abs(b.top - boxes[0]!.top) < 20);
  expect(firstRow.length).toBeGreaterThan(1);
  expect(new Set(firstRow.map((b) => Math.round(b.top))).size).toBe(1);
  await page.close();
});

/**
 * The pages rendered from a small hand-written fixture (test/site/fixtures/content): what a
 * reader sees of clauses, facts and departments, independent of the extractor's current output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';

const built = ensureBuilt({ contentDir: 'test/site/fixtures/content' });
const page = (rel: string) => readFileSync(path.join(built.dir, rel, 'index.html'), 'utf8');
const between = (html: string, start: string, end: string) =>
  html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

describe('a document page', () => {
  const html = page('documents/alpha-plan');
  const text = between(html, '<div class="policy-text">', '<footer');

  it('renders the clauses as in the snapshot', async () => {
    const readable = text.replace(/<div class="(clause |front-block)/g, '\n<div class="$1');
    await expect(readable).toMatchFileSnapshot('__snapshots__/alpha-plan.policy-text.html');
  });

  it('sets headings by outline depth with the clause id as anchor', () => {
    expect(text).toMatch(/<h2 id="c1" class="clause-heading">/);
    expect(text).toMatch(/<h3 id="c2-1" class="clause-heading">/);
    expect(text).toMatch(
      /<h4 id="c2-1-1" class="clause-heading run-in"><span class="marker">1\.<\/span>强化规划引领。<\/h4>/,
    );
  });

  it('marks each target, reported figure and date at its span and links it to its view', () => {
    expect(text).toContain('<a class="fact fact-target" href="/targets/#alpha-plan-t1"');
    // The span covers the whole fact as quoted, not only its number.
    expect(text).toMatch(/href="\/targets\/#alpha-plan-t1"[^>]*><mark>全市林草覆盖率达到65\.2%以上<\/mark>/);
    expect(text).toMatch(
      /class="fact fact-baseline" href="\/targets\/#alpha-plan-b1"[^>]*><mark>林草覆盖率为60%<\/mark>/,
    );
    expect(text).toMatch(
      /class="fact fact-date" href="\/timeline\/#alpha-plan-m1"[^>]*><mark>于2025年1月10日前<\/mark>/,
    );
  });

  it('shows 牵头 and 配合 departments as different links, and generic bodies as plain text', () => {
    const task1 = between(text, 'data-clause="c2-1-1"', 'data-clause="c2-1-2"');
    expect(task1).toContain(
      '<span class="role-name">牵头</span><ul class="dept-list dept-list-lead">' +
        '<li><a class="dept dept-lead" href="/departments/d-jsfgw/">市发改委</a>',
    );
    expect(task1).toContain(
      '<span class="role-name">配合</span><ul class="dept-list dept-list-partner">' +
        '<li><a class="dept dept-partner" href="/departments/d-jsstj/">市生态环境局</a>',
    );
    const task2 = between(text, 'data-clause="c2-1-2"', 'data-clause="c2-t1"');
    expect(task2).toContain('class="dept dept-responsible" href="/departments/d-jszjj/"');
    expect(task2).toContain('<span class="generic">市各有关部门</span>');
  });

  it('lists annex rows with their responsible departments under the table', () => {
    const table = between(text, 'data-clause="c2-t1"', '</table></div>');
    expect(table).toContain('<th scope="col">责任单位</th>');
    expect(text).toMatch(
      /<span class="task-title">能源领域实施方案<\/span>.*?任务 附表1.*?dept-responsible" href="\/departments\/d-jsfgw\/"/s,
    );
  });

  it('gives every non-title clause a link to itself', () => {
    for (const id of ['c1', 'c1-p1', 'c2', 'c2-1', 'c2-1-1', 'c2-1-2', 'c2-t1'])
      expect(text).toContain(`<a class="clause-link" href="#${id}"`);
  });

  it('shows the metadata block and never the removed junk', () => {
    expect(html).toContain('<dt>发文字号</dt><dd>甲政发〔2022〕7号</dd>');
    expect(html).toContain('<dt>成文日期</dt><dd>2022年3月17日</dd>');
  });
});

describe('a department page', () => {
  const html = page('departments/d-jsfgw');
  it('lists the tasks it leads and those it is responsible for, by document', () => {
    expect(html).toMatch(/<div id="_top"[^>]*><h1[^>]*>甲市 市发改委<\/h1>/);
    expect(between(html, 'id="leads"', 'id="partners"')).toContain('data-task="alpha-plan/c2-1-1"');
    expect(between(html, 'id="responsible"', '</section>')).toContain('data-task="alpha-plan/annex-1"');
    expect(html).toContain('甲市关于推进绿色低碳发展的实施意见（1 项）');
  });
  it('carries the short form 发改委 for search', () => {
    expect(html).toMatch(/<dt>又称<\/dt>\s*<dd><span data-pagefind-weight="10">[^<]*发改委/);
  });
});

describe('the targets page', () => {
  const html = page('targets');
  it('puts the same metric from two documents side by side', () => {
    const compare = between(html, 'id="compare"', 'id="baselines"');
    expect(compare).toContain('<th scope="row">林草覆盖率</th>');
    expect(compare).toContain('href="#alpha-plan-t1"');
    expect(compare).toContain('href="#beta-pilot-t1"');
  });
  it('lists reported figures apart from targets', () => {
    const baselines = html.slice(html.indexOf('id="baselines"'));
    expect(baselines).toContain('id="alpha-plan-b1"');
    expect(between(html, 'id="targets"', 'id="compare"')).not.toContain('id="alpha-plan-b1"');
  });
});

describe('the timeline', () => {
  const html = page('timeline');
  it('orders milestones by the day they fall due', () => {
    const ids = [...html.matchAll(/<tr id="([^"]+)" class="timeline-row"/g)].map((m) => m[1]);
    expect(ids).toEqual(['alpha-plan-issued', 'alpha-plan-m1', 'beta-pilot-m1', 'alpha-plan-m2', 'beta-pilot-m2']);
  });
  it('publishes the dated ones as calendar events', () => {
    const ics = readFileSync(path.join(built.dir, 'data/milestones.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      [
        'alpha-plan/issued@policy-atlas',
        'alpha-plan/m1@policy-atlas',
        'beta-pilot/m1@policy-atlas',
        'beta-pilot/m2@policy-atlas',
      ].sort(),
    );
    const period = events.find((e) => e.uid.startsWith('beta-pilot/m2'))!;
    expect(period.startDate.toString()).toBe('2024-11-01');
    expect(period.endDate.toString()).toBe('2031-01-01');
  });
});

describe('markup inside a source text', () => {
  const html = page('documents/alpha-plan');
  const clause = between(html, 'data-clause="p9"', '</div>');

  it('is shown literally, never executed or interpreted', () => {
    expect(clause).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(clause).toContain('*不是强调*');
    expect(clause).toContain('[不是链接](https://example.org)');
    expect(clause).toContain('`不是代码`');
    expect(clause).toContain('&lt;b&gt;不是粗体&lt;/b&gt;');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('href="https://example.org"');
    expect(clause).not.toMatch(/<(em|strong|code|b)>/);
  });
});

describe('the opening of a document page', () => {
  const html = page('documents/alpha-plan');
  it('folds the title block away behind a summary, the metadata above it', () => {
    expect(html).toMatch(/<details class="front-block"><summary>原文文头/);
    expect(html.indexOf('class="doc-meta"')).toBeLessThan(html.indexOf('class="front-block"'));
  });
  it('links a count only when it counts something, to the list filtered to this document', () => {
    const summary = between(html, '<p class="doc-summary"', '</p>');
    expect(summary).toContain('href="/targets/?document=alpha-plan#targets"');
    expect(summary).not.toMatch(/<a [^>]*>0 /);
  });
});

describe('a call for applications', () => {
  it('links its self-check from its document page', () => {
    expect(page('documents/beta-pilot')).toContain('href="/checks/eligibility/beta-pilot/"');
  });
  it('lists who may apply and what is offered, with their clauses, before any script runs', () => {
    const check = page('checks/eligibility/beta-pilot');
    const statics = between(check, '<div class="check-static">', '</astro-island>');
    expect(statics).toMatch(/<h4>申报对象<\/h4><ol class="check-static-list"><li>省级及以上园区/);
    expect(statics).toMatch(
      /<h4>可获得的支持<\/h4><ol class="check-static-list"><li>每个试点给予不超过500万元资金支持.*?data-clause="c1-3"/s,
    );
  });
});

describe('a document’s task table', () => {
  const html = page('tasks/alpha-plan');
  it('gives each task a heading anchored by its number and a citation of number and clause', () => {
    expect(html).toMatch(/<h2 class="task-no" id="task-1"><span class="task-no-word">任务<\/span> 1<\/h2>/);
    expect(html).toContain('<span class="cite-text">甲政发〔2022〕7号 二、（一）1.</span>');
  });
});

import { describe, expect, it } from 'vitest';
import { chronological, statusOn } from '../../src/components/lib/timeline.ts';
import { today } from '../../src/ui/today.ts';
import { describeWhen } from '../../src/components/lib/milestone-view.ts';
import { formatDate, formatTargetValue } from '../../src/ui/format.ts';
import { comparableMetrics, sameMetric } from '../../src/components/lib/compare.ts';
import { tasksOfDepartment, byRegion } from '../../src/components/lib/department-view.ts';
import { anchorFor, externalHref, href } from '../../src/components/lib/url.ts';
import type { Target, Task } from '../../src/schema/index.ts';

describe('timeline', () => {
  it.each([
    ['a deadline before today is past', { start: null, end: '2025-01-10' }, '2025-01-11', 'past'],
    ['a deadline on today is upcoming', { start: null, end: '2025-01-10' }, '2025-01-10', 'upcoming'],
    ['a period under way is current', { start: '2023-11-01', end: '2025-12-31' }, '2024-06-01', 'current'],
    ['a bare year counts to its last day', { start: null, end: '2025' }, '2025-12-31', 'upcoming'],
    ['a bare year is past the next January', { start: null, end: '2025' }, '2026-01-01', 'past'],
    ['no dates is undated', { start: null, end: null }, '2025-01-01', 'undated'],
  ] as const)('%s', (_name, m, today, status) => {
    expect(statusOn(m, today)).toBe(status);
  });

  it('orders by due day with bare years at the end of their year', () => {
    const list = [
      { id: 'a', start: null, end: '2025' },
      { id: 'b', start: null, end: '2025-01-10' },
      { id: 'c', start: '2022-03-17', end: '2022-03-17' },
    ];
    expect(chronological(list).map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });

  it('reads today in China Standard Time', () => {
    expect(today(new Date('2025-01-09T17:00:00Z'))).toBe('2025-01-10');
  });

  it('describes dates in Chinese', () => {
    expect(describeWhen({ kind: 'deadline', start: null, end: '2025-01-10', duration: null })).toBe('2025年1月10日 前');
    expect(describeWhen({ kind: 'period', start: '2023-11-01', end: '2025-12-31', duration: null })).toBe(
      '2023年11月1日 至 2025年12月31日',
    );
    expect(describeWhen({ kind: 'duration', start: null, end: null, duration: { value: 5, unit: '个工作日' } })).toBe(
      '5个工作日',
    );
    expect(formatDate('2025')).toBe('2025年');
  });
});

describe('target values', () => {
  const t = (o: Partial<Target>) =>
    ({ comparator: '>=', value: 65.2, unit: '%', change: null, baseline: null, approximate: false, ...o }) as Target;
  it('writes comparator, value and unit', () => {
    expect(formatTargetValue(t({}))).toBe('≥\u00a065.2%');
    expect(formatTargetValue(t({ comparator: '=', value: 10, unit: '个' }))).toBe('10个');
  });
  it('writes a change against its baseline year', () => {
    expect(formatTargetValue(t({ comparator: '>=', value: 16, change: 'decrease', baseline: 2020 }))).toBe(
      '较2020年下降 ≥\u00a016%',
    );
  });
  it('writes an approximate value as 约, whatever direction it is judged in', () => {
    expect(
      formatTargetValue(t({ comparator: '>=', value: 6, change: 'decrease', baseline: 2020, approximate: true })),
    ).toBe('较2020年下降 约\u00a06%');
    expect(formatTargetValue(t({ comparator: '>=', value: 470, unit: '万千瓦', approximate: true }))).toBe(
      '约\u00a0470万千瓦',
    );
  });
  it('puts the same metric from two documents side by side', () => {
    const rows = comparableMetrics(
      [
        t({ document: 'a', metric: '森林覆盖率' }),
        t({ document: 'b', metric: '全市森林覆盖率' }),
        t({ document: 'a', metric: '只在一份文件' }),
      ],
      [],
    );
    expect(rows.map((r) => [r.metric, [...r.targets.keys()]])).toEqual([['森林覆盖率', ['a', 'b']]]);
  });
  it('pairs a reported figure with the target for the same metric', () => {
    const baseline = { id: 'b1', document: 'a', metric: '优良天数比例', value: 62, unit: '%', year: 2020 } as never;
    const rows = comparableMetrics([t({ document: 'a', metric: '空气质量优良天数比例' })], [baseline]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.metric).toBe('优良天数比例');
  });
  it('does not treat a bare word as the same measure as a longer name', () => {
    expect(sameMetric('覆盖率', '森林覆盖率')).toBe(false);
    expect(sameMetric('林草覆盖率', '森林覆盖率')).toBe(false);
    expect(sameMetric('优良天数比例', '空气质量优良天数比例')).toBe(true);
  });
});

describe('department view', () => {
  const task = (id: string, o: Partial<Task>) =>
    ({ id, document: 'd', leads: [], partners: [], responsible: [], inherited: [], ...o }) as Task;
  it('lists a task under every role the task record gives the department', () => {
    const tasks = [
      task('t1', { leads: ['x'], partners: ['x'] }),
      task('t2', { responsible: ['x'] }),
      task('t3', {
        inherited: [
          {
            phrase: '各县区',
            role: 'partner',
            department: 'x',
            clause: 'c',
            line: 1,
            quote: 'q',
            span: { start: 0, end: 1 },
          },
        ],
      }),
      task('t4', { leads: ['y'] }),
    ];
    const mine = tasksOfDepartment('x', tasks);
    expect(mine.leads.map((t) => t.id)).toEqual(['t1']);
    expect(mine.partners.map((t) => t.id)).toEqual(['t1', 't3']);
    expect(mine.responsible.map((t) => t.id)).toEqual(['t2']);
  });
  it('groups by region with departments without a region last', () => {
    const d = (name: string, region: string | null) => ({ id: name, name, region }) as never;
    expect(byRegion([d('乙', null), d('甲', '苏州市'), d('丙', '济南市')]).map(([r]) => r)).toEqual([
      '济南市',
      '苏州市',
      null,
    ]);
  });
});

describe('urls', () => {
  it('makes fragment ids from record ids', () => {
    expect(anchorFor('suzhou-carbon-peak/target-3')).toBe('suzhou-carbon-peak-target-3');
  });
  it('leaves fragments alone and puts site paths under the base path', () => {
    expect(href('#c1')).toBe('#c1');
    expect(href('/documents/x/')).toBe('/documents/x/');
    expect(href('documents/x/')).toBe('/documents/x/');
  });
  it.each([
    ['a script URL', 'javascript:alert(1)', '/javascript:alert(1)'],
    ['another site', 'https://example.org/', '/https://example.org/'],
    ['a protocol-relative address', '//example.org/x', '/example.org/x'],
    ['a backslash address browsers read as protocol-relative', '/\\example.org/x', '/example.org/x'],
    ['leading white space', ' \t//example.org', '/example.org'],
  ])('reads %s in a record as a path on this site', (_name, path, expected) => {
    expect(href(path)).toBe(expected);
  });
  it.each([
    ['https://www.example.gov.cn/a?b=1', 'https://www.example.gov.cn/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['not a url', null],
    [null, null],
  ])('links a source address %j only when it is http or https', (url, expected) => {
    expect(externalHref(url)).toBe(expected);
  });
});

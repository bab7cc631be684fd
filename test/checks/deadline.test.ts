import { describe, expect, test } from 'vitest';
import { deadlinesOf, windowClosed, type WindowReason } from '../../src/checks/index.ts';
import { today } from '../../src/ui/today.ts';
import type { RuleSet } from '../../src/schema/index.ts';
import { threeTypes, twoTypes } from './fixtures.ts';

const cases: {
  name: string;
  ruleSets: RuleSet[];
  today: string;
  codes: WindowReason[];
  daysLeft: number[];
  closed: boolean;
}[] = [
  {
    name: 'the last day itself is still open',
    ruleSets: twoTypes,
    today: '2025-01-10',
    codes: ['window-open'],
    daysLeft: [0],
    closed: false,
  },
  {
    name: 'the day after the last day is closed',
    ruleSets: twoTypes,
    today: '2025-01-11',
    codes: ['window-closed'],
    daysLeft: [-1],
    closed: true,
  },
  {
    name: 'days left count calendar days across a month end',
    ruleSets: threeTypes,
    today: '2023-09-30',
    codes: ['window-open'],
    daysLeft: [31],
    closed: false,
  },
  {
    name: 'one deadline shared by three types is reported once',
    ruleSets: threeTypes,
    today: '2026-05-01',
    codes: ['window-closed'],
    daysLeft: [-913],
    closed: true,
  },
];

describe('deadlinesOf', () => {
  test.each(cases)('$name', ({ ruleSets, today, codes, daysLeft, closed }) => {
    const deadlines = deadlinesOf(ruleSets, today);
    expect(deadlines.map((d) => d.code)).toEqual(codes);
    expect(deadlines.map((d) => d.daysLeft)).toEqual(daysLeft);
    expect(windowClosed(deadlines)).toBe(closed);
    for (const d of deadlines) expect(d.citation.clause).toMatch(/^c/);
  });

  test('a rule set without deadlines has no window to close', () => {
    expect(windowClosed(deadlinesOf([], '2025-01-01'))).toBeNull();
  });

  test('today is the calendar day in China, wherever the page is viewed', () => {
    // 23:30 in London on 9 January is already 10 January in China: the deadline day has passed.
    expect(today(new Date('2025-01-09T23:30:00Z'))).toBe('2025-01-10');
    expect(today(new Date('2025-01-09T15:59:59Z'))).toBe('2025-01-09');
    expect(today(new Date('2025-01-09T16:00:00Z'))).toBe('2025-01-10');
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/components/lib/open-data/csv.ts';
import { escapeText, eventDays, fold, toIcs } from '../../src/components/lib/open-data/ics.ts';

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv([{ a: 1, b: '乙' }]);
    expect(csv.startsWith('\uFEFFa,b\r\n1,乙\r\n')).toBe(true);
  });
  it('quotes commas, quotes and line breaks, and joins string lists with semicolons', () => {
    const csv = toCsv([{ text: '甲,"乙"\n丙', list: ['市发改委', '市生态环境局'], none: null }]);
    expect(csv).toContain('"甲,""乙""\n丙",市发改委; 市生态环境局,');
  });
  it('writes objects as JSON', () => {
    expect(toCsv([{ o: { start: 2022, end: 2025 } }])).toContain('"{""start"":2022,""end"":2025}"');
  });
});

describe('iCalendar', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'碳达峰'.repeat(20)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('escapes text values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('takes days only from full dates', () => {
    expect(eventDays({ start: null, end: '2025' })).toBeNull();
    expect(eventDays({ start: '2023', end: '2023-10-31' })).toEqual({ start: '2023-10-31', end: '2023-10-31' });
    expect(eventDays({ start: '2023-11-01', end: '2025-12-31' })).toEqual({ start: '2023-11-01', end: '2025-12-31' });
  });
  it('writes a feed that a real iCalendar parser reads back', () => {
    const text = toIcs('政策通 · 时间表', [
      { uid: 'x/1@policy-atlas', start: '2025-01-10', end: '2025-01-10', summary: '报送材料，截止', description: '于2025年1月10日前\n某文件', url: 'https://example.org/a/#c1', categories: '截止', stamp: '2024-11-01' },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('报送材料，截止');
    expect(event.description).toBe('于2025年1月10日前\n某文件');
    expect(event.startDate.toString()).toBe('2025-01-10');
    expect(event.endDate.toString()).toBe('2025-01-11');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('政策通 · 时间表');
  });
});

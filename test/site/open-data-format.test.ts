import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/open-data/csv.ts';
import { contentStamp, escapeText, eventDays, fold, toIcs } from '../../src/open-data/ics.ts';
import { contentDate } from '../../src/open-data/files.ts';

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv([{ a: 1, b: '乙' }]);
    expect(csv.startsWith('\uFEFFa,b\r\n1,乙\r\n')).toBe(true);
  });
  it('quotes commas, quotes and line breaks, and joins string lists with semicolons', () => {
    const csv = toCsv([{ text: '甲,"乙"\n丙', list: ['市发改委', '市生态环境局'], none: null }]);
    expect(csv).toContain('"甲,""乙""\n丙","市发改委; 市生态环境局",');
  });
  it('writes objects as JSON', () => {
    expect(toCsv([{ o: { start: 2022, end: 2025 } }])).toContain('"{""start"":2022,""end"":2025}"');
  });
});

describe('CSV cells a spreadsheet would run', () => {
  const cell = (value: string | number | string[]) => toCsv([{ v: value }]).split('\r\n')[1];
  it.each([
    ['=1+2局', `"'=1+2局"`],
    ['+86-10', `"'+86-10"`],
    ['-1+1', `"'-1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+2', `"'\t=1+2"`],
    ['\r=1+2', `"'\r=1+2"`],
    [' =1+2', `"' =1+2"`],
    ['=HYPERLINK("http://example.org","x")', `"'=HYPERLINK(""http://example.org"",""x"")"`],
  ])("writes %j as quoted text after a '", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });
  it('neutralises a list whose first name is a formula, and quotes lists so ; cannot split them', () => {
    expect(cell(['=1+2局', '市发改委'])).toBe(`"'=1+2局; 市发改委"`);
    expect(cell(['市发改委', '=1+2局'])).toBe('"市发改委; =1+2局"');
  });
  it('leaves numbers and ordinary text as they are', () => {
    expect(cell(-5)).toBe('-5');
    expect(cell('市发改委')).toBe('市发改委');
    expect(cell('1+2=3')).toBe('1+2=3');
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
  it('writes a bare CR, a bare LF and a CRLF each as one escaped line break', () => {
    expect(escapeText('a\rb\nc\r\nd')).toBe('a\\nb\\nc\\nd');
  });
  it('lets no source text start a property of its own', () => {
    const hostile = '截止\rDTSTART:19700101\nATTACH:http://example.org/x\r\nEND:VEVENT';
    const text = toIcs(
      'x',
      [
        {
          uid: `a\rUID:b@policy-atlas`,
          start: '2025-01-10',
          end: '2025-01-10',
          summary: hostile,
          description: hostile,
          url: null,
          categories: hostile,
        },
      ],
      '2024-11-01',
    );
    const lines = text.split('\r\n').filter((l) => !l.startsWith(' '));
    expect(lines.filter((l) => /^(DTSTART|ATTACH|END:VEVENT|UID)/.test(l))).toEqual([
      'UID:a\\nUID:b@policy-atlas',
      'DTSTART;VALUE=DATE:20250110',
      'END:VEVENT',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('截止\nDTSTART:19700101\nATTACH:http://example.org/x\nEND:VEVENT');
  });
  it('stamps events with the start of the content date in China, in UTC', () => {
    expect(contentStamp('2024-11-01')).toBe('20241031T160000Z');
    const text = toIcs(
      'x',
      [
        {
          uid: 'u@policy-atlas',
          start: '2025-01-10',
          end: '2025-01-10',
          summary: 's',
          description: 'd',
          url: null,
          categories: null,
        },
      ],
      '2024-11-01',
    );
    expect(text).toContain('\r\nDTSTAMP:20241031T160000Z\r\n');
  });
  it('dates the content by its newest document, else its newest milestone day', () => {
    const doc = (issued: string | null, published: string | null) => ({ issued, published }) as never;
    expect(
      contentDate({
        documents: [doc('2022-03-17', null), doc('2024-11-01', '2024-11-05'), doc(null, null)],
        milestones: [],
      }),
    ).toBe('2024-11-05');
    expect(
      contentDate({ documents: [doc(null, null)], milestones: [{ start: null, end: '2025-01-10' } as never] }),
    ).toBe('2025-01-10');
    expect(contentDate({ documents: [], milestones: [] })).toBe('1970-01-01');
  });
  it('takes days only from full dates', () => {
    expect(eventDays({ start: null, end: '2025' })).toBeNull();
    expect(eventDays({ start: '2023', end: '2023-10-31' })).toEqual({ start: '2023-10-31', end: '2023-10-31' });
    expect(eventDays({ start: '2023-11-01', end: '2025-12-31' })).toEqual({ start: '2023-11-01', end: '2025-12-31' });
  });
  it('writes a feed that a real iCalendar parser reads back', () => {
    const text = toIcs(
      '政策通 · 时间表',
      [
        {
          uid: 'x/1@policy-atlas',
          start: '2025-01-10',
          end: '2025-01-10',
          summary: '报送材料，截止',
          description: '于2025年1月10日前\n某文件',
          url: 'https://example.org/a/#c1',
          categories: '截止',
        },
      ],
      '2024-11-01',
    );
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('报送材料，截止');
    expect(event.description).toBe('于2025年1月10日前\n某文件');
    expect(event.startDate.toString()).toBe('2025-01-10');
    expect(event.endDate.toString()).toBe('2025-01-11');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('政策通 · 时间表');
  });
});

describe('the published contract', () => {
  it('has a meaning on the 开放数据 page for every field it publishes, none for a field it does not', async () => {
    const { datasets, fieldsOf, contractFields } = await import('../../src/open-data/contract.ts');
    const { dataFields } = await import('../../src/ui/strings.ts');
    for (const dataset of datasets) {
      const described = dataFields[dataset]!.fields.map(([name]) => name);
      expect(described.sort(), dataset).toEqual([...fieldsOf(dataset)].sort());
      for (const field of contractFields[dataset]) expect(fieldsOf(dataset), `${dataset}.${field}`).toContain(field);
    }
  });
});

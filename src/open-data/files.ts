import type { z } from 'zod';
import { describeZodError } from '../schema/index.ts';
import type { SiteData } from '../components/lib/data.ts';
import { contract, type Dataset } from './contract.ts';
import { href, paths } from '../components/lib/url.ts';
import { timelinePage, site as siteStrings } from '../ui/strings.ts';
import { toCsv } from './csv.ts';
import { eventDays, toIcs, type CalendarEvent } from './ics.ts';
import {
  baselineRecord,
  departmentRecord,
  documentRecord,
  milestoneRecord,
  ruleCriterionRows,
  ruleRecord,
  targetRecord,
  taskRecord,
} from './records.ts';

/** One published file under /data/. */
export interface DataFile {
  name: string;
  /** Which dataset it belongs to (the JSON file's stem), for the 开放数据 page. */
  dataset: string;
  contentType: string;
  /** How many records it holds. */
  count: (data: SiteData) => number;
  render: (data: SiteData, site: URL | undefined) => string;
}

type Row = Record<string, unknown>;

function json(rows: readonly unknown[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

/** CSV cells are flat: arrays of strings joined, objects as JSON. */
function csv(rows: readonly Row[], columns?: readonly string[]): string {
  return toCsv(rows as ReadonlyArray<Record<string, never>>, columns);
}

/** A record as the contract describes it, or a build error naming the record and the field. */
function checked(stem: Dataset, record: Row, index: number): Row {
  const result = (contract[stem] as z.ZodType).safeParse(record);
  if (!result.success) throw new Error(describeZodError(result.error, `data/${stem}.json record ${index + 1}`));
  return record;
}

const nameOf = (data: SiteData) => (id: string) => data.departmentById.get(id)?.name ?? id;

function dataset<T>(
  stem: Dataset,
  list: (data: SiteData) => readonly T[],
  toRecord: (item: T, data: SiteData) => Row,
  toRows: (item: T, data: SiteData) => Row[] = (item, data) => [toRecord(item, data)],
): DataFile[] {
  return [
    {
      name: `${stem}.json`,
      dataset: stem,
      contentType: 'application/json; charset=utf-8',
      count: (data) => list(data).length,
      render: (data) => json(list(data).map((item, i) => checked(stem, toRecord(item, data), i))),
    },
    {
      name: `${stem}.csv`,
      dataset: stem,
      contentType: 'text/csv; charset=utf-8',
      count: (data) => list(data).flatMap((item) => toRows(item, data)).length,
      render: (data) => csv(list(data).flatMap((item) => toRows(item, data))),
    },
  ];
}

/** Calendar events of milestones (all of them, or those given), soonest first. */
export function calendarEvents(data: SiteData, site: URL | undefined, milestones = data.milestones): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const m of milestones) {
    const days = eventDays(m);
    if (!days) continue;
    const doc = data.documentById.get(m.document);
    const path = href(paths.clause(m.document, m.clause));
    events.push({
      uid: `${m.id}@policy-atlas`,
      ...days,
      summary: doc ? `${m.label}（${doc.title}）` : m.label,
      description: doc ? `${m.quote}\n${doc.title}` : m.quote,
      url: site ? new URL(path, site).href : null,
      categories: timelinePage.kinds[m.kind] ?? null,
    });
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

/**
 * The date of the content: the newest date any document carries (issued or published), else the
 * newest milestone day. The calendar's DTSTAMP says when its information was current; taking it
 * from the content rather than the clock keeps the feed identical for identical content.
 */
export function contentDate(data: Pick<SiteData, 'documents' | 'milestones'>): string {
  let date = contentDates.get(data);
  if (date === undefined) contentDates.set(data, (date = newestDate(data)));
  return date;
}

/** Every department's calendar asks; the answer is worked out once per site. */
const contentDates = new WeakMap<object, string>();

function newestDate(data: Pick<SiteData, 'documents' | 'milestones'>): string {
  const dates = data.documents.flatMap((d) => [d.issued, d.published]);
  const days = dates.some(Boolean) ? dates : data.milestones.flatMap((m) => Object.values(eventDays(m) ?? {}));
  return days.reduce<string>((newest, day) => (day && day > newest ? day : newest), '1970-01-01');
}

export const dataFiles: DataFile[] = [
  ...dataset('documents', (d) => d.documents, documentRecord),
  ...dataset(
    'tasks',
    (d) => d.tasks,
    (t, d) => taskRecord(t, nameOf(d)),
  ),
  ...dataset('departments', (d) => d.departments, departmentRecord),
  ...dataset('targets', (d) => d.targets, targetRecord),
  ...dataset('baselines', (d) => d.baselines, baselineRecord),
  ...dataset('milestones', (d) => d.milestones, milestoneRecord),
  ...dataset('rules', (d) => d.rules, ruleRecord, ruleCriterionRows),
  {
    name: 'milestones.ics',
    dataset: 'milestones',
    contentType: 'text/calendar; charset=utf-8',
    count: (data) => calendarEvents(data, undefined).length,
    render: (data, site) =>
      toIcs(`${siteStrings.title} · ${timelinePage.title}`, calendarEvents(data, site), contentDate(data)),
  },
];

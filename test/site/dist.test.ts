import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './support/build.ts';
import { contract as schemas, contractFields, datasets } from '../../src/open-data/contract.ts';

const built = ensureBuilt();
const dist = (...parts: string[]) => path.join(built.dir, ...parts);
const read = (...parts: string[]) => readFileSync(dist(...parts), 'utf8');
const json = <T = Record<string, unknown>>(name: string): T[] => JSON.parse(read('data', name)) as T[];
const content = <T = Record<string, unknown>>(name: string): T[] =>
  JSON.parse(readFileSync(path.join(root, 'content', name), 'utf8')) as T[];

/** Field names of DESIGN.md section 4 by file; every record carries each of them. */
const contract: Record<string, readonly string[]> = Object.fromEntries(
  datasets.map((d) => [`${d}.json`, contractFields[d]]),
);

/** The rows of a published CSV file (RFC 4180), read with csv-parse as any consumer would. */
const csvRows = (text: string): string[][] => parse(text, { relaxColumnCount: false });

describe('open data under /data/', () => {
  it.each(datasets)('%s.json holds exactly the records the published schema describes', (dataset) => {
    const records = json(`${dataset}.json`);
    for (const record of records) {
      const parsed = schemas[dataset].strict().safeParse(record);
      expect(parsed.success, `${dataset} ${String(record.id)}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('tasks.csv names each department beside its id', () => {
    const rows = csvRows(readFileSync(dist('data', 'tasks.csv'), 'utf8').slice(1));
    const header = rows[0]!;
    const departments = new Map(json<{ id: string; name: string }>('departments.json').map((d) => [d.id, d.name]));
    const leads = header.indexOf('leads');
    const names = header.indexOf('leadNames');
    expect(names).toBeGreaterThan(-1);
    for (const row of rows.slice(1)) {
      const ids = row[leads]!.split('; ').filter(Boolean);
      expect(row[names]!.split('; ').filter(Boolean)).toEqual(ids.map((id) => departments.get(id)));
    }
  });

  it('data/targets.* say which targets the text gives as approximate', () => {
    const published = json<{ id: string; approximate: boolean }>('targets.json');
    const source = content<{ id: string; approximate: boolean }>('targets.json');
    expect(published.map((t) => [t.id, t.approximate])).toEqual(source.map((t) => [t.id, t.approximate]));
    expect(published.some((t) => t.approximate)).toBe(true);
    const header = csvRows(readFileSync(dist('data', 'targets.csv'), 'utf8').slice(1))[0]!;
    expect(header).toContain('approximate');
  });

  it.each(Object.entries(contract))('%s carries every contract field on every record', (name, fields) => {
    const records = json(name);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records)
      for (const field of fields) expect(record, `${name} ${String(record.id)}`).toHaveProperty(field);
  });

  it.each(['tasks.json', 'departments.json', 'targets.json', 'baselines.json', 'milestones.json', 'rules.json'])(
    '%s publishes every record of content/ with the same ids',
    (name) => {
      expect(json(name).map((r) => r.id)).toEqual(content(name).map((r) => r.id));
    },
  );

  it('publishes one document record per content/documents file, linking to its page', () => {
    const files = readdirSync(path.join(root, 'content/documents')).filter((f) => f.endsWith('.json'));
    const documents = json<{ id: string; url: string }>('documents.json');
    expect(documents.map((d) => d.id).sort()).toEqual(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const d of documents) expect(read(d.url.slice(built.base.length), 'index.html')).toContain('<h1');
  });

  it('resolves every id a record refers to', () => {
    const docs = new Set(json('documents.json').map((d) => d.id));
    const tasks = new Set(json('tasks.json').map((t) => t.id));
    const depts = new Set(json('departments.json').map((d) => d.id));
    for (const t of json<{ document: string; leads: string[]; partners: string[]; responsible: string[] }>(
      'tasks.json',
    )) {
      expect(docs.has(t.document)).toBe(true);
      for (const id of [...t.leads, ...t.partners, ...t.responsible]) expect(depts.has(id), id).toBe(true);
    }
    for (const d of json<{ leads: string[]; partners: string[] }>('departments.json')) {
      for (const id of [...d.leads, ...d.partners]) expect(tasks.has(id), id).toBe(true);
    }
    for (const name of ['targets.json', 'baselines.json', 'milestones.json', 'rules.json']) {
      for (const r of json<{ document: string }>(name)) expect(docs.has(r.document)).toBe(true);
    }
  });

  it.each(['documents', 'tasks', 'departments', 'targets', 'baselines', 'milestones', 'rules'])(
    '%s.csv is UTF-8 with a BOM, with the JSON fields as columns',
    (stem) => {
      const bytes = readFileSync(dist('data', `${stem}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvRows(bytes.toString('utf8').slice(1));
      const header = rows[0]!;
      for (const field of contract[`${stem}.json`]!.filter((f) => f !== 'criteria')) expect(header).toContain(field);
      const records = json<{ criteria?: unknown[] }>(`${stem}.json`);
      const expected = stem === 'rules' ? records.reduce((n, r) => n + (r.criteria?.length ?? 0), 0) : records.length;
      expect(rows.length - 1).toBe(expected);
      for (const row of rows) expect(row.length).toBe(header.length);
    },
  );

  it('milestones.ics parses as iCalendar with one all-day event per dated milestone', () => {
    const text = read('data', 'milestones.ics');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const dated = json<{ start: string | null; end: string | null }>('milestones.json').filter((m) =>
      [m.start, m.end].some((d) => d && /^\d{4}-\d{2}-\d{2}$/.test(d)),
    );
    expect(events.length).toBe(dated.length);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.uid).toMatch(/@policy-atlas$/);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.compare(event.startDate)).toBe(1);
      expect(event.summary.length).toBeGreaterThan(0);
    }
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('department pages', () => {
  const tasks = json<{ id: string; leads: string[]; partners: string[]; responsible: string[] }>('tasks.json');
  const departments = json<{ id: string; url: string; leads: string[]; partners: string[] }>('departments.json');

  /** Task ids listed in one section (leads / partners / responsible) of a department page. */
  function listed(html: string, section: string): string[] {
    const start = html.indexOf(`id="${section}"`);
    if (start === -1) return [];
    const end = html.indexOf('<h2', start + 1);
    const part = html.slice(start, end === -1 ? undefined : end);
    return [...part.matchAll(/data-task="([^"]+)"/g)].map((m) => m[1]!).sort();
  }

  it.each(departments.map((d) => [d.id, d] as const))(
    '%s lists exactly the tasks data/tasks.json gives it',
    (id, dept) => {
      const html = read(dept.url.slice(built.base.length), 'index.html');
      const given = (role: 'leads' | 'partners' | 'responsible') =>
        tasks
          .filter((t) => t[role].includes(id))
          .map((t) => t.id)
          .sort();
      expect(listed(html, 'leads')).toEqual(given('leads'));
      expect(listed(html, 'partners')).toEqual(given('partners'));
      expect(listed(html, 'responsible')).toEqual(given('responsible'));
    },
  );

  it('agree with departments.json on who leads and supports what', () => {
    for (const dept of departments) {
      const leads = tasks
        .filter((t) => t.leads.includes(dept.id))
        .map((t) => t.id)
        .sort();
      const partners = tasks
        .filter((t) => t.partners.includes(dept.id))
        .map((t) => t.id)
        .sort();
      expect([...dept.leads].sort(), dept.id).toEqual(leads);
      expect([...dept.partners].sort(), dept.id).toEqual(partners);
    }
  });
});

describe('pages', () => {
  const htmlFiles = readdirSync(built.dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(built.dir, path.join(e.parentPath, e.name)));

  /** Scripts a page loads or inlines: file names of src scripts, hashes of inline ones. */
  function scripts(file: string): string[] {
    const html = read(file);
    return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attrs = '', body = '']) => {
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      return src ? path.basename(src).replace(/\.[\w-]+\.js$/, '') : `inline:${body.trim().slice(0, 60)}`;
    });
  }

  it('are all in Chinese and carry the Content-Security-Policy', () => {
    for (const file of htmlFiles) {
      const html = read(file);
      expect(html, file).toMatch(/<html lang="zh-CN"/);
      expect(html, file).toMatch(/<meta charset="utf-8"\/?><meta http-equiv="Content-Security-Policy"/);
    }
  });

  it('reading pages ship no JavaScript beyond Starlight’s own, and a filtered list only its own filter', () => {
    // Starlight's own: what its layout puts on the 404 page, plus its table-of-contents scripts.
    const starlight = new Set(scripts('404.html'));
    const tocScript = /^(TableOfContents|MobileTableOfContents)\.astro/;
    const filterOf = (file: string) =>
      /^documents\/index\.html$/.test(file)
        ? 'documents'
        : /^tasks\//.test(file)
          ? 'tasks'
          : /^targets\//.test(file)
            ? 'targets'
            : /^timeline\//.test(file)
              ? 'timeline'
              : null;
    const reading = htmlFiles.filter((f) =>
      /^(index\.html|documents|tasks|departments|targets|timeline|data)\b/.test(f),
    );
    expect(reading.length).toBeGreaterThan(10);
    for (const file of reading) {
      const extra = scripts(file).filter((s) => !starlight.has(s) && !tocScript.test(s));
      const filter = filterOf(file);
      // A filter page loads its one entry script (its shared chunks load from it, not from the page).
      expect(extra.length, `${file}: ${extra.join(', ')}`).toBe(filter ? 1 : 0);
    }
  });

  it('has a Chinese 404 page kept out of the search index', () => {
    const html = read('404.html');
    expect(html).toContain('页面未找到');
    expect(html).not.toContain('data-pagefind-body');
  });

  it('writes a _headers file whose policy matches the one in every page', () => {
    const headers = read('_headers');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("'unsafe-inline'");
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read('index.html'))?.[1];
    expect(meta).toBe(policy.replace("; frame-ancestors 'none'", ''));
  });
});

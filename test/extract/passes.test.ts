/**
 * Each extract pass on its own, on its own fixtures: test/fixtures/passes/<pass>/<case>.txt is a
 * small text written for the case, <case>.json the facts a person reads in it (written by hand).
 * The document is read up to its passes (readDocument) and the pass is called directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, type ReadDocument } from '../../scripts/pipeline.ts';
import { callCriteria } from '../../scripts/5-extract/rules/call-criteria.ts';
import { milestones } from '../../scripts/5-extract/milestones.ts';
import { quantities } from '../../scripts/5-extract/quantities/targets.ts';
import { isCall } from '../../scripts/5-extract/sections.ts';
import type { DraftTask } from '../../scripts/5-extract/tasks/draft.ts';
import { dutyRows } from '../../scripts/5-extract/tasks/duty-rows.ts';
import { dutySentences } from '../../scripts/5-extract/tasks/duty-sentences.ts';
import { noteTasks } from '../../scripts/5-extract/tasks/note-tasks.ts';
import { tableTasks } from '../../scripts/5-extract/tasks/table-tasks.ts';
import { extractTexts } from '../helpers/run.ts';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'passes');

function cases(
  pass: string,
): Array<{ name: string; text: string; expected: Record<string, unknown> & { it: string } }> {
  return readdirSync(join(ROOT, pass))
    .filter((n) => n.endsWith('.txt'))
    .map((n) => ({
      name: n.replace(/\.txt$/, ''),
      text: readFileSync(join(ROOT, pass, n), 'utf8'),
      expected: JSON.parse(readFileSync(join(ROOT, pass, n.replace(/\.txt$/, '.json')), 'utf8')),
    }));
}

const read = (text: string, id = 'fixture'): ReadDocument =>
  readDocument({ id, file: `${id}.txt`, bytes: new TextEncoder().encode(text), sidecar: {} });

interface ExpectedTask {
  number?: string;
  leads: string[];
  partners: string[];
  responsible: string[];
  generic?: string[];
  textStarts?: string;
}

function checkTasks(found: DraftTask[], expected: ExpectedTask[]): void {
  expect(found.map((t) => ({ leads: t.leads, partners: t.partners, responsible: t.responsible }))).toEqual(
    expected.map((e) => ({ leads: e.leads, partners: e.partners, responsible: e.responsible })),
  );
  expected.forEach((e, i) => {
    if (e.number !== undefined) expect(found[i]!.number).toBe(e.number);
    if (e.generic) expect(found[i]!.generic).toEqual(e.generic);
    if (e.textStarts)
      expect(
        found[i]!.text.startsWith(e.textStarts),
        `task ${i + 1} starts with ${e.textStarts}: ${found[i]!.text}`,
      ).toBe(true);
  });
}

describe('pass: note tasks', () => {
  it.each(cases('note-tasks'))('$name: $expected.it', ({ text, expected }) => {
    checkTasks(noteTasks(read(text).ctx), expected.tasks as ExpectedTask[]);
  });
});

describe('pass: duty sentences', () => {
  it.each(cases('duty-sentences'))('$name: $expected.it', ({ text, expected }) => {
    checkTasks(dutySentences(read(text).ctx, new Set()), expected.tasks as ExpectedTask[]);
  });
});

describe('pass: duty rows', () => {
  it.each(cases('duty-rows'))('$name: $expected.it', ({ text, expected }) => {
    checkTasks(dutyRows(read(text).ctx, new Set()), expected.tasks as ExpectedTask[]);
  });
});

describe('pass: table tasks', () => {
  it.each(cases('table-tasks'))('$name: $expected.it', ({ text, expected }) => {
    checkTasks(tableTasks(read(text).ctx), expected.tasks as ExpectedTask[]);
  });
});

describe('pass: quantities', () => {
  it.each(cases('quantities'))('$name: $expected.it', ({ text, expected }) => {
    const doc = read(text);
    const { targets, baselines } = quantities(doc.ctx, new Map(), false);
    const pick = <T extends object>(list: T[], keys: string[]) =>
      list.map((x) => Object.fromEntries(keys.map((k) => [k, (x as Record<string, unknown>)[k]])));
    const wanted = expected.targets as Array<Record<string, unknown>>;
    const keys = ['metric', 'comparator', 'value', 'unit', 'year'];
    expect(pick(targets, keys)).toEqual(pick(wanted, keys));
    wanted.forEach((w, i) => {
      for (const k of ['change', 'baseline', 'approximate'])
        if (k in w) expect(targets[i]![k as keyof (typeof targets)[number]], `${k} of ${w.metric}`).toEqual(w[k]);
    });
    expect(pick(baselines, ['metric', 'value', 'unit'])).toEqual(expected.baselines);
  });
});

describe('pass: milestones', () => {
  it.each(cases('milestones'))('$name: $expected.it', ({ text, expected }) => {
    const doc = read(text);
    const found = milestones(doc.ctx, { issued: null, published: null, title: doc.meta.title });
    expect(found.map((m) => ({ kind: m.kind, start: m.start, end: m.end }))).toEqual(expected.milestones);
    for (const absent of expected.absentEnds as string[]) expect(found.map((m) => m.end)).not.toContain(absent);
  });
});

describe('pass: call criteria', () => {
  it.each(cases('call-criteria'))('$name: $expected.it', ({ text, expected }) => {
    const doc = read(text);
    expect(isCall(doc.ctx, doc.meta.title)).toBe(true);
    const found = callCriteria(doc.ctx);
    const wanted = expected.criteria as Array<{ kind: string; starts: string; quota?: object; date?: string }>;
    expect(found.map((c) => c.kind)).toEqual(wanted.map((w) => w.kind));
    wanted.forEach((w, i) => {
      expect(found[i]!.text.startsWith(w.starts), `criterion ${i + 1} starts with ${w.starts}: ${found[i]!.text}`).toBe(
        true,
      );
      if (w.quota) expect(found[i]!.quota).toMatchObject(w.quota);
      if (w.date) expect(found[i]!.date).toBe(w.date);
    });
  });
});

describe('pass: department registry', () => {
  it.each(cases('registry'))('$name: $expected.it', ({ text, expected }) => {
    const ex = extractTexts({ fixture: text });
    expect(ex.errors).toEqual([]);
    expect(ex.content.departments.map((d) => ({ aliases: d.aliases, id: d.id }))).toEqual(
      (expected.departments as Array<{ aliases: string[]; id: string }>).map((d) => ({
        aliases: [...d.aliases].sort(),
        id: d.id,
      })),
    );
  });
});

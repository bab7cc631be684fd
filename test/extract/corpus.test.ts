/**
 * The corpus of unseen layouts (issue 3, item 1). Each case under
 * test/fixtures/corpus/<case>/ holds a hand-written policy text (input.txt) in
 * a layout the five seeds do not use, and the facts a person reads in it
 * (expected.json), written by hand, never copied from the extractor's output.
 *
 * Every case runs through `extractAll` on its own, so department names are
 * resolved by the same registry as in a real build; names are compared through
 * `content.departments` (a name as written must be one of its department's aliases).
 *
 * expected.json holds named fact groups; each group becomes one `it`. Set
 * CORPUS_ACTUAL=1 to write `_actual.json` beside each input for diffing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll, type Extraction } from '../../scripts/extract-all.ts';
import type { Clause, Department, RuleSet, Task } from '../../src/schema/index.ts';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

interface ExpectedTask {
  /** The task's text starts with this (the text after the marker, or the duty sentence). */
  starts: string;
  number?: string;
  kind?: Task['kind'];
  title?: string;
  /** Names as written in the text; an omitted role must be empty. */
  leads?: string[];
  partners?: string[];
  responsible?: string[];
  generic?: string[];
}

interface ExpectedTarget {
  /** A substring of the metric (or, with metricIs, the metric exactly). */
  metric: string;
  metricIs?: string;
  comparator?: string;
  value?: number;
  unit?: string | null;
  year?: number | null;
  scope?: string | null;
  change?: string | null;
  baseline?: number | null;
}

interface ExpectedBaseline {
  metric: string;
  value?: number;
  unit?: string | null;
  year?: number | null;
  change?: string | null;
}

interface ExpectedMilestone {
  kind?: string;
  start?: string | null;
  end: string | null;
  /** A substring of the milestone's quote. */
  quote?: string;
}

interface ExpectedRule {
  /** A substring of the applicant type. */
  applicantType: string;
  applicant?: string | null;
  /** Number of criteria of each kind. */
  criteria?: Partial<Record<'required' | 'disqualifier' | 'quota' | 'deadline' | 'acceptance', number>>;
  /** Substrings that must each appear in one required criterion, in order. */
  requiredTexts?: string[];
  disqualifierTexts?: string[];
  quota?: { max: number; unit: string; per: string | null };
  deadline?: string;
  acceptance?: { allBinding: boolean; referencePercent: number | null; referenceMin?: number | null };
}

interface Group {
  it: string;
  document?: Record<string, unknown>;
  clauses?: {
    /** Count of clauses by numbering style (article, chapter, cn, arabic, …). */
    styles?: Record<string, number>;
    /** Count of clauses by kind (box, table, numbered, …). */
    kinds?: Record<string, number>;
    /** Anchors that must exist. */
    anchors?: string[];
    /** Every clause of style K has a parent of style V. */
    parentStyle?: Record<string, string>;
    /** The clause whose text starts with `starts` sits inside a clause of this kind (box, numbered, …). */
    inside?: Array<{ starts: string; kind: string }>;
    /** A clause whose text starts with `starts` has exactly this text. */
    texts?: Array<{ starts: string; equals: string }>;
    /** A clause whose text starts with `starts` spans these source lines. */
    lines?: Array<{ starts: string; line: number; endLine: number }>;
    /** No clause outside the title block contains any of these. */
    bodyExcludes?: string[];
    /** Table clauses in reading order: row count, cells per row, header cells. */
    tables?: Array<{ rows: number; columns: number; header?: string[] }>;
  };
  tasks?: ExpectedTask[];
  /** Exact number of tasks of each kind (numbered, statement, annex). */
  taskCounts?: Record<string, number>;
  /** Each list: spellings that must be one department. */
  sameDepartment?: string[][];
  /** Phrases that must not become departments. */
  notDepartments?: string[];
  targets?: ExpectedTarget[];
  targetCount?: number;
  baselines?: ExpectedBaseline[];
  baselineCount?: number;
  milestones?: ExpectedMilestone[];
  rules?: ExpectedRule[];
  ruleCount?: number;
  /** Spans the cleaner must cut: count by rule. */
  removed?: Record<string, number>;
}

interface Expected {
  layout: string;
  groups: Group[];
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'input.txt')))
  .map((d) => d.name)
  .sort();

function run(name: string): Extraction {
  const bytes = readFileSync(join(CORPUS, name, 'input.txt'));
  // The file name gives the document id: one slug per case.
  const extraction = extractAll([{ file: `test/fixtures/corpus/${name}.txt`, bytes }]);
  if (process.env.CORPUS_ACTUAL)
    writeFileSync(join(CORPUS, name, '_actual.json'), JSON.stringify(extraction.content, null, 2) + '\n');
  return extraction;
}

/**
 * Department ids → names: the expected spelling when it is one of the department's aliases, else the department's name.
 */
function namesOf(ids: string[], departments: Map<string, Department>, expected: string[]): string[] {
  return ids.map((id) => {
    const d = departments.get(id);
    if (!d) return `<unknown department ${id}>`;
    return expected.find((n) => d.aliases.includes(n)) ?? d.name;
  });
}

function describeTask(t: Task, departments: Map<string, Department>): string {
  const n = (ids: string[]) => ids.map((id) => departments.get(id)?.name ?? id).join('、');
  const roles = `leads=${n(t.leads)} partners=${n(t.partners)} responsible=${n(t.responsible)}`;
  return `[${t.kind} ${t.number}] ${t.text.slice(0, 24)}… ${roles} generic=${t.generic.join('、')}`;
}

function checkTasks(content: Extraction['content'], expectedTasks: ExpectedTask[]): void {
  const departments = new Map(content.departments.map((d) => [d.id, d]));
  const all = content.tasks.map((t) => describeTask(t, departments)).join('\n  ');
  for (const e of expectedTasks) {
    const roles = {
      leads: e.leads ?? [],
      partners: e.partners ?? [],
      responsible: e.responsible ?? [],
      generic: e.generic ?? [],
    };
    // Numbered tasks and duty sentences are found by their text, annex rows by their title.
    const candidates = content.tasks.filter((t) => t.text.startsWith(e.starts) || t.title.startsWith(e.starts));
    expect
      .soft(candidates.length, `no task whose text or title starts with "${e.starts}"; tasks found:\n  ${all}`)
      .toBeGreaterThan(0);
    if (!candidates.length) continue;
    const expectedNames = [...roles.leads, ...roles.partners, ...roles.responsible];
    const shape = (t: Task) => ({
      ...(e.number !== undefined ? { number: t.number } : {}),
      ...(e.kind !== undefined ? { kind: t.kind } : {}),
      ...(e.title !== undefined ? { title: t.title } : {}),
      leads: namesOf(t.leads, departments, expectedNames),
      partners: namesOf(t.partners, departments, expectedNames),
      responsible: namesOf(t.responsible, departments, expectedNames),
      generic: t.generic,
    });
    const want = {
      ...(e.number !== undefined ? { number: e.number } : {}),
      ...(e.kind !== undefined ? { kind: e.kind } : {}),
      ...(e.title !== undefined ? { title: e.title } : {}),
      ...roles,
    };
    // Several duty sentences may share a text prefix: compare with the closest.
    const shapes = candidates.map(shape);
    const best = shapes.find((s) => JSON.stringify(s) === JSON.stringify(want)) ?? shapes[0]!;
    expect.soft(best, `task "${e.starts}"`).toEqual(want);
  }
}

function pick<T extends object>(actual: T, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (actual as Record<string, unknown>)[k]]));
}

function checkQuantities<A extends { metric: string; value: number }>(
  what: string,
  found: A[],
  expected: Array<ExpectedTarget | ExpectedBaseline>,
): void {
  const listing = found
    .map((q) =>
      JSON.stringify(pick(q, ['metric', 'comparator', 'value', 'unit', 'year', 'scope', 'change', 'baseline'])),
    )
    .join('\n  ');
  for (const e of expected) {
    const candidates = found.filter((q) => q.metric.includes(e.metric));
    expect
      .soft(candidates.length, `no ${what} whose metric contains "${e.metric}"; ${what}s found:\n  ${listing}`)
      .toBeGreaterThan(0);
    if (!candidates.length) continue;
    const { metric: _metric, metricIs, ...fields } = e as ExpectedTarget;
    const keys = Object.keys(fields);
    const want = { ...(metricIs !== undefined ? { metric: metricIs } : {}), ...fields };
    const shape = (q: A): Record<string, unknown> => ({
      ...(metricIs !== undefined ? { metric: q.metric } : {}),
      ...pick(q, keys),
    });
    const shapes = candidates.map(shape);
    const best =
      shapes.find((s) => JSON.stringify(s) === JSON.stringify(want)) ??
      shapes.find((s) => s.value === e.value) ??
      shapes[0]!;
    expect.soft(best, `${what} "${e.metric}"`).toEqual(want);
  }
}

function checkClauses(clauses: Clause[], e: NonNullable<Group['clauses']>): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  if (e.styles) {
    const counts = Object.fromEntries(
      Object.keys(e.styles).map((s) => [s, clauses.filter((c) => c.style === s).length]),
    );
    expect.soft(counts, 'clauses by numbering style').toEqual(e.styles);
  }
  if (e.kinds) {
    const counts = Object.fromEntries(Object.keys(e.kinds).map((k) => [k, clauses.filter((c) => c.kind === k).length]));
    expect.soft(counts, 'clauses by kind').toEqual(e.kinds);
  }
  if (e.anchors) {
    const ids = clauses.map((c) => c.id);
    expect
      .soft(
        e.anchors.filter((a) => !ids.includes(a)),
        `anchors missing; anchors found: ${ids.join(' ')}`,
      )
      .toEqual([]);
  }
  if (e.parentStyle) {
    for (const [style, parent] of Object.entries(e.parentStyle)) {
      const wrong = clauses
        .filter((c) => c.style === style)
        .filter((c) => (c.parent ? byId.get(c.parent)?.style : null) !== parent)
        .map((c) => `${c.marker ?? c.id} (parent: ${c.parent ? (byId.get(c.parent)?.marker ?? c.parent) : 'none'})`);
      expect.soft(wrong, `every ${style} clause sits under a ${parent} clause`).toEqual([]);
    }
  }
  for (const i of e.inside ?? []) {
    const c = clauses.find((x) => x.text.startsWith(i.starts));
    expect.soft(c, `no clause starts with "${i.starts}"`).toBeDefined();
    const chain: string[] = [];
    for (let p = c?.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
      chain.push(p.kind);
    expect.soft(chain, `kinds of the clauses enclosing "${i.starts}"`).toContain(i.kind);
  }
  for (const t of e.texts ?? []) {
    const c = clauses.find((x) => x.text.startsWith(t.starts));
    expect.soft(c?.text, `clause starting "${t.starts}"`).toBe(t.equals);
  }
  for (const l of e.lines ?? []) {
    const c = clauses.find((x) => x.text.startsWith(l.starts));
    expect
      .soft(c ? { line: c.line, endLine: c.endLine } : null, `source lines of the clause starting "${l.starts}"`)
      .toEqual({ line: l.line, endLine: l.endLine });
  }
  if (e.tables) {
    const tables = clauses.filter((c) => c.kind === 'table');
    const shape = tables.map((t, i) => ({
      rows: t.rows?.length ?? 0,
      columns: Math.max(...(t.rows ?? [[]]).map((r) => r.length)),
      ...(e.tables![i]?.header ? { header: t.rows?.[0] ?? [] } : {}),
    }));
    expect.soft(shape, 'tables: rows, cells per row, header').toEqual(e.tables);
  }
  for (const text of e.bodyExcludes ?? []) {
    const hits = clauses
      .filter((c) => c.kind !== 'front' && c.text.includes(text))
      .map((c) => `${c.id}: ${c.text.slice(0, 40)}`);
    expect.soft(hits, `body clauses containing "${text}"`).toEqual([]);
  }
}

function checkRules(rules: RuleSet[], expected: ExpectedRule[]): void {
  const listing = rules.map((r) => `${r.applicantType} [${r.criteria.map((c) => c.kind).join(',')}]`).join('\n  ');
  for (const e of expected) {
    const rule = rules.find((r) => r.applicantType.includes(e.applicantType));
    expect
      .soft(rule, `no rule set whose applicant type contains "${e.applicantType}"; rule sets found:\n  ${listing}`)
      .toBeDefined();
    if (!rule) continue;
    if (e.applicant !== undefined) expect.soft(rule.applicant, `applicant of "${e.applicantType}"`).toBe(e.applicant);
    if (e.criteria) {
      const counts = Object.fromEntries(
        Object.keys(e.criteria).map((k) => [k, rule.criteria.filter((c) => c.kind === k).length]),
      );
      expect
        .soft(
          counts,
          `criteria of "${e.applicantType}" by kind:\n  ` +
            rule.criteria.map((c) => `${c.kind}: ${c.text}`).join('\n  '),
        )
        .toEqual(e.criteria);
    }
    const texts = (kind: string, wanted: string[] | undefined) => {
      if (!wanted) return;
      const got = rule.criteria.filter((c) => c.kind === kind).map((c) => c.text);
      expect
        .soft(
          wanted.map((w, i) => (got[i]?.includes(w) ? w : (got[i] ?? '<missing>'))),
          `${kind} criteria of "${e.applicantType}", in order`,
        )
        .toEqual(wanted);
    };
    texts('required', e.requiredTexts);
    texts('disqualifier', e.disqualifierTexts);
    if (e.quota)
      expect
        .soft(
          rule.criteria.filter((c) => c.kind === 'quota').map((c) => c.quota),
          `quota of "${e.applicantType}"`,
        )
        .toContainEqual(e.quota);
    if (e.deadline)
      expect
        .soft(
          rule.criteria.filter((c) => c.kind === 'deadline').map((c) => c.date),
          `deadline of "${e.applicantType}"`,
        )
        .toContain(e.deadline);
    if (e.acceptance) {
      const acc = rule.criteria.find((c) => c.kind === 'acceptance')?.acceptance ?? null;
      expect
        .soft(acc ? pick(acc, Object.keys(e.acceptance)) : null, `acceptance rule of "${e.applicantType}"`)
        .toEqual(e.acceptance);
    }
  }
}

describe.each(cases)('corpus case %s', (name) => {
  const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
  let memo: Extraction | null = null;
  const extraction = () => (memo ??= run(name));

  it('extracts without errors and validates against the schemas', () => {
    expect(extraction().errors).toEqual([]);
    expect(extraction().content.documents).toHaveLength(1);
  });

  for (const group of expected.groups) {
    it(group.it, () => {
      const { content } = extraction();
      const doc = content.documents[0];
      expect(doc, `the document was not extracted: ${extraction().errors.join('; ')}`).toBeDefined();
      if (!doc) return;
      if (group.document)
        expect.soft(pick(doc, Object.keys(group.document)), 'document metadata').toEqual(group.document);
      if (group.clauses) checkClauses(doc.clauses, group.clauses);
      if (group.tasks) checkTasks(content, group.tasks);
      if (group.taskCounts) {
        const counts = Object.fromEntries(
          Object.keys(group.taskCounts).map((k) => [k, content.tasks.filter((t) => t.kind === k).length]),
        );
        const departments = new Map(content.departments.map((d) => [d.id, d]));
        expect
          .soft(
            counts,
            `tasks by kind; tasks found:\n  ${content.tasks.map((t) => describeTask(t, departments)).join('\n  ')}`,
          )
          .toEqual(group.taskCounts);
      }
      for (const names of group.sameDepartment ?? []) {
        const ids = names.map(
          (n) => content.departments.find((d) => d.aliases.includes(n))?.id ?? `<no department named ${n}>`,
        );
        expect.soft(new Set(ids).size, `${names.join(' / ')} should be one department: ${ids.join(', ')}`).toBe(1);
      }
      for (const phrase of group.notDepartments ?? []) {
        expect
          .soft(
            content.departments.filter((d) => d.aliases.includes(phrase)).map((d) => d.name),
            `"${phrase}" is generic, not a department`,
          )
          .toEqual([]);
      }
      if (group.targets) checkQuantities('target', content.targets, group.targets);
      if (group.targetCount !== undefined) {
        expect
          .soft(
            content.targets.map((t) => `${t.metric} ${t.comparator} ${t.value}${t.unit ?? ''}`),
            'number of targets',
          )
          .toHaveLength(group.targetCount);
      }
      if (group.baselines) checkQuantities('baseline', content.baselines, group.baselines);
      if (group.baselineCount !== undefined) {
        expect
          .soft(
            content.baselines.map((b) => `${b.metric} ${b.value}${b.unit ?? ''} (${b.year})`),
            'number of baselines',
          )
          .toHaveLength(group.baselineCount);
      }
      for (const m of group.milestones ?? []) {
        const found = content.milestones.filter((x) => x.kind !== 'issued' && x.kind !== 'published');
        const hit = found.find(
          (x) =>
            x.end === m.end &&
            (m.kind === undefined || x.kind === m.kind) &&
            (m.start === undefined || x.start === m.start) &&
            (m.quote === undefined || x.quote.includes(m.quote)),
        );
        expect
          .soft(
            hit,
            `no milestone ${JSON.stringify(m)}; milestones found:\n  ` +
              found.map((x) => `${x.kind} ${x.start ?? ''}→${x.end} "${x.quote}"`).join('\n  '),
          )
          .toBeDefined();
      }
      if (group.rules) checkRules(content.rules, group.rules);
      if (group.ruleCount !== undefined)
        expect
          .soft(
            content.rules.map((r) => r.applicantType),
            'number of rule sets',
          )
          .toHaveLength(group.ruleCount);
      if (group.removed) {
        const counts = Object.fromEntries(
          Object.keys(group.removed).map((r) => [
            r,
            doc.removed.filter((x) => x.rule === r).reduce((n, x) => n + (x.endLine - x.line + 1), 0),
          ]),
        );
        expect
          .soft(counts, `lines cut, by rule: ${JSON.stringify(doc.removed.map((r) => [r.rule, r.line, r.text]))}`)
          .toEqual(group.removed);
      }
    });
  }
});

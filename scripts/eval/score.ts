import type { Content, PolicyDocument } from '../../src/schema/index.ts';
import { departmentKey } from '../5-extract/departments/names.ts';
import type { Labels } from './labels.ts';
import { positions } from '../lib/positions.ts';

/** Found / labelled and right / emitted for one fact type; null rates when there is nothing to divide. */
export interface Tally {
  labelled: number;
  found: number;
  emitted: number;
  right: number;
}

export const emptyTally = (): Tally => ({ labelled: 0, found: 0, emitted: 0, right: 0 });

export function addTally(into: Tally, t: Tally): void {
  into.labelled += t.labelled;
  into.found += t.found;
  into.emitted += t.emitted;
  into.right += t.right;
}

export const recall = (t: Tally) => (t.labelled ? t.found / t.labelled : null);
export const precision = (t: Tally) => (t.emitted ? t.right / t.emitted : null);

export interface DocumentScore {
  tasks: Tally;
  assignments: Tally;
  /** Of assignments found by name, how many carry the labelled role: found = named, right = role right. */
  roles: { found: number; right: number };
  targets: Tally;
  criteria: Tally;
  metadata: { fields: number; right: number; wrong: string[] };
  /** What was missed or invented, one short line each, for reading the report. */
  misses: string[];
}

/** Lines a record covers: from its start line to the line its quote ends on. */
function quoteLines(line: number, quote: string): [number, number] {
  return [line, line + (quote.match(/\r\n|\r|\n/g)?.length ?? 0)];
}

/** Where a labelled line lands in the text the extractor read (the identity for a text layer). */
export type LineMap = (line: number) => number | null;

/**
 * A labelled range of lines in the text the extractor read: from the first line found at or after its start to the last
 * at or before its end.
 */
function mappedRange([from, to]: [number, number], mapLine: LineMap): [number, number] {
  let start: number | null = null;
  for (let n = from; n <= to && start === null; n++) start = mapLine(n);
  let end: number | null = null;
  for (let n = to; n >= from && end === null; n--) end = mapLine(n);
  return [start ?? Infinity, end ?? -Infinity];
}

const overlap = (a: [number, number], b: [number, number]) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);

/** Pairs labelled and emitted items one to one, the largest overlap first, then the nearest end. */
function pair<L, E>(
  labels: Array<{ item: L; lines: [number, number] }>,
  emitted: Array<{ item: E; lines: [number, number] }>,
): Array<[L, E]> {
  const candidates: Array<{ l: number; e: number; score: number; distance: number }> = [];
  labels.forEach((l, i) =>
    emitted.forEach((e, j) => {
      const score = overlap(l.lines, e.lines);
      if (score > 0)
        candidates.push({
          l: i,
          e: j,
          score,
          distance: Math.abs(l.lines[1] - e.lines[1]) + Math.abs(l.lines[0] - e.lines[0]),
        });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  const usedL = new Set<number>();
  const usedE = new Set<number>();
  const out: Array<[L, E]> = [];
  for (const c of candidates) {
    if (usedL.has(c.l) || usedE.has(c.e)) continue;
    usedL.add(c.l);
    usedE.add(c.e);
    out.push([labels[c.l]!.item, emitted[c.e]!.item]);
  }
  return out;
}

/** A name compared by what it names: spaces and region prefixes dropped, short forms applied. */
function nameKey(name: string): string {
  return departmentKey(name.replace(/\s+/g, ''), null).replace(/^(省|市|区|县)/, '');
}

/** 665万亩 = 6650000亩: a quantity as a base value and unit, so 万 / 亿 multiples compare equal. */
export function normalQuantity(value: number, unit: string | null): { value: number; unit: string } {
  const u = (unit ?? '').replace(/\s+/g, '');
  const m = /^(万|亿)(.+)$/.exec(u);
  if (m) return { value: Math.round(value * (m[1] === '万' ? 1e4 : 1e8) * 1e6) / 1e6, unit: m[2]! };
  if (u === '万' || u === '亿') return { value: value * (u === '万' ? 1e4 : 1e8), unit: '' };
  return { value, unit: u };
}

const sameQuantity = (a: { value: number; unit: string | null }, b: { value: number; unit: string | null }) => {
  const x = normalQuantity(a.value, a.unit);
  const y = normalQuantity(b.value, b.unit);
  return Math.abs(x.value - y.value) < 1e-6 * Math.max(1, Math.abs(x.value)) && x.unit === y.unit;
};

const clean = (s: string | null) => (s ?? '').replace(/[\s“”"《》〈〉<>]/g, '');
const cleanNumber = (s: string | null) =>
  clean(s)
    .replace(/[[(（〔]/g, '〔')
    .replace(/[\])）〕]/g, '〕');

/**
 * Scores one document's extraction against its labels. Tasks, targets and criteria are matched by
 * the lines they cover; a target is right when value, unit, comparator and year all agree.
 */
export function scoreDocument(
  labels: Labels,
  doc: PolicyDocument,
  content: Content,
  source: string,
  mapLine: LineMap = (n) => n,
): DocumentScore {
  const lineOf = positions(source).lineOf;
  const score: DocumentScore = {
    tasks: emptyTally(),
    assignments: emptyTally(),
    roles: { found: 0, right: 0 },
    targets: emptyTally(),
    criteria: emptyTally(),
    metadata: { fields: 0, right: 0, wrong: [] },
    misses: [],
  };
  const inRange = (line: number) => !labels.range || (line >= labels.range[0] && line <= labels.range[1]);
  // Emitted records count lines of the text the extractor read: the labelled range is mapped there too.
  const range = labels.range ? mappedRange(labels.range, mapLine) : null;
  const inEmittedRange = (line: number) => !range || (line >= range[0] && line <= range[1]);
  const mapped = (a: number, b: number): [number, number] | null => {
    const x = mapLine(a);
    const y = mapLine(b);
    return x === null || y === null ? null : [x, Math.max(x, y)];
  };
  const clauseLines = new Map(doc.clauses.map((c) => [c.id, [c.line, c.endLine] as [number, number]]));
  const names = new Map(content.departments.map((d) => [d.id, d.aliases]));

  if (labels.complete.tasks) {
    const labelled = labels.tasks
      .filter((t) => inRange(t.line))
      .flatMap((t) => {
        const lines = mapped(t.line, t.endLine);
        return lines ? [{ item: t, lines }] : [];
      });
    const tasks = content.tasks.filter((t) => t.document === doc.id);
    const emitted = tasks
      .map((t) => {
        const [, end] = quoteLines(t.line, t.quote);
        // A task's own text where it says so (a note quotes only itself), else its clause.
        const start = t.extent
          ? lineOf(t.extent.start)
          : t.kind === 'statement'
            ? t.line
            : Math.min(clauseLines.get(t.clause)?.[0] ?? t.line, t.line);
        return { item: t, lines: [Math.min(start, t.line), end] as [number, number] };
      })
      .filter((e) => inEmittedRange(e.lines[0]));
    const pairs = pair(labelled, emitted);
    score.tasks = { labelled: labelled.length, found: pairs.length, emitted: emitted.length, right: pairs.length };
    const matchedLabel = new Set(pairs.map(([l]) => l));
    for (const l of labelled)
      if (!matchedLabel.has(l.item))
        score.misses.push(`task missed: lines ${l.item.line}-${l.item.endLine} (${l.item.number ?? '-'})`);
    const matchedTask = new Map(pairs.map(([l, e]) => [e, l]));
    for (const e of emitted)
      if (!matchedTask.has(e.item)) score.misses.push(`task invented: line ${e.item.line} ${e.item.id}`);

    for (const l of labelled) score.assignments.labelled += l.item.assignments.length;
    for (const e of emitted) {
      const label = matchedTask.get(e.item);
      const roles: Array<['lead' | 'partner' | 'responsible', string[]]> = [
        ['lead', e.item.leads],
        ['partner', e.item.partners],
        ['responsible', e.item.responsible],
      ];
      const wanted = new Map((label?.assignments ?? []).map((a) => [nameKey(a.name), a]));
      const seen = new Set<string>();
      for (const [role, ids] of roles) {
        for (const id of ids) {
          score.assignments.emitted++;
          const keys = (names.get(id) ?? []).map(nameKey);
          const hit = keys.map((k) => wanted.get(k)).find(Boolean);
          if (!hit || seen.has(nameKey(hit.name))) {
            score.misses.push(`assignment invented: line ${e.item.line} ${(names.get(id) ?? [id])[0]} (${role})`);
            continue;
          }
          seen.add(nameKey(hit.name));
          score.assignments.right++;
          score.assignments.found++;
          score.roles.found++;
          if (hit.role === role) score.roles.right++;
          else score.misses.push(`role wrong: line ${e.item.line} ${hit.name} is ${hit.role}, emitted ${role}`);
        }
      }
      for (const a of label?.assignments ?? [])
        if (!seen.has(nameKey(a.name)))
          score.misses.push(`assignment missed: line ${label!.line} ${a.name} (${a.role})`);
    }
    for (const l of labelled)
      if (!matchedLabel.has(l.item))
        for (const a of l.item.assignments)
          score.misses.push(`assignment missed: line ${l.item.line} ${a.name} (${a.role})`);
  }

  if (labels.complete.targets) {
    const labelled = labels.targets.filter((t) => inRange(t.line));
    const emitted = content.targets.filter((t) => t.document === doc.id && inEmittedRange(t.line));
    score.targets.labelled = labelled.length;
    score.targets.emitted = emitted.length;
    const used = new Set<(typeof emitted)[number]>();
    for (const l of labelled) {
      const line = mapLine(l.line);
      const candidates = emitted.filter((e) => {
        const [a, b] = quoteLines(e.line, e.quote);
        return !used.has(e) && line !== null && line >= a && line <= b && sameQuantity(e, l);
      });
      const best = candidates.find((e) => e.comparator === l.comparator && e.year === l.year) ?? candidates[0];
      if (!best) {
        score.misses.push(
          `target missed: line ${l.line} ${l.metric} ${l.comparator} ${l.value}${l.unit ?? ''} (${l.year ?? '-'})`,
        );
        continue;
      }
      used.add(best);
      score.targets.found++;
      if (best.comparator === l.comparator && best.year === l.year) score.targets.right++;
      else
        score.misses.push(
          `target wrong: line ${l.line} ${l.metric}: ` +
            `emitted ${best.comparator} ${best.value}${best.unit ?? ''} (${best.year ?? '-'}), ` +
            `labelled ${l.comparator} (${l.year ?? '-'})`,
        );
    }
    // Found but wrong counts against recall too: a target is found only when every field is right.
    score.targets.found = score.targets.right;
    for (const e of emitted)
      if (!used.has(e))
        score.misses.push(`target invented: line ${e.line} ${e.metric} ${e.comparator} ${e.value}${e.unit ?? ''}`);
  }

  if (labels.complete.criteria) {
    const labelled = labels.criteria.filter((c) => inRange(c.line));
    const seen = new Set<string>();
    const emitted = content.rules
      .filter((r) => r.document === doc.id)
      .flatMap((r) => r.criteria)
      .filter((c) => {
        const key = `${c.kind}|${c.line}|${c.quote}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return inEmittedRange(c.line);
      });
    score.criteria.labelled = labelled.length;
    score.criteria.emitted = emitted.length;
    const covers = (c: (typeof emitted)[number], line: number | null) => {
      const [a, b] = quoteLines(c.line, c.quote);
      return line !== null && line >= a && line <= b;
    };
    for (const l of labelled) {
      if (emitted.some((c) => c.kind === l.kind && covers(c, mapLine(l.line)))) score.criteria.found++;
      else score.misses.push(`criterion missed: line ${l.line} (${l.kind})`);
    }
    for (const c of emitted) {
      if (labelled.some((l) => l.kind === c.kind && covers(c, mapLine(l.line)))) score.criteria.right++;
      else score.misses.push(`criterion invented: line ${c.line} (${c.kind}) ${c.text.slice(0, 24)}`);
    }
  }

  if (labels.complete.metadata) {
    const m = labels.metadata;
    const fields: Array<[string, boolean]> = [
      ['title', clean(m.title) === clean(doc.title)],
      ['docNumber', cleanNumber(m.docNumber) === cleanNumber(doc.docNumber)],
      ['issuer', [...m.issuer].map(clean).sort().join('|') === [...doc.issuer].map(clean).sort().join('|')],
      ['issued', (m.issued ?? null) === doc.issued],
      ['region', clean(m.region) === clean(doc.region)],
    ];
    for (const [field, ok] of fields) {
      score.metadata.fields++;
      if (ok) score.metadata.right++;
      else {
        const got =
          field === 'issuer' ? doc.issuer.join('、') : String((doc as unknown as Record<string, unknown>)[field]);
        const want = field === 'issuer' ? m.issuer.join('、') : String((m as Record<string, unknown>)[field]);
        score.metadata.wrong.push(field);
        score.misses.push(`metadata ${field}: emitted ${got}, labelled ${want}`);
      }
    }
  }
  return score;
}

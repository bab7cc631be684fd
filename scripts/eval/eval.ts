import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceFormat } from '../../src/schema/index.ts';
import { extractAll } from '../extract-all.ts';
import { decodeSources, FORMAT_OF_EXTENSION } from '../1-decode/read-source.ts';
import { readLabels, type Labels } from './labels.ts';
import { lineMapByContent } from './line-map.ts';
import {
  addTally,
  emptyTally,
  precision,
  recall,
  scoreDocument,
  type DocumentScore,
  type LineMap,
  type Tally,
} from './score.ts';

/**
 * npm run eval [folder] [-- --json report.json] [--labels dir] [--verbose] [--only slug] [--format pdf]
 * Runs the whole pipeline over every source in a folder (nothing is written to content/), in every
 * format a document comes in (the real corpus: each PDF and its .txt text layer), and prints per
 * document and format its time, counts, warnings and accounting and, where hand labels exist, recall
 * and precision per fact type; then the totals of each format side by side. Labels count lines of the
 * .txt; for another format each labelled line is found in that format's text by its content.
 */
const DEFAULT_FOLDER = '../shared/corpus/real';
const LABELS = 'test/eval/labels';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    json: { type: 'string' },
    labels: { type: 'string' },
    verbose: { type: 'boolean' },
    only: { type: 'string' },
    format: { type: 'string' },
  },
  allowPositionals: true,
  strict: true,
});

const folder = positionals[0] ?? DEFAULT_FOLDER;
if (!existsSync(folder)) {
  if (positionals[0]) {
    console.error(`eval: 找不到文件夹 ${folder}`);
    process.exit(1);
  }
  console.log(`eval: 跳过：找不到真实文件语料 ${resolve(folder)}（它在项目旁的 ../shared/ 中）`);
  process.exit(0);
}

/** Labels for a slug: from --labels, else a labels/ folder inside the corpus, else the project's own. */
function labelsFor(slug: string): Labels | null {
  for (const dir of [values.labels, join(folder, 'labels'), LABELS]) {
    if (dir && existsSync(join(dir, `${slug}.json`))) return readLabels(join(dir, `${slug}.json`));
  }
  return null;
}

interface FormatReport {
  format: SourceFormat;
  file: string;
  ms: number;
  error: string | null;
  counts: Record<string, number>;
  warnings: number;
  accounting: { source: number; kept: number; removed: number } | null;
  pages: number | null;
  score: DocumentScore | null;
}

const fmt = (r: number | null) => (r === null ? '  – ' : r.toFixed(2));
const rp = (t: Tally) => `R ${fmt(recall(t))} P ${fmt(precision(t))}`;
/** The order formats are printed in: the text layer first, as the labels count its lines. */
const ORDER: SourceFormat[] = ['txt', 'pdf', 'html', 'docx'];

const slugs = new Map<string, string[]>();
for (const name of readdirSync(folder).sort()) {
  const m = /^(.+)\.([^.]+)$/.exec(name);
  if (!m || !(m[2]! in FORMAT_OF_EXTENSION) || (values.only && !m[1]!.includes(values.only))) continue;
  if (values.format && FORMAT_OF_EXTENSION[m[2]!] !== values.format) continue;
  slugs.set(m[1]!, [...(slugs.get(m[1]!) ?? []), name]);
}

async function run(slug: string, name: string, textLayer: string | null): Promise<FormatReport> {
  const file = join(folder, name);
  const format = FORMAT_OF_EXTENSION[name.replace(/^.*\./, '')]!;
  const t0 = performance.now();
  const decoded = await decodeSources([{ file, bytes: readFileSync(file) }]);
  const extraction = extractAll(decoded.sources);
  const ms = Math.round(performance.now() - t0);
  const doc = extraction.content.documents[0];
  const errors = [...decoded.errors, ...extraction.errors];
  const base = { format, file, ms, counts: {}, warnings: 0, accounting: null, pages: null, score: null };
  if (errors.length || !doc) return { ...base, error: errors.join('\n') || `${file}:1: 没有产出文件` };
  const c = extraction.content;
  const labels = labelsFor(slug);
  const source = extraction.results[0]!.source;
  // Labels count lines of the .txt text layer; any other rendering finds them by content.
  const mapLine: LineMap = format === 'txt' || !textLayer ? (n) => n : lineMapByContent(textLayer, source);
  return {
    ...base,
    error: null,
    counts: {
      clauses: doc.clauses.length,
      tasks: c.tasks.length,
      departments: c.departments.length,
      targets: c.targets.length,
      baselines: c.baselines.length,
      milestones: c.milestones.length,
      'rule sets': c.rules.length,
      criteria: c.rules.reduce((n, r) => n + r.criteria.length, 0),
    },
    warnings: doc.findings.length,
    accounting: doc.accounting,
    pages: decoded.sources[0]?.decoded?.pageStarts?.length ?? null,
    score: labels && (format === 'txt' || textLayer) ? scoreDocument(labels, doc, c, source, mapLine) : null,
  };
}

const reports: FormatReport[][] = [];
const seconds: Partial<Record<SourceFormat, number>> = {};
const pageCount: Partial<Record<SourceFormat, number>> = {};
for (const [i, [slug, names]] of [...slugs].entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r[${i + 1}/${slugs.size}] ${slug}`.padEnd(70));
  const txt = names.find((n) => n.endsWith('.txt'));
  const textLayer = txt ? readFileSync(join(folder, txt), 'utf8') : null;
  const row: FormatReport[] = [];
  for (const name of names) row.push(await run(slug, name, textLayer));
  row.sort((a, b) => ORDER.indexOf(a.format) - ORDER.indexOf(b.format));
  for (const r of row) {
    seconds[r.format] = (seconds[r.format] ?? 0) + r.ms / 1000;
    pageCount[r.format] = (pageCount[r.format] ?? 0) + (r.pages ?? 0);
  }
  reports.push(row);
}
if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(72) + '\r');

type Totals = {
  tasks: Tally;
  assignments: Tally;
  targets: Tally;
  criteria: Tally;
  roles: { found: number; right: number };
  metadata: { fields: number; right: number };
  errors: number;
  labelled: number;
  documents: number;
};
const totals = new Map<SourceFormat, Totals>();
const totalsOf = (f: SourceFormat) => {
  if (!totals.has(f))
    totals.set(f, {
      tasks: emptyTally(),
      assignments: emptyTally(),
      targets: emptyTally(),
      criteria: emptyTally(),
      roles: { found: 0, right: 0 },
      metadata: { fields: 0, right: 0 },
      errors: 0,
      labelled: 0,
      documents: 0,
    });
  return totals.get(f)!;
};

const width = String(reports.length).length;
reports.forEach((row, i) => {
  const slug = [...slugs.keys()][i]!;
  console.log(`[${String(i + 1).padStart(width)}/${reports.length}] ${slug}`);
  for (const r of row) {
    const t = totalsOf(r.format);
    t.documents++;
    const tag = `        ${r.format.padEnd(4)}`;
    if (r.error) {
      t.errors++;
      console.log(`${tag} 错误：${r.error.split('\n').join('\n              ')}`);
      continue;
    }
    const a = r.accounting!;
    console.log(
      `${tag} ${r.ms} ms${r.pages ? ` · ${r.pages} pages` : ''} · ${Object.entries(r.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(' · ')} · ${r.warnings} warnings · characters ${a.source} = ${a.kept} + ${a.removed}`,
    );
    const s = r.score;
    if (!s) continue;
    t.labelled++;
    addTally(t.tasks, s.tasks);
    addTally(t.assignments, s.assignments);
    addTally(t.targets, s.targets);
    addTally(t.criteria, s.criteria);
    t.roles.found += s.roles.found;
    t.roles.right += s.roles.right;
    t.metadata.fields += s.metadata.fields;
    t.metadata.right += s.metadata.right;
    const roles = `${s.roles.right}/${s.roles.found}`;
    console.log(
      `             labels: tasks ${rp(s.tasks)} · assignments ${rp(s.assignments)} · roles ${roles} · ` +
        `targets ${rp(s.targets)} · criteria ${rp(s.criteria)} · metadata ${s.metadata.right}/${s.metadata.fields}` +
        (s.metadata.wrong.length ? ` (${s.metadata.wrong.join(', ')})` : ''),
    );
    if (values.verbose) for (const m of s.misses) console.log(`               ${m}`);
  }
});

const formats = ORDER.filter((f) => totals.has(f));
const rate = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
console.log('');
/** One line of the totals table: a label, the labelled count, then one cell per format. */
const tableRow = (label: string, labelled: string, cells: string[]) =>
  console.log(`${label.padEnd(12)} ${labelled.padStart(8)}   ${cells.map((c) => c.padEnd(46)).join('   ')}`);
tableRow(
  'fact type',
  'labelled',
  formats.map((f) => `${f}: found emitted right recall precision`),
);
for (const type of ['tasks', 'assignments', 'targets', 'criteria'] as const) {
  const cells = formats.map((f) => {
    const t = totalsOf(f)[type];
    const counts = `${String(t.found).padStart(5)} ${String(t.emitted).padStart(7)} ${String(t.right).padStart(5)}`;
    return `${f}: ${counts} ${fmt(recall(t)).padStart(6)} ${fmt(precision(t)).padStart(9)}`;
  });
  tableRow(type, String(totalsOf(formats[0]!)[type].labelled), cells);
}
tableRow(
  'roles',
  '',
  formats.map((f) => {
    const { right, found } = totalsOf(f).roles;
    return `${f}: ${right}/${found} right (${rate(right, found)})`;
  }),
);
tableRow(
  'metadata',
  '',
  formats.map((f) => {
    const { right, fields } = totalsOf(f).metadata;
    return `${f}: ${right}/${fields} fields right (${rate(right, fields)})`;
  }),
);
for (const f of formats) {
  const t = totalsOf(f);
  const pages = pageCount[f] ? ` · ${pageCount[f]} pages, ${(pageCount[f]! / seconds[f]!).toFixed(0)} pages/s` : '';
  const assignments = `assignments R ${fmt(recall(t.assignments))} P ${fmt(precision(t.assignments))}`;
  console.log(
    `eval ${f}: ${t.documents} documents, ${t.errors} errors, ${t.labelled} labelled, ` +
      `${seconds[f]!.toFixed(1)} s${pages} · ` +
      `tasks R ${fmt(recall(t.tasks))} · ${assignments} roles ${rate(t.roles.right, t.roles.found)} · ` +
      `targets R ${fmt(recall(t.targets))} P ${fmt(precision(t.targets))} · criteria R ${fmt(recall(t.criteria))} · ` +
      `metadata ${rate(t.metadata.right, t.metadata.fields)}`,
  );
}
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify({ folder, seconds, totals: Object.fromEntries(totals), reports }, null, 2) + '\n',
  );
process.exitCode = [...totals.values()].some((t) => t.errors) ? 1 : 0;

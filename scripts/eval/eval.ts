import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractAll } from '../extract-all.ts';
import { readLabels, type Labels } from './labels.ts';
import { addTally, emptyTally, precision, recall, scoreDocument, type DocumentScore, type Tally } from './score.ts';

/**
 * npm run eval [folder] [-- --json report.json] [--labels dir] [--verbose]
 * Runs the whole pipeline over every source in a folder (nothing is written to content/), prints
 * per document its time, counts, warnings and accounting, and, where hand labels exist, recall and
 * precision per fact type; then totals and a one-line summary.
 */
const DEFAULT_FOLDER = '../shared/corpus/real';
const LABELS = 'test/eval/labels';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { json: { type: 'string' }, labels: { type: 'string' }, verbose: { type: 'boolean' }, only: { type: 'string' } },
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

interface DocumentReport {
  file: string;
  ms: number;
  error: string | null;
  counts: Record<string, number>;
  warnings: number;
  accounting: { source: number; kept: number; removed: number } | null;
  score: DocumentScore | null;
}

const fmt = (r: number | null) => (r === null ? '  – ' : r.toFixed(2));
const rp = (t: Tally) => `R ${fmt(recall(t))} P ${fmt(precision(t))}`;

const files = readdirSync(folder)
  .filter((n) => /\.txt$/.test(n))
  .filter((n) => !values.only || n.includes(values.only))
  .sort();
const reports: DocumentReport[] = [];
const started = performance.now();
for (const [i, name] of files.entries()) {
  const file = join(folder, name);
  const slug = name.replace(/\.txt$/, '');
  if (process.stderr.isTTY) process.stderr.write(`\r[${i + 1}/${files.length}] ${name}`.padEnd(70));
  const t0 = performance.now();
  const extraction = extractAll([{ file, bytes: readFileSync(file) }]);
  const ms = Math.round(performance.now() - t0);
  const doc = extraction.content.documents[0];
  if (extraction.errors.length || !doc) {
    reports.push({ file, ms, error: extraction.errors.join('\n') || `${file}:1: 没有产出文件`, counts: {}, warnings: 0, accounting: null, score: null });
    continue;
  }
  const c = extraction.content;
  const criteria = c.rules.reduce((n, r) => n + r.criteria.length, 0);
  const labels = labelsFor(slug);
  reports.push({
    file,
    ms,
    error: null,
    counts: {
      clauses: doc.clauses.length,
      tasks: c.tasks.length,
      departments: c.departments.length,
      targets: c.targets.length,
      baselines: c.baselines.length,
      milestones: c.milestones.length,
      'rule sets': c.rules.length,
      criteria,
    },
    warnings: doc.findings.length,
    accounting: doc.accounting,
    score: labels ? scoreDocument(labels, doc, c, extraction.results[0]!.source) : null,
  });
}
if (process.stderr.isTTY) process.stderr.write('\r'.padEnd(72) + '\r');
const seconds = (performance.now() - started) / 1000;

const totals = { tasks: emptyTally(), assignments: emptyTally(), targets: emptyTally(), criteria: emptyTally(), roles: { found: 0, right: 0 }, metadata: { fields: 0, right: 0 } };
for (const r of reports) {
  const width = String(files.length).length;
  const n = String(reports.indexOf(r) + 1).padStart(width);
  if (r.error) {
    console.log(`[${n}/${files.length}] ${r.file}  错误`);
    console.log(`        ${r.error.split('\n').join('\n        ')}`);
    continue;
  }
  console.log(`[${n}/${files.length}] ${r.file}  ${r.ms} ms  ${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(' · ')} · ${r.warnings} warnings`);
  const a = r.accounting!;
  console.log(`        characters: source ${a.source} = kept ${a.kept} + removed ${a.removed}`);
  const s = r.score;
  if (!s) continue;
  addTally(totals.tasks, s.tasks);
  addTally(totals.assignments, s.assignments);
  addTally(totals.targets, s.targets);
  addTally(totals.criteria, s.criteria);
  totals.roles.found += s.roles.found;
  totals.roles.right += s.roles.right;
  totals.metadata.fields += s.metadata.fields;
  totals.metadata.right += s.metadata.right;
  console.log(
    `        labels: tasks ${rp(s.tasks)} · assignments ${rp(s.assignments)} · roles ${s.roles.right}/${s.roles.found} · ` +
      `targets ${rp(s.targets)} · criteria ${rp(s.criteria)} · metadata ${s.metadata.right}/${s.metadata.fields}` +
      (s.metadata.wrong.length ? ` (${s.metadata.wrong.join(', ')})` : ''),
  );
  if (values.verbose) for (const m of s.misses) console.log(`          ${m}`);
}

const errors = reports.filter((r) => r.error).length;
const labelled = reports.filter((r) => r.score).length;
const rate = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
console.log('');
console.log('fact type      labelled  found  emitted  right  recall  precision');
for (const [name, t] of Object.entries({ tasks: totals.tasks, assignments: totals.assignments, targets: totals.targets, criteria: totals.criteria })) {
  console.log(`${name.padEnd(14)} ${String(t.labelled).padStart(8)} ${String(t.found).padStart(6)} ${String(t.emitted).padStart(8)} ${String(t.right).padStart(6)}  ${fmt(recall(t)).padStart(6)}  ${fmt(precision(t)).padStart(9)}`);
}
console.log(`roles          ${totals.roles.right}/${totals.roles.found} right (${rate(totals.roles.right, totals.roles.found)})`);
console.log(`metadata       ${totals.metadata.right}/${totals.metadata.fields} fields right (${rate(totals.metadata.right, totals.metadata.fields)})`);
console.log(
  `eval: ${reports.length} documents, ${errors} errors, ${labelled} labelled, ${seconds.toFixed(1)} s · ` +
    `tasks R ${fmt(recall(totals.tasks))} · assignments R ${fmt(recall(totals.assignments))} P ${fmt(precision(totals.assignments))} roles ${rate(totals.roles.right, totals.roles.found)} · ` +
    `targets R ${fmt(recall(totals.targets))} P ${fmt(precision(totals.targets))} · criteria R ${fmt(recall(totals.criteria))} · metadata ${rate(totals.metadata.right, totals.metadata.fields)}`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ folder, seconds, totals, reports }, null, 2) + '\n');
process.exitCode = errors ? 1 : 0;

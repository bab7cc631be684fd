import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
const [f, a, b] = process.argv.slice(2);
const r = extractText(readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8'), 'x');
console.log('year', r.document.issued, r.document.published, 'period', r.document.period);
for (const t of r.targets) if (t.line >= +a! && t.line <= +b!) console.log('T', t.line, t.metric, t.comparator, t.value, t.unit, t.year, t.approximate ? '~' : '');
for (const t of r.baselines) if (t.line >= +a! && t.line <= +b!) console.log('B', t.line, t.metric, t.value, t.unit, t.year);

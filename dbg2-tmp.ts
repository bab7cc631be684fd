import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
const [f, a, b] = process.argv.slice(2);
const r = extractText(readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8'), 'x');
for (const c of r.document.clauses) if (c.endLine >= +a! && c.line <= +b!) console.log(c.id, c.kind, c.line, c.endLine, JSON.stringify(c.text.slice(0, 200)));
for (const x of r.document.removed) if (x.endLine >= +a! && x.line <= +b!) console.log('REMOVED', x.rule, x.line, JSON.stringify(x.text));

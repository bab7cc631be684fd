import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
import { makeContext } from './scripts/5-extract/context.ts';
const [f, a, b] = process.argv.slice(2);
const r = extractText(readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8'), 'x');
const crit = new Map<number, string[]>();
for (const rs of r.rules.slice(0, 1)) for (const c of rs.criteria) crit.set(c.line, [...(crit.get(c.line) ?? []), c.kind]);
for (const c of r.document.clauses) if (c.line >= +a! && c.line <= +b!) console.log(c.id, c.line, c.kind, c.style, JSON.stringify(c.text.slice(0, 40)), crit.get(c.line) ?? '');

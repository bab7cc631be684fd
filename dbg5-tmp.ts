import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
const [f] = process.argv.slice(2);
const r = extractText(readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8'), 'x');
const labels = JSON.parse(readFileSync(`test/eval/labels/${f}.json`, 'utf8'));
const byLine = new Map<number, string[]>();
for (const c of labels.criteria) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c.kind]);
for (const c of r.document.clauses) {
  const ks: string[] = [];
  for (let l = c.line; l <= c.endLine; l++) for (const k of byLine.get(l) ?? []) ks.push(`${l}:${k}`);
  console.log(`${'  '.repeat(c.depth)}${c.id} [${c.line}-${c.endLine}] ${(c.heading ?? c.text).slice(0, 50)}  ${ks.join(' ')}`);
}
console.log(labels.ruleSets);

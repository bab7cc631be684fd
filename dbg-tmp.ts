import { readFileSync } from 'node:fs';
import { extractTexts } from './test/helpers/run.ts';
const f = process.argv[2]!;
const ex = extractTexts({ x: readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8') });
const name = new Map(ex.content.departments.map((d) => [d.id, d.name]));
console.log('region', ex.content.documents[0]!.region, ex.content.documents[0]!.title);
for (const t of ex.content.tasks.slice(0, Number(process.argv[3] ?? 99))) console.log(t.kind, t.number, t.line, 'L', t.leads.map((i) => name.get(i)).join('、'), '| P', t.partners.map((i) => name.get(i)).join('、'), '| R', t.responsible.map((i) => name.get(i)).join('、'), '| G', t.generic.join('、'));

import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
import { readQuantities } from './scripts/5-extract/quantities/read-quantities.ts';
import { forMatching } from './scripts/lib/text.ts';
const [f, ...lines] = process.argv.slice(2);
const r = extractText(readFileSync(`../shared/corpus/real/${f}.txt`, 'utf8'), 'x');
for (const l of lines.map(Number)) {
  const c = r.document.clauses.find((c) => c.line <= l && c.endLine >= l);
  if (!c) { console.log(l, 'no clause'); continue; }
  for (const s of c.text.split(/(?<=[。；;])/)) {
    if (!/\d/.test(s)) continue;
    const qs = readQuantities(forMatching(s));
    console.log(`${l} [${c.id}] ${s.slice(0, 150)}\n    → ${qs.map((q) => `${q.form}:${q.comparator}${q.value}${q.unit ?? ''}`).join(' | ')}`);
  }
  for (const t of r.targets.filter((t) => t.clause === c.id)) console.log('    T', t.metric, t.comparator, t.value, t.unit, t.year);
}

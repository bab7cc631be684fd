import { readFileSync } from 'node:fs';
import { extractText } from './test/helpers/run.ts';
const [f] = process.argv.slice(2);
const path = f!.includes('/') ? f! : `../shared/corpus/real/${f}.txt`;
const r = extractText(readFileSync(path, 'utf8'), 'x');
for (const c of r.document.clauses) console.log(`${'  '.repeat(c.depth)}${c.id} [${c.line}-${c.endLine}] ${c.kind} ${(c.heading ?? c.text).slice(0, 60)}`);
for (const rs of r.rules) { console.log('RULESET', rs.applicantType, '|', rs.applicant); for (const c of rs.criteria) console.log('   ', c.kind, c.line, c.text.slice(0, 50)); }

import { readQuantities } from './scripts/5-extract/quantities/read-quantities.ts';
import { forMatching } from './scripts/lib/text.ts';
for (const s of process.argv.slice(2)) {
  const f = forMatching(s);
  console.log(JSON.stringify(readQuantities(f).map(q=>[q.form,q.comparator,q.value,q.unit,f.slice(q.start,q.end), q.metricInside?.map(([a,b])=>s.slice(a,b)).join('+')])));
}

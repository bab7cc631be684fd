import type { Baseline, Target } from '../../schema/index.ts';

/** Metric names compared as written, ignoring spaces and a leading 全市 / 全省 style scope. */
export function metricKey(metric: string): string {
  return metric.replace(/\s+/g, '').replace(/^全(市|省|区|县|国)/, '');
}

/**
 * Whether two metric names are the same measure: equal keys, or one ending in the other when the
 * shorter still names a measure on its own (优良天数比例 / 空气质量优良天数比例), not a bare
 * word such as 覆盖率.
 */
export function sameMetric(a: string, b: string): boolean {
  const [x, y] = [metricKey(a), metricKey(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x === y || (x.length >= 4 && y.endsWith(x));
}

export interface MetricRow {
  /** The shortest name of the group. */
  metric: string;
  /** Commitments per document id. */
  targets: Map<string, Target[]>;
  /** Reported figures per document id. */
  baselines: Map<string, Baseline[]>;
}

function add<T>(map: Map<string, T[]>, key: string, item: T): void {
  map.set(key, [...(map.get(key) ?? []), item]);
}

/**
 * Metrics worth a side-by-side look: named in two or more documents, or reported as a figure and
 * set as a target (where it stands, where it should go).
 */
export function comparableMetrics(targets: readonly Target[], baselines: readonly Baseline[]): MetricRow[] {
  const rows: MetricRow[] = [];
  const rowFor = (metric: string) => {
    let row = rows.find((r) => sameMetric(r.metric, metric));
    if (!row) rows.push((row = { metric, targets: new Map(), baselines: new Map() }));
    if (metricKey(metric).length < metricKey(row.metric).length) row.metric = metric;
    return row;
  };
  for (const t of targets) add(rowFor(t.metric).targets, t.document, t);
  for (const b of baselines) add(rowFor(b.metric).baselines, b.document, b);
  return rows.filter((row) => {
    const documents = new Set([...row.targets.keys(), ...row.baselines.keys()]);
    return documents.size >= 2 || (row.targets.size > 0 && row.baselines.size > 0);
  });
}

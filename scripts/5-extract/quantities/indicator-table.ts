import type { Baseline, Comparator, Target } from '../../../src/schema/index.ts';
import { anyOf, COMPARATOR_SIGN, COMPARATOR_SUFFIXES } from '../../../src/vocabulary/index.ts';
import { forMatching } from '../../lib/text.ts';
import type { Block } from '../../3-outline/tree.ts';
import type { DocumentContext } from '../context.ts';
import { tableRows } from '../sentences.ts';

const SYMBOL = new Map<string, Comparator>(Object.entries(COMPARATOR_SIGN).map(([c, sign]) => [sign, c as Comparator]));
/** ≤2.60, ≥16, 〔19.5〕 (a five-year sum), 90%以上. */
const VALUE = new RegExp(
  `^([≥≤><=])?\\s*[〔\\[]?\\s*(\\d+(?:\\.\\d+)?)\\s*[〕\\]]?\\s*(%)?\\s*(${anyOf(Object.keys(COMPARATOR_SUFFIXES))})?$`,
);

/**
 * An indicator table: a header with year columns (2020年 | 2025年目标) and
 * one metric per row. Columns of years before the document's own are
 * baselines; later ones (or ones named 目标) are targets, their comparator
 * from the cell (≤2.60) or 以上/以下, else `=`.
 */
export function indicatorTable(
  ctx: DocumentContext,
  table: Block,
  taskOfClause: Map<string, string>,
): { targets: Array<Omit<Target, 'id'>>; baselines: Array<Omit<Baseline, 'id'>> } {
  const targets: Array<Omit<Target, 'id'>> = [];
  const baselines: Array<Omit<Baseline, 'id'>> = [];
  const rows = table.rows ?? [];
  const header = rows[0]?.map((c) => forMatching(c)) ?? [];
  const years = header
    .map((c) => /(\d{4})\s*年/.exec(c))
    .map((m, i) => (m ? { column: i, year: Number(m[1]), target: /目标|规划|预期/.test(header[i]!) } : null))
    .filter((x) => x !== null);
  if (!years.length) return { targets, baselines };
  const unitColumn = header.findIndex((c) => /^(计量)?单位$/.test(c.trim()));
  const metricColumn = header.findIndex(
    (c, i) => i !== unitColumn && !years.some((y) => y.column === i) && !/序号|属性|类别|性质/.test(c),
  );
  tableRows(table).forEach(({ text: line, index: rowFrom }, r) => {
    if (r === 0) return;
    const cells = rows[r] ?? [];
    const metric = cells[metricColumn]?.trim();
    if (!metric) return;
    const unit =
      unitColumn >= 0 && cells[unitColumn] && /[\p{L}%]/u.test(cells[unitColumn]!) ? cells[unitColumn]!.trim() : null;
    for (const y of years) {
      const cell = cells[y.column]?.trim() ?? '';
      const v = VALUE.exec(forMatching(cell));
      if (!v) continue;
      const at = rowFrom + line.indexOf(cell);
      const cited = ctx.cite(table, at, at + cell.length);
      const value = Number(v[2]);
      const isTarget = y.target || (ctx.year !== null ? y.year > ctx.year : false);
      if (isTarget) {
        const bySuffix = v[4] ? COMPARATOR_SUFFIXES[v[4]] : undefined;
        const comparator = v[1] ? (SYMBOL.get(v[1]) ?? '=') : bySuffix && bySuffix !== 'approximate' ? bySuffix : '=';
        targets.push({
          document: ctx.id,
          task: taskOfClause.get(table.id!) ?? null,
          metric,
          comparator,
          value,
          unit: v[3] ?? unit,
          year: y.year,
          scope: null,
          change: null,
          baseline: null,
          valueText: cell,
          approximate: bySuffix === 'approximate',
          cumulative: false,
          ...cited,
        });
      } else {
        baselines.push({
          document: ctx.id,
          metric,
          value,
          unit: v[3] ?? unit,
          year: y.year,
          change: null,
          valueText: cell,
          ...cited,
        });
      }
    }
  });
  return { targets, baselines };
}

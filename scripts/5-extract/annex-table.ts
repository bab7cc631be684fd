import { readMarker } from '../3-outline/numbering.ts';
import type { Block } from '../3-outline/tree.ts';
import { assign, pushOnce } from './assign.ts';
import type { DocumentContext } from './context.ts';
import { isGeneric, splitOutsideBrackets } from './department-names.ts';
import type { DraftTask } from './draft.ts';
import { tableRows } from './sentences.ts';
import { lastParenthesis, readResponsibility } from './responsibility.ts';

/** A column of bodies: 责任部门, 牵头单位, 配合单位 (a bare 单位 is a unit of measure). */
const DEPT_HEADER = /责任|牵头|部门|配合|协办|参与|负责|(主办|实施|承办)单位/;
const ROLE_HEADER: Array<[RegExp, 'leads' | 'partners' | 'responsible']> = [
  [/牵头|主办|主责/, 'leads'],
  [/配合|协办|参与|协同/, 'partners'],
  [/责任|负责|部门|实施单位|承办/, 'responsible'],
];
const ITEM_HEADER = /任务|事项|内容|工作|措施|项目|名称|政策|方案|文件/;

/**
 * Annex tables of responsibilities: one task per row. Rows may carry a
 * category cell that holds for the rows below it (merged cells flattened to
 * text), and a note `(各部门按职责分工负责、下同)` that holds for this row and
 * every later one.
 */
export function extractAnnexRows(ctx: DocumentContext, counter: { n: number }): DraftTask[] {
  const out: DraftTask[] = [];
  for (const table of ctx.blocks) {
    if (table.kind !== 'table' || !table.rows?.length) continue;
    const header = table.rows[0]!;
    if (!header.some((c) => DEPT_HEADER.test(c)) || header.some((c) => readMarker(c))) continue;
    const deptColumn = header.findIndex((c) => DEPT_HEADER.test(c));
    // Columns named for a role (牵头单位 | 配合单位): each row's cells are read by its header.
    const roleColumns = header.map((c) => ROLE_HEADER.find(([p]) => p.test(c))?.[1] ?? null);
    const itemColumn = header.findIndex((c, i) => ITEM_HEADER.test(c) && roleColumns[i] === null);
    const lines = tableRows(table).map((r) => ({ from: r.index, to: r.index + r.text.length, text: r.text }));
    let category: string | null = null;
    let inherited: DraftTask['inherited'] = [];
    table.rows.slice(1).forEach((cells, k) => {
      const aligned = cells.length === header.length && itemColumn >= 0;
      const itemAt = cells.findIndex((c) => readMarker(c) !== null);
      const item = aligned ? itemColumn : itemAt >= 0 ? itemAt : Math.max(0, deptColumn - 1);
      if (!aligned && itemAt > 0) category = cells.slice(0, itemAt).join(' ');
      const itemCell = cells[item] ?? '';
      const deptCell = aligned ? cells[deptColumn] ?? '' : cells[item + 1] ?? '';
      const marker = readMarker(itemCell);
      const title = marker ? itemCell.slice(marker.marker.length).trim() : itemCell;
      if (!title && !deptCell) return;

      const row = lines[k + 1]!;
      const cited = ctx.cite(table, row.from, row.to);
      const paren = lastParenthesis(deptCell);
      const names = paren ? deptCell.slice(0, paren.start) : deptCell;
      const byRole = { leads: [] as string[], partners: [] as string[], responsible: [] as string[] };
      if (aligned) roleColumns.forEach((role, i) => role && cells[i] && byRole[role].push(i === deptColumn ? names : cells[i]!));
      else byRole.responsible.push(names);
      // 市城市管理局（牵头）、市生态环境局: a body marked as lead inside a cell leads; the others support it.
      for (const role of ['responsible', 'partners'] as const) {
        const marked = byRole[role].flatMap(splitOutsideBrackets).filter((n) => /[(（]牵头[)）]$/.test(n.trim()));
        if (!marked.length) continue;
        const others = byRole[role].flatMap(splitOutsideBrackets).filter((n) => !/[(（]牵头[)）]$/.test(n.trim()));
        byRole.leads.push(...marked.map((n) => n.trim().replace(/[(（]牵头[)）]$/, '')));
        byRole[role] = [];
        byRole.partners.push(...others);
      }
      const who = assign(byRole, ctx, cited.line);
      if (paren) {
        const r = readResponsibility(paren.inner);
        const noteFrom = row.from + row.text.indexOf(deptCell) + paren.start + 1;
        for (const inherit of r.inherits) {
          const at = ctx.cite(table, noteFrom + inherit.index, noteFrom + inherit.index + inherit.length);
          inherited = [...inherited, { phrase: inherit.phrase, role: inherit.role, name: isGeneric(inherit.phrase, ctx.level) ? null : inherit.phrase, ...at }];
        }
        const rest = assign({ ...r, responsible: r.responsible }, ctx, cited.line);
        for (const g of rest.generic) pushOnce(who.generic, g);
        for (const p of rest.partners) pushOnce(who.partners, p);
      }
      counter.n++;
      out.push({
        id: `${ctx.id}/${table.id}/row-${counter.n}`,
        document: ctx.id,
        kind: 'annex',
        number: `附表${counter.n}`,
        title,
        ...who,
        inherited: [...inherited],
        category,
        text: cells.join(' | '),
        ...cited,
        url: `/documents/${ctx.id}/#${table.id}`,
      });
    });
  }
  return out;
}

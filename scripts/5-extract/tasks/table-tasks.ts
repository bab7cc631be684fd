import { anyOf, BODY_COLUMN_WORDS, ROLE_WORDS, roleOfLabel } from '../../../src/vocabulary/index.ts';
import { readMarker } from '../../3-outline/numbering.ts';
import type { DocumentContext } from '../context.ts';
import { isGeneric, splitOutsideBrackets } from '../departments/names.ts';
import { tableRows } from '../sentences.ts';
import { assign, pushOnce } from './assign.ts';
import type { DraftTask } from './draft.ts';
import { bracketed } from './find-notes.ts';
import { readNote } from './read-note.ts';

/** A column of bodies: 责任部门, 牵头单位, 配合单位 (a bare 单位 is a unit of measure). */
const DEPT_HEADER = new RegExp(`${anyOf(ROLE_WORDS.flatMap(([, w]) => w))}|${anyOf(BODY_COLUMN_WORDS)}`);
/** What a task column is called: 任务, 事项, 内容 … */
const ITEM_HEADER = /任务|事项|内容|工作|措施|项目|名称|政策|方案|文件/;
const LEAD_WORD = ROLE_WORDS.find(([r]) => r === 'lead')![1][0]!;
/** 市城市管理局（牵头）: a body marked as lead inside a cell. */
const MARKED_LEAD = new RegExp(`[(（]${LEAD_WORD}[)）]$`);

/**
 * Tasks from tables of responsibilities: one task per row. Columns are read by their header
 * (牵头单位 | 配合单位 | 责任部门), a row may carry a category cell that holds for the rows below
 * it (merged cells flattened to text), and a note in a cell (各部门按职责分工负责、下同) holds for
 * this row and every later one.
 */
export function tableTasks(ctx: DocumentContext): DraftTask[] {
  const out: DraftTask[] = [];
  for (const table of ctx.blocks) {
    if (table.kind !== 'table' || !table.rows?.length) continue;
    const header = table.rows[0]!;
    if (!header.some((c) => DEPT_HEADER.test(c)) || header.some((c) => readMarker(c))) continue;
    const deptColumn = header.findIndex((c) => DEPT_HEADER.test(c));
    // Columns named for a role (牵头单位 | 配合单位): each row's cells are read by its header.
    const roleColumns = header.map((c) => (DEPT_HEADER.test(c) ? (roleOfLabel(c) ?? 'responsible') : null));
    const itemColumn = header.findIndex((c, i) => ITEM_HEADER.test(c) && roleColumns[i] === null);
    const numberColumn = header.findIndex((c) => /^(?:序号|编号)$/.test(c.trim()));
    const lines = tableRows(table).map((r) => ({ from: r.index, to: r.index + r.text.length, text: r.text }));
    let category: string | null = null;
    let inherited: DraftTask['inherited'] = [];
    table.rows.slice(1).forEach((cells, k) => {
      const aligned = cells.length === header.length && itemColumn >= 0;
      const itemAt = cells.findIndex((c) => readMarker(c) !== null);
      const item = aligned ? itemColumn : itemAt >= 0 ? itemAt : Math.max(0, deptColumn - 1);
      if (!aligned && itemAt > 0) category = cells.slice(0, itemAt).join(' ');
      const itemCell = cells[item] ?? '';
      const deptCell = aligned ? (cells[deptColumn] ?? '') : (cells[item + 1] ?? '');
      const marker = readMarker(itemCell);
      const title = marker ? itemCell.slice(marker.marker.length).trim() : itemCell;
      if (!title && !deptCell) return;

      const row = lines[k + 1]!;
      const cited = ctx.cite(table, row.from, row.to);
      // A note closing the cell (各部门按职责分工负责、下同), not a bracket inside a name (各县（市、区）).
      const last = bracketed(deptCell).at(-1);
      const note = last && deptCell.slice(last.end).trim() === '' && !/^[^,，、]{0,6}$/.test(last.inner) ? last : null;
      const names = note ? deptCell.slice(0, note.start) : deptCell;
      const lists: Array<{ text: string; role: 'lead' | 'partner' | 'responsible' }> = [];
      if (aligned)
        roleColumns.forEach(
          (role, i) => role && cells[i] && lists.push({ text: i === deptColumn ? names : cells[i]!, role }),
        );
      else lists.push({ text: names, role: 'responsible' });
      // 市城市管理局（牵头）、市生态环境局: a body marked as lead inside a cell leads; the others support it.
      const marked = lists.flatMap((l) => splitOutsideBrackets(l.text)).filter((n) => MARKED_LEAD.test(n.trim()));
      if (marked.length) {
        const others = lists
          .flatMap((l) => splitOutsideBrackets(l.text))
          .filter((n) => n.trim() && !MARKED_LEAD.test(n.trim()));
        lists.splice(
          0,
          lists.length,
          ...marked.map((n) => ({ text: n.trim().replace(MARKED_LEAD, ''), role: 'lead' as const })),
          ...others.map((n) => ({ text: n, role: 'partner' as const })),
        );
      }
      const who = assign(lists, ctx, cited.line);
      if (note) {
        const r = readNote(note.inner);
        const noteFrom = row.from + row.text.indexOf(deptCell) + note.start + 1;
        for (const inherit of r.inherits) {
          const at = ctx.cite(table, noteFrom + inherit.index, noteFrom + inherit.index + inherit.length);
          inherited = [
            ...inherited,
            {
              phrase: inherit.phrase,
              role: inherit.role,
              name: isGeneric(inherit.phrase, ctx.level) ? null : inherit.phrase,
              ...at,
            },
          ];
        }
        const rest = assign(
          r.lists.map((l) => ({ ...l, role: l.role === 'lead' ? 'lead' : 'partner' })),
          ctx,
          cited.line,
        );
        for (const g of rest.generic) pushOnce(who.generic, g);
        for (const p of rest.partners) pushOnce(who.partners, p);
      }
      const ordinal = out.filter((t) => t.clause === table.id).length + 1;
      out.push({
        id: ctx.idFor(table.id!, 'task'),
        document: ctx.id,
        kind: 'annex',
        number: marker
          ? String(marker.ordinal)
          : numberColumn >= 0 && /^\d{1,3}$/.test(cells[numberColumn]?.trim() ?? '')
            ? cells[numberColumn]!.trim()
            : `附表${ordinal}`,
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

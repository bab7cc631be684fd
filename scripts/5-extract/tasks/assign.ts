import type { DocumentContext } from '../context.ts';
import { hasMarkup, isGeneric, levelPrefix, splitNames } from '../departments/names.ts';
import type { NoteList } from './read-note.ts';

export interface Assignment {
  leads: string[];
  partners: string[];
  responsible: string[];
  generic: string[];
}

export function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * Sorts the lists of a note into departments by role, and generic phrases. A `duty` list supports
 * a named lead, or is responsible when no lead is named; so is a 责任单位 list beside a lead. With
 * the document's convention that the first body of a list leads, it does.
 */
export function assign(
  lists: readonly Pick<NoteList, 'text' | 'role'>[],
  ctx: DocumentContext,
  line: number,
  firstLeads = false,
): Assignment {
  const out: Assignment = { leads: [], partners: [], responsible: [], generic: [] };
  const named = lists.map((list) => {
    if (/[、，,]\s*[、，,]|^[、，,]|[、，,]$/.test(list.text.trim()))
      ctx.report(line, 'tasks:stray-separator', list.text);
    // A list whose first name carries the level (市发改委、工信局) gives it to the names after it.
    let inherited: string | null = null;
    const names: string[] = [];
    for (const name of splitNames(list.text)) {
      if (hasMarkup(name)) {
        ctx.report(line, 'names:markup', name.slice(0, 40));
        continue;
      }
      inherited = levelPrefix(name) ?? inherited;
      if (isGeneric(name, ctx.level, inherited)) pushOnce(out.generic, name);
      else names.push(name);
    }
    return { role: list.role, names };
  });
  const hasLead =
    named.some((l) => l.role === 'lead' && l.names.length) || (firstLeads && named.some((l) => l.names.length));
  for (const { role, names } of named) {
    if (firstLeads && (role === 'responsible' || role === 'duty') && names.length) {
      pushOnce(out.leads, names[0]!);
      for (const n of names.slice(1)) pushOnce(out.partners, n);
      continue;
    }
    const into = role === 'lead' ? out.leads : role === 'partner' || hasLead ? out.partners : out.responsible;
    for (const n of names) pushOnce(into, n);
  }
  const both = out.partners.filter((p) => out.leads.includes(p));
  if (both.length) {
    ctx.report(line, 'tasks:lead-also-partner', both.join('、'));
    out.partners = out.partners.filter((p) => !out.leads.includes(p));
  }
  out.responsible = out.responsible.filter((r) => !out.leads.includes(r) && !out.partners.includes(r));
  return out;
}

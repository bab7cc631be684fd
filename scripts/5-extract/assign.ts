import { hasMarkup, isGeneric, splitNames } from './department-names.ts';
import type { DocumentContext } from './context.ts';
import type { Responsibility } from './responsibility.ts';
import { say } from '../lib/messages.ts';

export interface Assignment {
  leads: string[];
  partners: string[];
  responsible: string[];
  generic: string[];
}

/** Sorts the names of a responsibility note into departments by role, and generic phrases. */
export function assign(r: Pick<Responsibility, 'leads' | 'partners' | 'responsible'>, ctx: DocumentContext, line: number): Assignment {
  const out: Assignment = { leads: [], partners: [], responsible: [], generic: [] };
  const place = (lists: string[], into: string[]) => {
    for (const list of lists) {
      if (/[、，,]\s*[、，,]|^[、，,]|[、，,]$/.test(list.trim())) {
        ctx.report({ line, rule: 'tasks:stray-separator', message: say('tasks:stray-separator', list) });
      }
      for (const name of splitNames(list)) {
        if (hasMarkup(name)) {
          ctx.report({ line, rule: 'names:markup', message: say('names:markup', name.slice(0, 40)) });
          continue;
        }
        if (isGeneric(name, ctx.level)) pushOnce(out.generic, name);
        else pushOnce(into, name);
      }
    }
  };
  place(r.leads, out.leads);
  place(r.partners, out.partners);
  place(r.responsible, out.responsible);
  const both = out.partners.filter((p) => out.leads.includes(p));
  if (both.length) {
    ctx.report({ line, rule: 'tasks:lead-also-partner', message: say('tasks:lead-also-partner', both.join('、')) });
    out.partners = out.partners.filter((p) => !out.leads.includes(p));
  }
  return out;
}

export function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/**
 * The task tables' filters: document, region, department (in any role, or in the role chosen),
 * role, deadline year and words; sorted by number or by deadline.
 */
import { listField, startFilters, textField, valuesOf, type Field } from './filter-view.ts';

const roles = ['lead', 'partner', 'responsible'];

const department: Field = {
  name: 'department',
  matches: (item, id, chosen) => {
    const role = chosen.get('role') ?? '';
    return roles.includes(role) ? valuesOf(item, role).includes(id) : valuesOf(item, 'department').includes(id);
  },
};

/** Without a department, a role asks for tasks that name any body in it (任务 with a 牵头 at all). */
const role: Field = {
  name: 'role',
  matches: (item, value, chosen) =>
    Boolean(chosen.get('department')) || (roles.includes(value) && valuesOf(item, value).length > 0),
};

const number = (item: HTMLElement) => Number(item.dataset.order);

for (const root of document.querySelectorAll<HTMLElement>('[data-filter-root="tasks"]')) {
  startFilters({
    root,
    fields: [listField('document'), listField('region'), department, role, listField('year'), textField],
    sorts: {
      deadline: (a, b) => (a.dataset.due ?? '').localeCompare(b.dataset.due ?? ''),
      document: (a, b) => number(a) - number(b),
    },
  });
}

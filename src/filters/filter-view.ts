/**
 * Filters, sorting and CSV export for a list the page already shows in full. Without JavaScript
 * the form stays hidden and every row is there; with it, rows are hidden in place and the filter
 * is kept in the address (?department=…&year=2025), so a filtered view can be shared and reloads
 * as it was. The engine knows nothing of tasks or targets: a page says which fields it filters on
 * and how each matches a row, and marks its rows `data-filter-item` (grouped by
 * `data-filter-group`, hidden when none of their rows is shown). It filters the rows of one page,
 * so a table split over several pages (components/PartNav.astro) shares the same fields and
 * addresses: links marked `data-keep-query` carry the filter to the other pages, and when a filter
 * leaves this page empty while a link `data-route-field`/`data-route-value` names the page that
 * holds that value, the browser goes there with the same filter.
 */
import { toCsv } from '../open-data/csv.ts';
import { filters as t } from '../ui/filter-strings.ts';

export interface Field {
  /** The form control's name and the query parameter. */
  name: string;
  /** Whether a row passes; `chosen` holds every field's value, for fields that depend on another. */
  matches: (item: HTMLElement, value: string, chosen: ReadonlyMap<string, string>) => boolean;
}

/** Values of a row attribute, one per line (`data-department="a\nb"`). */
export function valuesOf(item: HTMLElement, attribute: string): string[] {
  return (item.dataset[attribute] ?? '').split('\n').filter(Boolean);
}

/** A field whose value must be one of the row's values for `attribute` (default: the field's name). */
export function listField(name: string, attribute: string = name): Field {
  return { name, matches: (item, value) => valuesOf(item, attribute).includes(value) };
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Words typed in a search box: every one must appear in the row's text. */
export const textField: Field = {
  name: 'q',
  matches: (item, value) => {
    const text = fold(item.textContent ?? '');
    return value
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => text.includes(fold(word)));
  },
};

export interface Options {
  root: HTMLElement;
  fields: Field[];
  /** Orders by name; the default (empty) is the page's own order. */
  sorts?: Record<string, (a: HTMLElement, b: HTMLElement) => number>;
  /** Runs after every change, with the rows shown. */
  onApply?: (shown: HTMLElement[]) => void;
}

function controls(form: HTMLFormElement): Array<HTMLInputElement | HTMLSelectElement> {
  return [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select[name], input[name]')];
}

/** Starts the filters of one list; returns a function that applies them again (after rows change). */
export function startFilters({ root, fields, sorts = {}, onApply }: Options): () => void {
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  if (!form) return () => {};
  const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
  items.forEach((item, i) => (item.dataset.order ??= String(i)));
  const count = form.querySelector('output');
  const params = new URLSearchParams(location.search);
  for (const control of controls(form)) {
    const value = params.get(control.name);
    if (value !== null) control.value = value;
  }

  const apply = () => {
    const chosen = new Map(controls(form).map((c) => [c.name, c.value.trim()]));
    const shown: HTMLElement[] = [];
    for (const item of items) {
      const visible = fields.every((f) => !chosen.get(f.name) || f.matches(item, chosen.get(f.name)!, chosen));
      item.hidden = !visible;
      if (visible) shown.push(item);
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    }
    const order = sorts[chosen.get('sort') ?? ''];
    const byOrder = (a: HTMLElement, b: HTMLElement) => Number(a.dataset.order) - Number(b.dataset.order);
    for (const parent of new Set(items.map((i) => i.parentElement!))) {
      const current = items.filter((i) => i.parentElement === parent);
      const rows = [...current].sort((a, b) => (order ? order(a, b) : 0) || byOrder(a, b));
      // Moving rows makes the browser lay the table out again: only when the order changes.
      const inPlace = [...parent.children].filter((c) => current.includes(c as HTMLElement));
      if (rows.some((row, i) => row !== inPlace[i])) parent.append(...rows);
    }
    if (count) count.textContent = t.shown(shown.length, items.length);
    const query = new URLSearchParams([...chosen].filter(([, v]) => v !== ''));
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    keepQuery(search);
    if (shown.length === 0 && routeTo(root, chosen, search)) return;
    onApply?.(shown);
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', () => setTimeout(apply));
  root.querySelector('[data-export]')?.addEventListener('click', () => exportShown(root));
  root.addEventListener('click', copyCitation);
  apply();
  // The address may name a row (#task-7): scroll there once the filter has settled the layout.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  return apply;
}

/** The links to the other pages of a split list carry the filter along. */
function keepQuery(search: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')) {
    const url = new URL(link.href);
    url.search = search;
    link.href = url.href;
  }
}

/** Goes to the page of the list that holds a chosen value, when one is named; whether it went. */
function routeTo(root: HTMLElement, chosen: ReadonlyMap<string, string>, search: string): boolean {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-route-field]')) {
    if (chosen.get(link.dataset.routeField ?? '') !== link.dataset.routeValue) continue;
    const target = new URL(link.href);
    if (target.pathname === location.pathname) return false;
    location.assign(`${target.pathname}${search ? `?${search}` : ''}`);
    return true;
  }
  return false;
}

/** The rows shown, as a CSV file named after the page: what you see is what you get. */
function exportShown(root: HTMLElement): void {
  const records: Array<Record<string, string>> = [];
  let columns: string[] = [];
  for (const table of root.querySelectorAll('table')) {
    const header = [...table.querySelectorAll('thead th')].map((th) => cellText(th as HTMLElement));
    if (header.length === 0) continue;
    columns = [t.groupColumn, ...header];
    for (const row of table.querySelectorAll<HTMLElement>('tbody tr[data-filter-item]:not([hidden])')) {
      const cells = [...row.children].map((c) => cellText(c as HTMLElement));
      const record: Record<string, string> = { [t.groupColumn]: row.dataset.groupTitle ?? '' };
      header.forEach((name, i) => (record[name] = cells[i] ?? ''));
      records.push(record);
    }
  }
  const blob = new Blob([toCsv(records, columns)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${root.dataset.exportName ?? 'table'}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A cell's words as read, without the separators kept for the search index or hidden labels. */
function cellText(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.pf-sep, [data-needs-script], button, .cell-label')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function copyCitation(event: Event): Promise<void> {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const status = button.closest('[data-filter-root]')?.querySelector('[data-copy-status]');
  try {
    await navigator.clipboard.writeText(button.dataset.copy ?? '');
    if (status) status.textContent = t.copied;
  } catch {
    // Clipboard access needs permission; the citation stays on screen to select by hand.
    if (status) status.textContent = t.copyFailed;
  }
}

/** The choices a filter form offers, built from the records a page shows (FilterForm.astro). */
import type { Department, PolicyDocument } from '../../schema/index.ts';
import { ROLE_LABEL } from '../../vocabulary/index.ts';
import { filters as t } from '../../ui/strings.ts';
import { reference } from './plain-text.ts';

type Option = readonly [string, string];

/** One select of a filter form: its name (the query parameter), label and options. */
export interface Choice {
  name: string;
  label: string;
  options: ReadonlyArray<Option>;
}
const collator = new Intl.Collator('zh-CN');

const unique = (options: Option[]): Option[] => [...new Map(options.map((o) => [o[0], o])).values()];

export function documentChoice(docs: readonly PolicyDocument[]): Choice {
  return { name: 'document', label: t.document, options: unique(docs.map((d) => [d.id, reference(d.title)])) };
}

export function regionChoice(regions: ReadonlyArray<string | null>): Choice {
  const names = [...new Set(regions.filter((r): r is string => Boolean(r)))].sort(collator.compare);
  return { name: 'region', label: t.region, options: names.map((r) => [r, reference(r)]) };
}

export function departmentChoice(ids: Iterable<string>, byId: Map<string, Department>): Choice {
  const depts = [...new Set(ids)].map((id) => byId.get(id)).filter((d): d is Department => Boolean(d));
  depts.sort((a, b) => collator.compare(a.region ?? '', b.region ?? '') || collator.compare(a.name, b.name));
  return {
    name: 'department',
    label: t.department,
    options: depts.map((d) => [d.id, reference(d.region ? `${d.name}（${d.region}）` : d.name)]),
  };
}

export function roleChoice(): Choice {
  return { name: 'role', label: t.role, options: Object.entries(ROLE_LABEL) };
}

export function yearChoice(years: Iterable<string | number | null>): Choice {
  const list = [...new Set([...years].filter((y): y is string | number => y !== null).map(String))].sort();
  return { name: 'year', label: t.year, options: list.map((y) => [y, `${y}年`]) };
}

/**
 * Extra search terms for a department. Chinese word splitting indexes 市发改委 as one word, so a
 * search for 发改委 would miss it; the department page therefore also carries its names without
 * the region and level prefix, and the customary short forms of its names. Both lists come from
 * src/vocabulary (LEVEL_PREFIXES, REGION_ENDINGS, SHORT_FORMS), the table the extractor merges
 * spellings by.
 *
 * The two kinds are kept apart so the page can weigh them differently: a name as written, even
 * without its prefix, is a better match than a short form derived from a longer name. A search
 * for 发改委 then puts the body written 市发改委 before the one written 市发展改革委.
 */
import { LEVEL_PREFIXES, REGION_ENDINGS, SHORT_FORMS, leadingWord } from '../../vocabulary/index.ts';

const regionEndings = [...new Set(Object.values(REGION_ENDINGS).flat())].sort((a, b) => b.length - a.length);

/** Strips a region name (江澜市, 北原省, or 北原 without its ending) and then a level prefix. */
export function withoutRegion(name: string, region: string | null): string {
  let rest = name;
  if (region && rest.startsWith(region)) rest = rest.slice(region.length);
  const ending = region ? regionEndings.find((e) => region.endsWith(e)) : undefined;
  const shortRegion = region && ending ? region.slice(0, -ending.length) : null;
  if (shortRegion && shortRegion.length >= 2 && rest.startsWith(shortRegion)) rest = rest.slice(shortRegion.length);
  const prefix = leadingWord(rest, LEVEL_PREFIXES);
  return prefix && rest.length > prefix.length ? rest.slice(prefix.length) : rest;
}

/** The name with each customary long form written short (市发展和改革委员会 → 市发改委), or null. */
export function abbreviate(name: string): string | null {
  let out = name;
  for (const [longs, short] of SHORT_FORMS) {
    const long = [...longs].sort((a, b) => b.length - a.length).find((l) => out.includes(l));
    if (long) out = out.replace(long, short);
  }
  return out === name ? null : out;
}

export interface DepartmentTerms {
  /** Names as written and without their region or level prefix (市发改委, 发改委). */
  names: string[];
  /** Short forms of longer names (市发展改革委 → 市发改委, 发改委). */
  shortForms: string[];
}

type Named = { name: string; aliases: readonly string[]; region: string | null };

/** Every term a department page should be found by, without duplicates or one-character terms. */
export function departmentTerms(dept: Named): DepartmentTerms {
  const names = new Set<string>();
  const shortForms = new Set<string>();
  const add = (into: Set<string>, term: string | null) => {
    const t = term?.trim();
    if (t && t.length >= 2) into.add(t);
  };
  const spellings = [dept.name, ...dept.aliases];
  for (const alias of spellings) {
    add(names, alias);
    add(names, withoutRegion(alias, dept.region));
  }
  for (const alias of spellings) {
    for (const form of [abbreviate(alias), abbreviate(withoutRegion(alias, dept.region))]) {
      if (form && !names.has(form)) add(shortForms, form);
    }
  }
  return { names: [...names], shortForms: [...shortForms] };
}

/** Every term, names first. */
export function departmentSearchTerms(dept: Named): string[] {
  const { names, shortForms } = departmentTerms(dept);
  return [...names, ...shortForms];
}

/** The terms not already shown as aliases: what the page adds for search, by kind. */
export function extraSearchTerms(dept: Named): DepartmentTerms {
  const shown = new Set([dept.name, ...dept.aliases]);
  const { names, shortForms } = departmentTerms(dept);
  return { names: names.filter((t) => !shown.has(t)), shortForms: shortForms.filter((t) => !shown.has(t)) };
}

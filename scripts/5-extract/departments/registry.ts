import { pinyin } from 'pinyin-pro';
import type { Department, Task } from '../../../src/schema/index.ts';
import { stableHash } from '../../lib/text.ts';
import type { DraftTask } from '../tasks/draft.ts';
import { departmentKey } from './names.ts';

/** A readable slug of Chinese text: 江澜市 → jianglanshi (tones dropped, other characters kept if a-z0-9). */
export function slugOf(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Where a region's departments are listed, and the first part of their ids. */
export function regionSlug(region: string | null): string {
  return region ? slugOf(region) || `r${stableHash(region)}` : 'weizhi';
}

interface Group {
  key: string;
  names: Map<string, number>;
  firstSeen: number;
}

/**
 * One department registry per region. Spellings merge when their keys agree
 * (市发展改革委 / 市发展和改革委员会 / 市发改委 → 发改委) or when one key is the
 * tail of exactly one other in the region (领导小组办公室 → 市碳达峰碳中和工作领导小组办公室).
 */
export function buildRegistry(
  drafts: DraftTask[],
  regionOf: (document: string) => string | null,
): { tasks: Task[]; departments: Department[] } {
  const regions = new Map<string, Map<string, Group>>();
  let order = 0;
  const regionKey = (r: string | null) => r ?? '';
  const note = (region: string | null, name: string) => {
    const groups = regions.get(regionKey(region)) ?? new Map<string, Group>();
    regions.set(regionKey(region), groups);
    const key = departmentKey(name, region);
    const group = groups.get(key) ?? { key, names: new Map(), firstSeen: order++ };
    group.names.set(name, (group.names.get(name) ?? 0) + 1);
    groups.set(key, group);
  };
  for (const t of drafts) {
    const region = regionOf(t.document);
    for (const name of [...t.leads, ...t.partners, ...t.responsible]) note(region, name);
    for (const i of t.inherited) if (i.name) note(region, i.name);
  }

  // Merge a short key into the one longer key it ends (unique match only).
  const merged = new Map<string, Map<string, string>>(); // region → key → final key
  for (const [region, groups] of regions) {
    const finalKey = new Map<string, string>();
    const keys = [...groups.keys()];
    for (const key of keys) {
      const longer = keys.filter((k) => k !== key && key.length >= 4 && k.endsWith(key));
      finalKey.set(key, longer.length === 1 ? longer[0]! : key);
    }
    for (const [key, target] of finalKey) {
      if (key === target) continue;
      const into = groups.get(target)!;
      for (const [n, c] of groups.get(key)!.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
      into.firstSeen = Math.min(into.firstSeen, groups.get(key)!.firstSeen);
    }
    merged.set(region, finalKey);
  }

  // Ids read as addresses: region and body in pinyin (jianglanshi-fagaiwei). Two bodies of a region
  // whose keys sound alike both get a short hash of their key, so neither can take the other's page.
  const slugs = new Map<string, string>();
  const bySlug = new Map<string, Set<string>>();
  for (const [region, groups] of regions) {
    for (const key of groups.keys()) {
      if (merged.get(region)!.get(key) !== key) continue;
      const base = `${regionSlug(region || null)}-${slugOf(key).slice(0, 48) || stableHash(key)}`;
      bySlug.set(base, (bySlug.get(base) ?? new Set()).add(`${region}|${key}`));
      slugs.set(`${region}|${key}`, base);
    }
  }
  for (const [base, owners] of bySlug)
    if (owners.size > 1) for (const owner of owners) slugs.set(owner, `${base}-${stableHash(owner).slice(0, 4)}`);
  const slugFor = (region: string, key: string) => slugs.get(`${region}|${key}`)!;
  const idOf = (region: string | null, name: string) => {
    const key = departmentKey(name, region);
    const final = merged.get(regionKey(region))!.get(key) ?? key;
    return slugFor(regionKey(region), final);
  };

  const tasks: Task[] = drafts.map((t) => {
    const region = regionOf(t.document);
    const ids = (names: string[]) => [...new Set(names.map((n) => idOf(region, n)))];
    return {
      ...t,
      leads: ids(t.leads),
      partners: ids(t.partners).filter((p) => !ids(t.leads).includes(p)),
      responsible: ids(t.responsible),
      inherited: t.inherited.map(({ name, ...rest }) => ({ ...rest, department: name ? idOf(region, name) : null })),
    };
  });

  // Which tasks name each department, in one pass over the tasks.
  const roles = new Map<
    string,
    { leads: string[]; partners: string[]; responsible: string[]; documents: Set<string>; seen: Set<string> }
  >();
  const entry = (id: string) => {
    let e = roles.get(id);
    if (!e) roles.set(id, (e = { leads: [], partners: [], responsible: [], documents: new Set(), seen: new Set() }));
    return e;
  };
  for (const t of tasks) {
    for (const role of ['leads', 'partners', 'responsible'] as const) {
      for (const id of t[role]) {
        const e = entry(id);
        if (!e.seen.has(`${role}|${t.id}`)) {
          e.seen.add(`${role}|${t.id}`);
          e[role].push(t.id);
        }
        e.documents.add(t.document);
      }
    }
  }

  const departments: Department[] = [];
  for (const [region, groups] of regions) {
    const finalKey = merged.get(region)!;
    for (const group of [...groups.values()].sort((a, b) => a.firstSeen - b.firstSeen)) {
      if (finalKey.get(group.key) !== group.key) continue;
      const id = slugFor(region, group.key);
      const names = [...group.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      const named = roles.get(id) ?? entry(id);
      departments.push({
        id,
        name: names[0]![0],
        aliases: [...new Set([...group.names.keys()])].sort(),
        region: region || null,
        leads: named.leads,
        partners: named.partners,
        responsible: named.responsible,
        documents: [...named.documents],
        url: `/departments/${id}/`,
      });
    }
  }
  return { tasks, departments };
}

/**
 * Kinds of public body across regions: every region's 发展改革委, every 生态环境局. A body's kind is
 * its name without region and level prefix, written in the customary short form (src/vocabulary
 * SHORT_FORMS, the same forms the extractor merges spellings by), so 市发展和改革委员会 and
 * 市发改委 of two cities are one kind. A kind gets a page when it is found in two regions or more.
 */
import { pinyin } from 'pinyin-pro';
import type { Department } from '../../schema/index.ts';
import { abbreviate, withoutRegion } from './search-terms.ts';

export interface BodyKind {
  slug: string;
  /** The kind as most of its bodies write it without their region (发展改革委, 生态环境局). */
  name: string;
  /** One body per region, regions in Chinese collation. */
  departments: Department[];
}

const collator = new Intl.Collator('zh-CN');

function kindKey(d: Department): string {
  const bare = withoutRegion(d.name, d.region);
  return abbreviate(bare) ?? bare;
}

function slugOf(key: string): string {
  return (
    pinyin(key, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'body'
  );
}

/** Kinds found in at least two regions, most widespread first. */
export function bodyKinds(departments: readonly Department[]): BodyKind[] {
  const groups = new Map<string, Department[]>();
  for (const d of departments) {
    if (!d.region) continue;
    const key = kindKey(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const kinds: BodyKind[] = [];
  const slugs = new Set<string>();
  for (const [key, list] of groups) {
    if (new Set(list.map((d) => d.region)).size < 2) continue;
    const spellings = new Map<string, number>();
    for (const d of list) {
      const bare = withoutRegion(d.name, d.region);
      spellings.set(bare, (spellings.get(bare) ?? 0) + 1);
    }
    const name = [...spellings].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]))[0]![0];
    let slug = slugOf(key);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(key)}-${n}`;
    slugs.add(slug);
    kinds.push({ slug, name, departments: [...list].sort((a, b) => collator.compare(a.region ?? '', b.region ?? '')) });
  }
  return kinds.sort((a, b) => b.departments.length - a.departments.length || collator.compare(a.name, b.name));
}

/** The kind page each department belongs to, by department id. */
export function kindByDepartment(kinds: readonly BodyKind[]): Map<string, BodyKind> {
  return new Map(kinds.flatMap((k) => k.departments.map((d) => [d.id, k] as const)));
}

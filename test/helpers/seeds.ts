import { readdirSync, readFileSync } from 'node:fs';
import { extractAll, type Extraction } from '../../scripts/extract-all.ts';

let cached: Extraction | null = null;

/** The extraction of every file in policy-sources/, run once per test process. */
export function seedExtraction(): Extraction {
  if (cached) return cached;
  const names = readdirSync('policy-sources').filter((n) => n.endsWith('.txt'));
  cached = extractAll(
    names.map((n) => {
      const base = n.replace(/\.txt$/, '');
      const sidecar = readdirSync('policy-sources').find((s) => s === `${base}.meta.yaml`);
      return {
        file: `policy-sources/${n}`,
        bytes: readFileSync(`policy-sources/${n}`),
        ...(sidecar
          ? { sidecar: { file: `policy-sources/${sidecar}`, text: readFileSync(`policy-sources/${sidecar}`, 'utf8') } }
          : {}),
      };
    }),
  );
  return cached;
}

/** Names (any alias) of the departments behind a list of ids. */
export function namesOf(ex: Extraction, ids: string[]): string[][] {
  const byId = new Map(ex.content.departments.map((d) => [d.id, d]));
  return ids.map((id) => byId.get(id)?.aliases ?? [`<unknown ${id}>`]);
}

/** Whether the ids name exactly the written names, in any order (each name matched by an alias). */
export function sameDepartments(ex: Extraction, ids: string[], written: string[]): boolean {
  const aliases = namesOf(ex, ids);
  return aliases.length === written.length && written.every((w) => aliases.some((a) => a.includes(w)));
}

/** A compact expectation row: `leads | partners | responsible | generic`, names split by 、. */
export function row(spec: string): { leads: string[]; partners: string[]; responsible: string[]; generic: string[] } {
  const [l = '', p = '', r = '', g = ''] = spec.split('|').map((s) => s.trim());
  const list = (s: string) => (s ? s.split('、') : []);
  return { leads: list(l), partners: list(p), responsible: list(r), generic: g ? g.split(' / ') : [] };
}

import { readFileSync } from 'node:fs';
import { decodeSources } from '../../scripts/1-decode/read-source.ts';
import { extractAll, type Extraction } from '../../scripts/extract-all.ts';

/** The extraction of one source given as bytes, in the format its file name says (decoded first, as the CLI does). */
export async function extractFile(file: string, bytes: Uint8Array): Promise<Extraction & { decodeErrors: string[] }> {
  const decoded = await decodeSources([{ file, bytes }]);
  return { ...extractAll(decoded.sources), decodeErrors: decoded.errors };
}

/** A seed of policy-sources/ as text. */
export const seedText = (slug: string) => readFileSync(`policy-sources/${slug}.txt`, 'utf8');

/**
 * The facts of an extraction as a reader compares them, without positions (lines differ between
 * formats: a web page adds its metadata lines, a PDF joins wrapped lines): tasks with their numbers
 * and the names of their bodies, department names, and targets.
 */
export function facts(ex: Extraction) {
  const name = new Map(ex.content.departments.map((d) => [d.id, d.name]));
  const names = (ids: string[]) => ids.map((id) => name.get(id) ?? id);
  return {
    tasks: ex.content.tasks.map((t) => ({
      number: t.number,
      leads: names(t.leads),
      partners: names(t.partners),
      responsible: names(t.responsible),
      generic: t.generic,
    })),
    departments: ex.content.departments.map((d) => d.name).sort(),
    targets: ex.content.targets.map((t) => ({
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      year: t.year,
      change: t.change,
    })),
  };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedExtraction } from '../helpers/seeds.ts';

describe('content/ for the seeds', () => {
  const ex = seedExtraction();

  it('has no extraction errors and is what is committed (same input, same bytes)', () => {
    expect(ex.errors).toEqual([]);
    for (const [path, text] of ex.files) expect(readFileSync(`content/${path}`, 'utf8'), path).toBe(text);
  });

  it('puts every quote in its source file, starting on its line', () => {
    const cited = [
      ...ex.content.tasks,
      ...ex.content.targets,
      ...ex.content.baselines,
      ...ex.content.milestones,
      ...ex.content.rules.flatMap((r) => r.criteria.map((c) => ({ ...c, document: r.document }))),
    ];
    expect(cited.length).toBeGreaterThan(250);
    for (const c of cited) {
      const lines = readFileSync(`policy-sources/${c.document}.txt`, 'utf8').split(/\r\n|\r|\n/);
      const from = lines.slice(0, c.line - 1).join('\n').length + (c.line > 1 ? 1 : 0);
      const text = lines.join('\n');
      expect(text.indexOf(c.quote.replace(/\r\n|\r/g, '\n'), from), `${c.document}:${c.line} ${c.quote}`).toBe(
        from + lines[c.line - 1]!.indexOf(c.quote.split(/\r\n|\r|\n/)[0]!),
      );
    }
  });

  it('resolves every id it refers to', () => {
    const docs = new Set(ex.content.documents.map((d) => d.id));
    const depts = new Set(ex.content.departments.map((d) => d.id));
    const tasks = new Set(ex.content.tasks.map((t) => t.id));
    for (const t of ex.content.tasks) {
      expect(docs.has(t.document)).toBe(true);
      for (const d of [...t.leads, ...t.partners, ...t.responsible]) expect(depts.has(d)).toBe(true);
    }
    for (const d of ex.content.departments)
      for (const t of [...d.leads, ...d.partners, ...d.responsible]) expect(tasks.has(t)).toBe(true);
    for (const t of ex.content.targets) if (t.task) expect(tasks.has(t.task)).toBe(true);
    const clauses = new Map(ex.content.documents.map((d) => [d.id, new Set(d.clauses.map((c) => c.id))]));
    for (const r of [...ex.content.tasks, ...ex.content.targets, ...ex.content.milestones])
      expect(clauses.get(r.document)!.has(r.clause)).toBe(true);
  });

  it('accounts for every character: source = kept + removed, per document', () => {
    for (const d of ex.content.documents) {
      const chars = [...readFileSync(`policy-sources/${d.id}.txt`, 'utf8')].length;
      expect(d.accounting).toEqual({
        source: chars,
        kept: chars - d.accounting.removed,
        removed: d.removed.reduce((n, r) => n + r.chars, 0),
      });
    }
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSources } from '../../scripts/1-decode/read-source.ts';
import { isMarkedPageNumber, isPageNumber } from '../../scripts/2-clean/junk-lines.ts';
import { lineMapByContent } from '../../scripts/eval/line-map.ts';
import { readLabels } from '../../scripts/eval/labels.ts';
import { scoreDocument } from '../../scripts/eval/score.ts';
import { extractAll, type Extraction } from '../../scripts/extract-all.ts';
import { forMatching } from '../../scripts/lib/text.ts';

/**
 * The real corpus read from its published PDFs, checked against what its text layers (.txt, the same
 * PDFs' raw text as a library returns it) show: page numbers, the departments, and the hand labels.
 * Each PDF is read once for the whole file.
 */
const CORPUS = '../shared/corpus/real';
const present = existsSync(CORPUS);
if (!present) console.warn(`跳过真实语料测试：找不到 ${CORPUS}（它在项目旁的 ../shared/ 中）`);

interface Pair {
  slug: string;
  layer: string;
  txt: Extraction;
  pdf: Extraction;
  pdfText: string;
  errors: string[];
}

async function readCorpus(): Promise<Pair[]> {
  const slugs = readdirSync(CORPUS)
    .filter((n) => n.endsWith('.pdf'))
    .map((n) => n.replace(/\.pdf$/, ''))
    .sort();
  const pairs: Pair[] = [];
  for (const slug of slugs) {
    const layer = readFileSync(join(CORPUS, `${slug}.txt`), 'utf8');
    const decoded = await decodeSources([
      { file: join(CORPUS, `${slug}.pdf`), bytes: readFileSync(join(CORPUS, `${slug}.pdf`)) },
    ]);
    const pdf = extractAll(decoded.sources);
    const txt = extractAll([{ file: join(CORPUS, `${slug}.txt`), bytes: new TextEncoder().encode(layer) }]);
    pairs.push({
      slug,
      layer,
      txt,
      pdf,
      pdfText: pdf.results[0]?.source ?? '',
      errors: [...decoded.errors, ...pdf.errors],
    });
  }
  return pairs;
}

const squeeze = (s: string) => forMatching(s).replace(/\s+/g, '');

/**
 * Page numbers as the text layer shows them, with the text on either side: a marked one (— 3 —, 第3页)
 * anywhere; a bare number when the next page's number follows some lines later (3 … 4).
 */
function pageNumbersOfLayer(layer: string): Array<{ number: string; before: string; after: string }> {
  const lines = layer.split(/\r\n|\r|\n/);
  const bare = lines
    .map((l, i) => ({ i, n: /^\s*\d{1,3}\s*$/.test(l) ? Number(l) : NaN }))
    .filter((b) => !Number.isNaN(b.n));
  // A page holds more than ten lines: numbers closer together are a table's row numbers.
  const follows = (a: { i: number; n: number }, b: { i: number; n: number }) => b.n === a.n + 1 && b.i - a.i >= 10;
  // A document that marks its page numbers (— 3 —) has no bare ones: its bare numbers are row numbers.
  const marked = lines.some((l) => isMarkedPageNumber(l));
  const inSequence = new Set(
    marked ? [] : bare.filter((b) => bare.some((o) => follows(b, o) || follows(o, b))).map((b) => b.i),
  );
  const out: Array<{ number: string; before: string; after: string }> = [];
  lines.forEach((l, i) => {
    if (!isPageNumber(l) || !(isMarkedPageNumber(l) || inSequence.has(i))) return;
    const near = (from: number, step: number) => {
      for (let k = from; k >= 0 && k < lines.length; k += step)
        if (squeeze(lines[k]!) && !isPageNumber(lines[k]!)) return squeeze(lines[k]!);
      return '';
    };
    out.push({ number: squeeze(l), before: near(i - 1, -1).slice(-3), after: near(i + 1, 1).slice(0, 3) });
  });
  return out;
}

describe.skipIf(!present)('the real corpus read from its PDFs', async () => {
  const pairs = present ? await readCorpus() : [];

  it('reads all 59 PDFs without errors, every character read kept or reported as removed', () => {
    expect(pairs).toHaveLength(59);
    for (const p of pairs) {
      expect(p.errors, p.slug).toEqual([]);
      const a = p.pdf.content.documents[0]!.accounting;
      expect(a.source, p.slug).toBe(a.kept + a.removed);
    }
  });

  it('puts no page number of any page into a clause: the text on both sides of it meets without it', () => {
    let checked = 0;
    for (const p of pairs) {
      const clauses = p.pdf.content.documents[0]!.clauses.map((c) => squeeze(c.text));
      for (const { number, before, after } of pageNumbersOfLayer(p.layer)) {
        checked++;
        for (const c of clauses) {
          if (before) expect(c.includes(before + number), `${p.slug}: …${before}${number}`).toBe(false);
          if (after) expect(c.includes(number + after), `${p.slug}: ${number}${after}…`).toBe(false);
        }
      }
      // A marked page number (— 3 —) in running text; a table of contents cites pages after its dot leaders (……- 40 -).
      for (const c of clauses)
        expect(c, p.slug).not.toMatch(/(^|[^\d—–.…·-])[-—–－―]{1,3}\d{1,3}[-—–－―]{1,3}($|[^\d—–-])/);
    }
    expect(checked).toBeGreaterThan(300); // the corpus prints page numbers on hundreds of its pages
  });

  it('reports each page number it cut with its page, and keeps the furniture out of every clause', () => {
    for (const p of pairs) {
      const doc = p.pdf.content.documents[0]!;
      const clauses = doc.clauses.map((c) => c.text).join('\n');
      for (const r of doc.removed.filter((r) =>
        ['page-number', 'running-header', 'running-footer', 'vertical-colophon'].includes(r.rule),
      )) {
        expect(r.page, `${p.slug} ${r.rule}`).toBeGreaterThan(0);
        if (r.rule === 'page-number') expect(isPageNumber(r.text), `${p.slug}: ${r.text}`).toBe(true);
        else expect(clauses).not.toContain(r.text.trim());
      }
    }
  });

  it('finds the departments its text layer names, none split by a line wrap', () => {
    for (const p of pairs) {
      const names = (ex: Extraction) => ex.content.departments.map((d) => d.name).sort();
      expect(names(p.pdf), p.slug).toEqual(names(p.txt));
      const lines = p.pdfText.split('\n');
      for (const d of p.pdf.content.departments)
        for (const alias of d.aliases)
          if (squeeze(p.pdfText).includes(squeeze(alias))) {
            expect(
              lines.some((l) => squeeze(l).includes(squeeze(alias))),
              `${p.slug}: ${alias}`,
            ).toBe(true);
          }
    }
  });

  it('finds as many labelled tasks, assignments and targets right as the text layer, document by document', () => {
    let labelled = 0;
    for (const p of pairs) {
      const file = `test/eval/labels/${p.slug}.json`;
      if (!existsSync(file)) continue;
      labelled++;
      const labels = readLabels(file);
      const score = (ex: Extraction, map?: (n: number) => number | null) =>
        scoreDocument(labels, ex.content.documents[0]!, ex.content, ex.results[0]!.source, map);
      const txt = score(p.txt);
      const pdf = score(p.pdf, lineMapByContent(p.layer, p.pdfText));
      for (const type of ['tasks', 'assignments', 'targets'] as const)
        expect(pdf[type].right, `${p.slug} ${type}`).toBeGreaterThanOrEqual(txt[type].right);
    }
    expect(labelled).toBeGreaterThan(20);
  });

  it('gives every clause and every fact of a PDF the page it starts on', () => {
    for (const p of pairs) {
      const doc = p.pdf.content.documents[0]!;
      expect(
        doc.clauses.every((c) => (c.page ?? 0) >= 1),
        p.slug,
      ).toBe(true);
      const facts = [...p.pdf.content.tasks, ...p.pdf.content.targets, ...p.pdf.content.milestones];
      expect(
        facts.every((f) => (f.page ?? 0) >= 1),
        p.slug,
      ).toBe(true);
    }
  });
});

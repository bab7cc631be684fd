import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../scripts/extract-all.ts';
import { extractFile, facts, seedText } from './same-facts.ts';
import { wordFile } from './word-file.ts';

describe.each(['jinan-green-lowcarbon', 'suzhou-carbon-peak'])(
  'the seed %s typed into Word with Word lists and tables',
  async (seed) => {
    const text = seedText(seed);
    const fromText = extractAll([{ file: `policy-sources/${seed}.txt`, bytes: new TextEncoder().encode(text) }]);
    const bytes = await wordFile(text);
    const fromWord = await extractFile(`policy-sources/${seed}.docx`, bytes);
    const doc = fromWord.content.documents[0]!;

    it('reads without errors and offers the Word file for download', () => {
      expect(fromWord.decodeErrors).toEqual([]);
      expect(fromWord.errors).toEqual([]);
      expect(doc.format).toBe('docx');
      expect(doc.original).toBe(`/originals/${seed}.docx`);
    });

    it('gives the same tasks, departments and targets as the seed text', () => {
      const expected = facts(fromText);
      expect(expected.tasks.length + expected.targets.length).toBeGreaterThan(20); // there is something to compare
      expect(facts(fromWord)).toEqual(expected);
    });

    it('shows the numbers Word writes as the clauses’ markers, as the text prints them', async () => {
      // The file holds list paragraphs whose numbers are not in their text: Word (and the reader) writes them.
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      expect(xml.match(/<w:numPr>/g)?.length ?? 0).toBeGreaterThan(10);
      const markers = (clauses: typeof doc.clauses) =>
        clauses.filter((c) => c.marker).map((c) => `${c.style}:${c.ordinal}`);
      expect(markers(doc.clauses)).toEqual(markers(fromText.content.documents[0]!.clauses));
    });

    it('counts every character it read as kept or removed', () => {
      expect(doc.accounting.source).toBe(doc.accounting.kept + doc.accounting.removed);
    });
  },
);

/**
 * Decoding (issue 3, item 2): a seed saved in another encoding gives the same
 * content as the UTF-8 original. The copies are made here with iconv-lite, so
 * the expectation is exact: the decoded text is the same, so every task,
 * target, baseline, milestone and rule must be the same, quotes and lines included.
 *
 * suzhou-carbon-peak is the seed named in the issue; it holds tasks but no
 * quantities, so the other seeds run too and the targets, baselines and
 * rules are compared on texts that have them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../../scripts/extract-all.ts';
import { extractDocument, type DocumentResult } from '../../scripts/pipeline.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(ROOT, 'policy-sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort((a, b) => (a === 'suzhou-carbon-peak' ? -1 : b === 'suzhou-carbon-peak' ? 1 : a.localeCompare(b)));

function copiesOf(seed: string) {
  const file = `policy-sources/${seed}.txt`;
  const utf8 = readFileSync(join(ROOT, file));
  const text = utf8.toString('utf8');
  return {
    file,
    text,
    utf8,
    gb18030: iconv.encode(text, 'gb18030'),
    utf16le: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    utf8Bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
  };
}

/** What must not change with the encoding: everything but the encoding label and the BOM's accounting. */
function facts(r: DocumentResult) {
  const { encoding: _encoding, accounting: _accounting, removed: _removed, ...document } = r.document;
  return {
    document,
    tasks: r.tasks,
    targets: r.targets,
    baselines: r.baselines,
    milestones: r.milestones,
    rules: r.rules,
  };
}

it('the seeds hold tasks, targets, baselines and rules to compare', () => {
  const all = seeds.map((seed) => {
    const { file, utf8 } = copiesOf(seed);
    return extractDocument({ id: seed, file, bytes: utf8, sidecar: {} });
  });
  expect(all[0]!.document.id).toBe('suzhou-carbon-peak');
  expect(all[0]!.tasks.length).toBeGreaterThan(20);
  expect(all.flatMap((r) => r.targets).length).toBeGreaterThan(20);
  expect(all.flatMap((r) => r.baselines).length).toBeGreaterThan(5);
  expect(all.flatMap((r) => r.rules).length).toBeGreaterThan(2);
});

describe.each(seeds)('encodings of the seed %s', (seed) => {
  const { file, text, utf8, gb18030, utf16le, utf8Bom } = copiesOf(seed);
  const extract = (bytes: Uint8Array): DocumentResult => extractDocument({ id: seed, file, bytes, sidecar: {} });
  const original = extract(utf8);

  it('the copies really are in other encodings', () => {
    expect(gb18030.equals(utf8)).toBe(false);
    expect(iconv.decode(gb18030, 'gb18030')).toBe(text);
    expect(utf16le.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
  });

  it('detects GB18030 and labels the document with it', () => {
    expect(extract(gb18030).document.encoding).toBe('gb18030');
  });

  it('gives the same tasks and targets from a GB18030 copy as from the UTF-8 original', () => {
    const copy = extract(gb18030);
    expect(copy.tasks).toEqual(original.tasks);
    expect(copy.targets).toEqual(original.targets);
  });

  it('gives the same clauses, baselines, milestones and rules from a GB18030 copy', () => {
    expect(facts(extract(gb18030))).toEqual(facts(original));
  });

  it('keeps the character accounting of a GB18030 copy equal to the original', () => {
    expect(extract(gb18030).document.accounting).toEqual(original.document.accounting);
  });

  it('detects UTF-16LE with a BOM and gives the same tasks and targets', () => {
    const copy = extract(utf16le);
    expect(copy.document.encoding).toBe('utf-16le');
    expect(copy.tasks).toEqual(original.tasks);
    expect(copy.targets).toEqual(original.targets);
    expect(facts(copy)).toEqual(facts(original));
  });

  it('reports the UTF-16 BOM as one removed character and keeps the accounting', () => {
    const { accounting, removed } = extract(utf16le).document;
    expect(accounting.source).toBe(original.document.accounting.source + 1);
    expect(accounting.source).toBe(accounting.kept + accounting.removed);
    expect(removed[0]).toMatchObject({ rule: 'bom', chars: 1, text: '\ufeff' });
  });

  it('gives the same content from a UTF-8 copy with a BOM', () => {
    const copy = extract(utf8Bom);
    expect(copy.document.encoding).toBe('utf-8');
    expect(facts(copy)).toEqual(facts(original));
  });

  it('runs a GB18030 and a UTF-16LE copy through extractAll without errors', () => {
    for (const bytes of [gb18030, utf16le]) {
      const { errors, content } = extractAll([{ file, bytes }]);
      expect(errors).toEqual([]);
      expect(content.tasks).toHaveLength(original.tasks.length);
      expect(content.targets).toEqual(original.targets);
    }
  });
});

describe('encodings of a CRLF text copied out of a PDF', () => {
  const file = 'test/fixtures/corpus/pdf-copy/input.txt';
  const utf8 = readFileSync(join(ROOT, file));
  const text = utf8.toString('utf8');
  const extract = (bytes: Uint8Array): DocumentResult => extractDocument({ id: 'pdf-copy', file, bytes, sidecar: {} });
  const original = extract(utf8);

  it('the fixture really has CRLF line endings', () => {
    expect(text.includes('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('gives the same content from a GB18030 copy with CRLF', () => {
    const copy = extract(iconv.encode(text, 'gb18030'));
    expect(copy.document.encoding).toBe('gb18030');
    expect(facts(copy)).toEqual(facts(original));
  });

  it('gives the same content from a UTF-16LE copy with a BOM and CRLF', () => {
    const copy = extract(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    expect(facts(copy)).toEqual(facts(original));
  });
});

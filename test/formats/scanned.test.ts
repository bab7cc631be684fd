import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSources } from '../../scripts/1-decode/read-source.ts';
import { runExtract, scratchSources } from '../helpers/cli.ts';
import { scannedPdf } from './scanned-pdf.ts';

const GOOD = '某市节能方案\n一、总体要求\n到2025年，单位地区生产总值能耗下降13.5%。（市发改委牵头）\n';

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );

describe('a scanned PDF without a text layer', () => {
  it('is refused with a message naming the file and asking for OCR, exit non-zero, content/ unchanged', () => {
    const where = scratchSources({ 'city-plan.txt': GOOD });
    expect(runExtract(where).code).toBe(0);
    const before = snapshot(where.content);
    writeFileSync(join(where.sources, 'city-scan.pdf'), scannedPdf(3));
    const r = runExtract(where);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/city-scan\.pdf:1: .*3 页都没有文字层.*扫描件.*OCR/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(snapshot(where.content)).toEqual(before);
  });
});

describe('a file that is not what its name says', () => {
  it.each([
    ['plan.pdf', 'PDF'],
    ['plan.docx', 'Word'],
  ])('%s that is plain text is reported as unreadable, naming the file', async (file, kind) => {
    const r = await decodeSources([
      { file: `policy-sources/${file}`, bytes: new TextEncoder().encode('一、总体要求\n') },
    ]);
    expect(r.sources).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(new RegExp(`^policy-sources/${file.replace('.', '\\.')}:1: 无法读取这个 ${kind}`));
  });
});

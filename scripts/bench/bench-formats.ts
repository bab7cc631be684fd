import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../0-sources/read-sources.ts';
import { decodeSources, formatOf } from '../1-decode/read-source.ts';
import { extractAll } from '../extract-all.ts';
import { portalPage } from '../../test/formats/portal-page.ts';
import { wordFile } from '../../test/formats/word-file.ts';

/**
 * Reading each format, from the file's bytes to validated records: the real corpus's PDFs and their
 * text layers (when ../shared/corpus/real is there), and the seeds saved as portal pages and typed
 * into Word. Prints MB/s per format, and pages per second for PDFs (reading the file dominates).
 */
const CORPUS = '../shared/corpus/real';
const mb = (bytes: number) => bytes / 1024 / 1024;

async function once(sources: SourceFile[]) {
  const started = performance.now();
  const decoded = await decodeSources(sources);
  const read = performance.now() - started;
  const ex = extractAll(decoded.sources);
  return { decoded, ex, read, seconds: (performance.now() - started) / 1000 };
}

/** Best of two runs: the first also pays for loading and compiling the readers. */
async function measure(label: string, sources: SourceFile[]): Promise<void> {
  const bytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const [a, b] = [await once(sources), await once(sources)];
  const { decoded, ex, read, seconds } = a.seconds < b.seconds ? a : b;
  const pages = decoded.sources.reduce((n, s) => n + (s.decoded?.pageStarts?.length ?? 0), 0);
  const errors = decoded.errors.length + ex.errors.length;
  const perSecond = (pages / seconds).toFixed(0).padStart(5);
  const reading = `(reading ${(read / 1000).toFixed(1)} s)`;
  const pageRate = pages ? ` ${String(pages).padStart(5)} pages ${perSecond} pages/s ${reading}` : '';
  const size = `${String(sources.length).padStart(5)} docs ${mb(bytes).toFixed(2).padStart(8)} MB`;
  const speed = `${(seconds * 1000).toFixed(0).padStart(8)} ms ${(mb(bytes) / seconds).toFixed(2).padStart(7)} MB/s`;
  console.log(`${label.padEnd(34)} ${size} ${speed}${pageRate}  ${errors} errors`);
}

console.log('formats (file bytes → records)          docs       size     time  throughput');
if (existsSync(CORPUS)) {
  const names = readdirSync(CORPUS).sort();
  for (const ext of ['txt', 'pdf']) {
    const files = names
      .filter((n) => n.endsWith(`.${ext}`))
      .map((n) => ({ file: join(CORPUS, n), bytes: readFileSync(join(CORPUS, n)) }));
    await measure(`corpus ${ext}`, files);
  }
} else console.log(`(skipped the corpus: ${CORPUS} is not there)`);

const seeds = readdirSync('policy-sources').filter((n) => formatOf(n) === 'txt' && n.endsWith('.txt'));
const text = (n: string) => readFileSync(join('policy-sources', n), 'utf8');
const fields = { 发文机关: '某市人民政府', 发布日期: '2024年01月02日' };
await measure(
  'seeds as text',
  seeds.map((n) => ({ file: `policy-sources/${n}`, bytes: readFileSync(join('policy-sources', n)) })),
);
await measure(
  'seeds as portal pages (GBK)',
  seeds.map((n) => ({ file: `policy-sources/${n.replace(/\.txt$/, '.html')}`, bytes: portalPage(text(n), fields) })),
);
await measure(
  'seeds as Word files',
  await Promise.all(
    seeds.map(async (n) => ({
      file: `policy-sources/${n.replace(/\.txt$/, '.docx')}`,
      bytes: await wordFile(text(n)),
    })),
  ),
);

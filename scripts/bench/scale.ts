/**
 * npm run bench -- --scale 100,1000,3000
 * For each size: generates that many documents from the seeds (the same texts, each under a region
 * name of its own), extracts and builds them into a scratch folder, and measures extract and build
 * time, ms per page, pages, HTML per page (median and max), dist size, search index size and peak
 * memory; then builds a bare Starlight site of as many pages, in the same run, for the ratio.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractAll } from '../extract-all.ts';
import { measure, type Measured } from './measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const node = process.execPath;
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** Scratch folders for the generated sites, inside the project (gitignored). */
const scratch = path.join(root, '.cache', 'bench');

/** Syllables for generated region names: 3 of them give 17,576 names. */
const SYLLABLES = '安和平宁康泰丰华兴昌盛福祥瑞嘉明阳新永定丹青云山川海';
const REGION_SUFFIX = /(自治区|省|市|州|盟|县|区)$/;

function regionName(i: number): string {
  const n = SYLLABLES.length;
  return SYLLABLES[Math.floor(i / n / n) % n]! + SYLLABLES[Math.floor(i / n) % n]! + SYLLABLES[i % n]!;
}

/** `count` documents in `dir`: seed texts in turn, each with its region's name replaced by a generated one. */
export function generate(count: number, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(path.join(root, 'policy-sources'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n.replace(/\.txt$/, ''), bytes: readFileSync(path.join(root, 'policy-sources', n)) }));
  const extracted = extractAll(seeds.map((s) => ({ file: `policy-sources/${s.name}.txt`, bytes: s.bytes })));
  const regionOf = new Map(extracted.content.documents.map((d) => [d.id, d.region]));
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length]!;
    const text = new TextDecoder().decode(seed.bytes);
    const stem = (regionOf.get(seed.name) ?? '').replace(REGION_SUFFIX, '');
    const renamed = stem ? text.split(stem).join(regionName(i)) : text;
    writeFileSync(path.join(dir, `${seed.name}-${i + 1}.txt`), renamed);
  }
}

/** A bare Starlight project with `pages` pages of text of about `chars` characters each. */
function bareSite(dir: string, pages: number, chars: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/content/docs/p'), { recursive: true });
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "const locales = { root: { label: '简体中文', lang: 'zh-CN' } };",
      "export default defineConfig({ integrations: [starlight({ title: 'bare', locales })] });\n",
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
    ].join('\n'),
  );
  // Astro reads the dependencies to know which packages to bundle (Starlight must be); they are found
  // in the project's node_modules, up the tree.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ type: 'module', private: true, dependencies })}\n`);
  const seedText = readFileSync(
    path.join(
      root,
      'policy-sources',
      readdirSync(path.join(root, 'policy-sources')).find((n) => n.endsWith('.txt'))!,
    ),
    'utf8',
  );
  const paragraphs = seedText.split('\n').filter((l) => l.trim().length > 20);
  for (let i = 0; i < pages; i++) {
    let body = '';
    for (let j = i; body.length < chars; j++) body += `${paragraphs[j % paragraphs.length]}\n\n`;
    writeFileSync(path.join(dir, 'src/content/docs/p', `${i + 1}.md`), `---\ntitle: 第 ${i + 1} 页\n---\n\n${body}`);
  }
}

function filesUnder(dir: string, pick: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pick(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
const bytesOf = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function failed(step: string, m: Measured): never {
  console.error(m.output.slice(-4000));
  throw new Error(`${step} failed (exit ${m.code})`);
}

interface Row {
  docs: number;
  extractMs: number;
  buildMs: number;
  pages: number;
  htmlMedianKb: number;
  htmlMaxKb: number;
  distMb: number;
  searchMb: number;
  peakMb: number;
  bareMs: number;
  barePeakMb: number;
}

async function one(docs: number): Promise<Row> {
  const work = path.join(scratch, `scale-${docs}`);
  rmSync(work, { recursive: true, force: true });
  const sources = path.join(work, 'policy-sources');
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  generate(docs, sources);
  const env = {
    ...process.env,
    POLICY_SOURCES: sources,
    POLICY_CONTENT: content,
    POLICY_CONTENT_DIR: content,
    EXTRACT_CACHE: path.join(work, 'cache'),
    OUT_DIR: dist,
    BASE_PATH: '/',
    SITE_URL: 'https://example.org',
  };
  const extract = await measure(node, [tsx, 'scripts/extract.ts', '--quiet'], { cwd: root, env });
  if (extract.code !== 0) failed('extract', extract);
  const build = await measure(node, [astro, 'build'], { cwd: root, env });
  if (build.code !== 0) failed('astro build', build);
  const html = filesUnder(dist, (n) => n.endsWith('.html')).map((f) => statSync(f).size / 1024);
  const row = {
    docs,
    extractMs: extract.ms,
    buildMs: build.ms,
    pages: html.length,
    htmlMedianKb: median(html),
    htmlMaxKb: Math.max(...html),
    distMb: bytesOf(filesUnder(dist, () => true)) / 1024 / 1024,
    searchMb: bytesOf(filesUnder(path.join(dist, 'pagefind'), () => true)) / 1024 / 1024,
    peakMb: Math.max(extract.peakMb, build.peakMb),
  };
  // The bare site: as many pages, each about as long as a median page's text.
  const bare = path.join(scratch, `bare-${docs}`);
  bareSite(bare, row.pages, 1500);
  const bareBuild = await measure(node, [astro, 'build'], { cwd: bare, env: { ...process.env, OUT_DIR: '' } });
  if (bareBuild.code !== 0) failed('bare Starlight build', bareBuild);
  rmSync(work, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
  return { ...row, bareMs: bareBuild.ms, barePeakMb: bareBuild.peakMb };
}

export async function scaleBench(sizes: number[]): Promise<void> {
  const rows: Row[] = [];
  for (const docs of sizes) {
    console.log(`（生成并构建 ${docs} 篇文件…）`);
    rows.push(await one(docs));
  }
  const header = [
    'documents',
    'extract s',
    'build s',
    'pages',
    'ms/page',
    'HTML KB/page (median, max)',
    'dist MB',
    'search MB',
    'peak MB',
    'bare Starlight ms/page',
    'ratio',
  ];
  const lines = rows.map((r) => {
    const ms = (r.extractMs + r.buildMs) / r.pages;
    const bare = r.bareMs / r.pages;
    return [
      String(r.docs),
      (r.extractMs / 1000).toFixed(1),
      (r.buildMs / 1000).toFixed(1),
      String(r.pages),
      ms.toFixed(1),
      `${r.htmlMedianKb.toFixed(1)}, ${r.htmlMaxKb.toFixed(1)}`,
      r.distMb.toFixed(1),
      r.searchMb.toFixed(1),
      `${r.peakMb.toFixed(0)} (bare ${r.barePeakMb.toFixed(0)})`,
      bare.toFixed(1),
      `${(ms / bare).toFixed(2)}×`,
    ];
  });
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const l of lines) console.log(`| ${l.join(' | ')} |`);
}

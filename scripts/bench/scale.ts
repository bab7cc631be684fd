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
import { firstSearches, searchTable, type FirstSearch } from './first-search.ts';
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

/**
 * Documents `from + 1` to `count` in `dir`: seed texts in turn, each with its region's name replaced
 * by a generated one. Document i is the same whatever the count, so adding one writes one file.
 */
export function generate(count: number, dir: string, from = 0): void {
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync(path.join(root, 'policy-sources'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n.replace(/\.txt$/, ''), bytes: readFileSync(path.join(root, 'policy-sources', n)) }));
  const extracted = extractAll(seeds.map((s) => ({ file: `policy-sources/${s.name}.txt`, bytes: s.bytes })));
  const regionOf = new Map(extracted.content.documents.map((d) => [d.id, d.region]));
  for (let i = from; i < count; i++) {
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
      // A short sidebar, as the site has: Starlight's default lists every page on every page, which
      // would make the bare site grow with the square of its pages and flatter the ratio.
      "const sidebar = [{ label: '第 1 页', link: '/p/1/' }];",
      "export default defineConfig({ integrations: [starlight({ title: 'bare', locales, sidebar })] });\n",
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
  /** The build's process tree at its peak, MB by process name. */
  peakByName: Record<string, number>;
  /** NaN when the bare build failed (`bareFailure` says how). */
  bareMs: number;
  barePeakMb: number;
  bareFailure: string | null;
  searches: FirstSearch[];
  addOne: AddOne;
}

/** Adding one document to the extracted collection: what the extract log says, and the check against a clean run. */
interface AddOne {
  /** The extract summary line (`抽取 N 篇（T 个线程），M 篇未变、取自缓存`). */
  log: string;
  extracted: number;
  cached: number;
  /** Files in content/ after the addition, and those that differ from a clean run's (missing or extra count too). */
  files: number;
  differing: string[];
}

/** The limits for a first search: bytes always, time by size (1,000 documents: 300 ms; 3,000: 500 ms). */
const searchKbLimit = 250;
const searchMsLimit = (docs: number) => (docs <= 1000 ? 300 : 500);

/** Every file under `dir`, by path relative to it. */
function treeOf(dir: string): Map<string, string> {
  return new Map(filesUnder(dir, () => true).map((f) => [path.relative(dir, f), f]));
}

/** Paths whose bytes differ between two trees, with files found in only one of them. */
function differingFiles(a: string, b: string): string[] {
  const left = treeOf(a);
  const right = treeOf(b);
  const out: string[] = [];
  for (const [rel, file] of left) {
    const other = right.get(rel);
    if (!other || !readFileSync(file).equals(readFileSync(other))) out.push(rel);
  }
  for (const rel of right.keys()) if (!left.has(rel)) out.push(rel);
  return out.sort();
}

/**
 * One more document in an extracted collection: the extract run after it must take every other
 * document from the cache, and its content/ must be byte for byte what a clean run writes.
 */
async function addOne(docs: number, work: string, env: NodeJS.ProcessEnv): Promise<AddOne> {
  const sources = env.POLICY_SOURCES!;
  generate(docs + 1, sources, docs);
  const again = await measure(node, [tsx, 'scripts/extract.ts'], { cwd: root, env });
  if (again.code !== 0) failed('extract after adding a document', again);
  const summary = /抽取 (\d+) 篇（\d+ 个线程），(\d+) 篇未变、取自缓存/.exec(again.output);
  const clean = path.join(work, 'content-clean');
  const fresh = await measure(node, [tsx, 'scripts/extract.ts', '--quiet'], {
    cwd: root,
    env: { ...env, POLICY_CONTENT: clean, EXTRACT_CACHE: path.join(work, 'cache-clean') },
  });
  if (fresh.code !== 0) failed('clean extract', fresh);
  return {
    log: summary?.[0] ?? '（抽取日志中没有摘要行）',
    extracted: Number(summary?.[1] ?? NaN),
    cached: Number(summary?.[2] ?? NaN),
    files: treeOf(env.POLICY_CONTENT!).size,
    differing: differingFiles(env.POLICY_CONTENT!, clean),
  };
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
    peakByName: build.peakByName,
  };
  const searches = await firstSearches(dist, '/');
  rmSync(dist, { recursive: true, force: true });
  const added = await addOne(docs, work, env);
  // The bare site: as many pages, each about as long as a median page's text.
  const bare = path.join(scratch, `bare-${docs}`);
  bareSite(bare, row.pages, 1500);
  const bareBuild = await measure(node, [astro, 'build'], { cwd: bare, env: { ...process.env, OUT_DIR: '' } });
  // Reported, not thrown: the site's row stands on its own, and a bare site that cannot be built
  // at this size (out of memory) is itself a finding.
  const bareFailure =
    bareBuild.code === 0
      ? null
      : `空白 Starlight 构建失败（退出码 ${bareBuild.code}，${(bareBuild.ms / 1000).toFixed(0)} s，` +
        `峰值 ${bareBuild.peakMb.toFixed(0)} MB）：${bareBuild.output.trim().split('\n').slice(-3).join(' / ')}`;
  rmSync(work, { recursive: true, force: true });
  rmSync(bare, { recursive: true, force: true });
  return {
    ...row,
    bareMs: bareFailure ? NaN : bareBuild.ms,
    barePeakMb: bareBuild.peakMb,
    bareFailure,
    searches,
    addOne: added,
  };
}

function tableOf(rows: Row[]): string {
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
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}

const megabytesByName = (byName: Record<string, number>) =>
  Object.entries(byName)
    .sort((a, b) => b[1] - a[1])
    .map(([name, mb]) => `${name} ${mb.toFixed(0)} MB`)
    .join('、');

/** Each size's first searches and the addition of one document, with the limits. */
function detailsOf(r: Row): string {
  const limit = searchMsLimit(r.docs);
  const over = r.searches.filter((s) => s.bytes / 1024 >= searchKbLimit || s.ms >= limit).map((s) => s.query);
  const { addOne: a } = r;
  const identical = a.differing.length === 0;
  return [
    `${r.docs} 篇 · 构建峰值内存按进程：${megabytesByName(r.peakByName)}`,
    ...(r.bareFailure ? [`${r.docs} 篇 · ${r.bareFailure}`] : []),
    `${r.docs} 篇 · 首次搜索（限 ${searchKbLimit} KB、防抖后 ${limit} ms）：`,
    searchTable(r.searches),
    over.length ? `超出限度：${over.join('、')}` : '全部在限度内',
    `${r.docs} 篇 · 再加一篇：${a.log}` +
      `（${a.extracted === 1 && a.cached === r.docs ? '只抽取新增的一篇' : '应只抽取新增的一篇'}）；` +
      (identical
        ? `content/ 与从头抽取逐字节相同（${a.files} 个文件）`
        : `content/ 与从头抽取不同：${a.differing.slice(0, 10).join('、')}（共 ${a.differing.length} 个）`),
  ].join('\n');
}

export async function scaleBench(sizes: number[]): Promise<void> {
  const rows: Row[] = [];
  for (const docs of sizes) {
    console.log(`（生成并构建 ${docs} 篇文件…）`);
    const row = await one(docs);
    rows.push(row);
    // Printed as each size finishes: the largest run is long.
    console.log(`${tableOf([row])}\n\n${detailsOf(row)}\n`);
  }
  console.log(tableOf(rows));
  console.log(`\n${rows.map(detailsOf).join('\n\n')}`);
}

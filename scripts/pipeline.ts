import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Baseline, Clause, Milestone, PolicyDocument, RuleSet, Sidecar, Target } from '../src/schema/index.ts';
import { decode } from './1-decode/decode.ts';
import { pageAt, type DecodedSource } from './1-decode/decoded.ts';
import { toLines, type Line } from './1-decode/lines.ts';
import { clean } from './2-clean/clean.ts';
import { anchors } from './3-outline/anchors.ts';
import { frontMatter } from './3-outline/front-matter.ts';
import { fromLines } from './3-outline/from-lines.ts';
import { joinLines } from './3-outline/join-lines.ts';
import { nest } from './3-outline/nest.ts';
import { walk, type Block, type Root } from './3-outline/tree.ts';
import { readMeta } from './4-meta/document-meta.ts';
import { regionLevel } from './4-meta/region.ts';
import { makeContext, type DocumentContext } from './5-extract/context.ts';
import { milestones } from './5-extract/milestones.ts';
import { quantities } from './5-extract/quantities/targets.ts';
import { ruleSets } from './5-extract/rules/rule-sets.ts';
import { isCall } from './5-extract/sections.ts';
import type { DraftTask } from './5-extract/tasks/draft.ts';
import { dutyRows } from './5-extract/tasks/duty-rows.ts';
import { dutySentences } from './5-extract/tasks/duty-sentences.ts';
import { noteTasks } from './5-extract/tasks/note-tasks.ts';
import { tableTasks } from './5-extract/tasks/table-tasks.ts';
import { findingsOf, report } from './lib/diagnostics.ts';
import { ExtractError } from './lib/errors.ts';
import { say } from './lib/messages.ts';
import { positions } from './lib/positions.ts';
import { codePoints } from './lib/text.ts';

/** Everything read from one source, before departments are merged across documents. */
export interface DocumentResult {
  document: PolicyDocument;
  /** The decoded source text that every quote is cut from. */
  source: string;
  tasks: DraftTask[];
  targets: Target[];
  baselines: Baseline[];
  milestones: Milestone[];
  rules: RuleSet[];
}

/** Runs of consecutive source offsets: `[text offset, source offset, length]`. */
function segmentsOf(offsets: number[]): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  offsets.forEach((offset, i) => {
    const last = runs.at(-1);
    if (last && last[1] + last[2] === offset && last[0] + last[2] === i) last[2]++;
    else runs.push([i, offset, 1]);
  });
  return runs;
}

/** The outline phase: kept lines → a tree of clauses with anchors, as unified plugins reporting on `file`. */
export function outline(source: string, lines: Line[], file: VFile): Root {
  const processor = unified().use(fromLines, { source, lines }).use(joinLines).use(frontMatter).use(nest).use(anchors);
  return processor.runSync(processor.parse(file), file) as Root;
}

/**
 * A document read up to its extract passes: the decoded text, what was cut, the tree, the metadata and the passes'
 * context.
 */
export interface ReadDocument {
  source: string;
  decoded: DecodedSource;
  cleaned: ReturnType<typeof clean>;
  vfile: VFile;
  tree: Root;
  blocks: Block[];
  parents: Map<Block, Block | null>;
  meta: ReturnType<typeof readMeta>;
  ctx: DocumentContext;
}

/** A source for the pipeline: the bytes of a text file, or a published file its reader has already decoded. */
export type DocumentInput = { id: string; file: string; sidecar: Sidecar } & (
  { bytes: Uint8Array; decoded?: undefined } | { decoded: DecodedSource; bytes?: undefined }
);

/**
 * Phases 1–4 of one source: decode → clean → outline → meta, and the context every extract pass
 * reads. PDFs, web pages and Word files arrive decoded (their readers are asynchronous and run
 * before); from the text on, every format takes this one path.
 */
export function readDocument(input: DocumentInput): ReadDocument {
  const { id, file, sidecar } = input;

  // 1 decode: bytes → text.
  const decoded: DecodedSource = input.decoded ?? {
    ...decode(input.bytes, file),
    format: 'txt',
    cut: [],
    findings: [],
  };
  const source = decoded.text;
  if (!source.trim()) throw new ExtractError(file, 1, say('decode:blank'));
  const lines = toLines(source);

  // 2 clean: the publishing site's junk cut and reported.
  const cleaned = clean(lines, source);
  if (!cleaned.kept.some((l) => l.text.trim())) throw new ExtractError(file, 1, say('decode:junk-only'));

  // 3 outline: a tree of clauses.
  // One VFile per document: the outline plugins and the extract passes report their findings on it.
  const vfile = new VFile({ path: file, value: source });
  for (const f of decoded.findings) vfile.message(f.message, { line: f.line, column: 1 }, f.rule);
  const tree = outline(source, cleaned.kept, vfile);
  const blocks = [...walk(tree.children)].filter((b) => b.kind !== 'blank');
  const parents = new Map<Block, Block | null>();
  const link = (list: Block[], parent: Block | null) =>
    list.forEach((b) => (parents.set(b, parent), link(b.children, b)));
  link(tree.children, null);
  if (!blocks.some((b) => b.kind === 'numbered')) report(vfile, blocks[0]?.line ?? 1, 'outline:no-structure');

  // 4 meta: title, issuer, number, dates, region, period.
  const front = blocks.filter((b) => b.kind === 'front');
  const body = blocks.filter((b) => b.kind !== 'front');
  const preamble = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const meta = readMeta({
    front,
    preamble,
    allLines: lines,
    removed: cleaned.removed,
    source,
    sidecar,
    fallbackTitle: id,
    body,
    portal: decoded.fields ?? [],
  });
  const year =
    Number((sidecar.issued ?? meta.issued?.value ?? sidecar.published ?? meta.published?.value ?? '').slice(0, 4)) ||
    null;
  const ctx = makeContext(
    { id, source, region: meta.region, level: regionLevel(meta.region), year, period: meta.period, blocks },
    positions(source),
    parents,
    vfile,
  );
  return { source, decoded, cleaned, vfile, tree, blocks, parents, meta, ctx };
}

/**
 * One source file, top to bottom: decode → clean → outline → meta, then the extract passes. Each
 * pass reads the document tree through its context and returns records; none reads another's
 * output except the clauses that already hold a task and the task ids that targets point to.
 */
export function extractDocument(input: DocumentInput): DocumentResult {
  const { id, file, sidecar } = input;
  const { source, decoded, cleaned, vfile, tree, blocks, parents, meta, ctx } = readDocument(input);

  // 5 extract: the passes, in order.
  const noted = noteTasks(ctx);
  const tabled = tableTasks(ctx);
  const rowed = dutyRows(ctx, new Set([...noted, ...tabled].map((t) => t.clause)));
  const stated = dutySentences(ctx, new Set([...noted, ...tabled, ...rowed].map((t) => t.clause)));
  const tasks = [...noted, ...tabled, ...rowed, ...stated].sort((a, b) => a.span.start - b.span.start);
  const taskOfClause = new Map(tasks.map((t) => [t.clause, t.id]));
  const rules = ruleSets(ctx, meta.title);
  const { targets, baselines } = quantities(ctx, taskOfClause, rules.length > 0 || isCall(ctx, meta.title));
  const dates = milestones(ctx, { issued: meta.issued, published: meta.published, title: meta.title });

  // Accounting: every character of the source is in the tree or reported as removed; what the reader of
  // a published file cut before the text was made (page furniture, a portal's navigation) counts as removed.
  const cutChars = decoded.cut.reduce((n, r) => n + r.chars, 0);
  const removedChars = cleaned.removed.reduce((n, r) => n + r.chars, 0) + decoded.bom + cutChars;
  // A kept line counts whole, less the invisible characters cut from it (reported as removed).
  const keptChars = cleaned.kept.reduce(
    (n, l) => n + codePoints(source.slice(l.start, l.next)) - (l.end - l.start - l.text.length),
    0,
  );
  const treeLines = new Set([...walk(tree.children)].flatMap((b) => b.lines));
  const lost = cleaned.kept.filter((l) => !treeLines.has(l.n));
  if (lost.length)
    throw new ExtractError(file, lost[0]!.n, say('internal', 'a kept line is missing from the document tree'));
  const sourceChars = codePoints(source) + decoded.bom + cutChars;
  if (sourceChars !== keptChars + removedChars) {
    throw new ExtractError(
      file,
      1,
      say(
        'internal',
        `character accounting fails (${sourceChars} in source, ${keptChars} kept + ${removedChars} removed)`,
      ),
    );
  }

  const pageOf = decoded.pageStarts ? (offset: number) => pageAt(decoded.pageStarts!, offset) : null;
  const clauses: Clause[] = blocks.map((b) => ({
    id: b.id!,
    parent: parents.get(b)?.id ?? null,
    depth: ctx.ancestors(b).length,
    kind: b.kind as Clause['kind'],
    marker: b.marker,
    ordinal: b.ordinal,
    style: b.style,
    heading: b.heading ?? null,
    text: b.text,
    ...(b.rows ? { rows: b.rows } : {}),
    line: b.line,
    endLine: b.endLine,
    segments: segmentsOf(b.offsets),
    // A clause of a marker alone (附件1) has no text of its own: its line says where it stands.
    ...(pageOf ? { page: pageOf(b.offsets[0] ?? positions(source).startOf(b.line)) } : {}),
  }));
  // What the cleaner cut from a PDF's text stood on a page too.
  const cleanedCuts = pageOf
    ? cleaned.removed.map((r) => ({ ...r, page: pageOf(positions(source).startOf(r.line)) }))
    : cleaned.removed;
  const bom = decoded.bom ? [{ rule: 'bom', line: 1, endLine: 1, chars: 1, text: '\ufeff' }] : [];
  const removed = [...bom, ...decoded.cut, ...cleanedCuts].sort((a, b) => a.line - b.line);
  const document: PolicyDocument = {
    id,
    title: meta.title,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    region: meta.region,
    issued: sidecar.issued ?? meta.issued?.value ?? null,
    published: sidecar.published ?? meta.published?.value ?? null,
    url: `/documents/${id}/`,
    sourceUrl: sidecar.source ?? null,
    sourceFile: file.replace(/^.*?(policy-sources\/)/, '$1'),
    encoding: decoded.encoding,
    period: meta.period,
    clauses,
    removed,
    findings: findingsOf(vfile),
    accounting: { source: sourceChars, kept: keptChars, removed: removedChars },
    format: decoded.format,
    original: ORIGINAL_FORMATS.has(decoded.format) ? `/originals/${id}.${decoded.format}` : null,
    ...(decoded.fields?.length ? { portal: Object.fromEntries(decoded.fields.map((f) => [f.label, f.value])) } : {}),
  };
  if (!pageOf) return { document, source, tasks, targets, baselines, milestones: dates, rules };
  // Provenance of a PDF adds the page each fact starts on, from its span: nobody searches for it.
  const paged = <T extends { span: { start: number } }>(r: T): T => ({ ...r, page: pageOf(r.span.start) });
  return {
    document,
    source,
    tasks: tasks.map((t) => ({ ...paged(t), inherited: t.inherited.map(paged) })),
    targets: targets.map(paged),
    baselines: baselines.map(paged),
    milestones: dates.map(paged),
    rules: rules.map((r) => ({ ...paged(r), criteria: r.criteria.map(paged) })),
  };
}

/**
 * Published files the site offers for download beside the text; a saved web page is never republished (it may hold
 * scripts).
 */
const ORIGINAL_FORMATS = new Set(['pdf', 'docx']);

import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Baseline, Clause, Milestone, PolicyDocument, RuleSet, Sidecar, Target } from '../src/schema/index.ts';
import { clean } from './2-clean/clean.ts';
import { decode } from './1-decode/decode.ts';
import { toLines } from './1-decode/lines.ts';
import { ExtractError, type Finding } from './lib/errors.ts';
import { codePoints } from './lib/text.ts';
import { readMeta } from './4-meta/document-meta.ts';
import { regionLevel } from './4-meta/region.ts';
import { anchors } from './3-outline/anchors.ts';
import { frontMatter } from './3-outline/front-matter.ts';
import { fromLines } from './3-outline/from-lines.ts';
import { joinLines } from './3-outline/join-lines.ts';
import { nest } from './3-outline/nest.ts';
import { walk, type Block, type Root } from './3-outline/tree.ts';
import { extractAnnexRows } from './5-extract/annex-table.ts';
import { makeContext } from './5-extract/context.ts';
import type { DraftTask } from './5-extract/draft.ts';
import { extractMilestones } from './5-extract/milestones.ts';
import { extractRules } from './5-extract/rules.ts';
import { extractStatements } from './5-extract/statements.ts';
import { extractQuantities } from './5-extract/targets.ts';
import { extractNumberedTasks } from './5-extract/tasks.ts';
import { say } from './lib/messages.ts';

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

/** The outline phase: kept lines → a tree of clauses with anchors. */
export function outline(source: string, lines: ReturnType<typeof toLines>, file: string): { tree: Root; messages: Finding[] } {
  const processor = unified().use(fromLines, { source, lines }).use(joinLines).use(frontMatter).use(nest).use(anchors);
  const vfile = new VFile({ path: file, value: source });
  const tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  const messages = vfile.messages.map((m) => ({ line: m.line ?? 1, rule: [m.source, m.ruleId].filter(Boolean).join(':') || 'outline', message: m.reason }));
  return { tree, messages };
}

/** Runs decode → clean → outline → extract on one source file. */
export function extractDocument(input: { id: string; file: string; bytes: Uint8Array; sidecar: Sidecar }): DocumentResult {
  const { id, file, sidecar } = input;
  const decoded = decode(input.bytes, file);
  const source = decoded.text;
  if (!source.trim()) throw new ExtractError(file, 1, say('decode:blank'));
  const lines = toLines(source);
  const cleaned = clean(lines, source);
  if (!cleaned.kept.some((l) => l.text.trim())) {
    throw new ExtractError(file, 1, say('decode:junk-only'));
  }
  const findings: Finding[] = [];
  const { tree, messages } = outline(source, cleaned.kept, file);
  findings.push(...messages);

  const blocks = [...walk(tree.children)].filter((b) => b.kind !== 'blank');
  const parents = new Map<Block, Block | null>();
  const link = (list: Block[], parent: Block | null) => list.forEach((b) => (parents.set(b, parent), link(b.children, b)));
  link(tree.children, null);

  const front = blocks.filter((b) => b.kind === 'front');
  const preamble = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const body = blocks.filter((b) => b.kind !== 'front');
  const meta = readMeta({ front, preamble, allLines: lines, removed: cleaned.removed, source, sidecar, fallbackTitle: id, body });
  if (!blocks.some((b) => b.kind === 'numbered')) {
    findings.push({ line: blocks[0]?.line ?? 1, rule: 'outline:no-structure', message: say('outline:no-structure') });
  }

  const year = Number((sidecar.issued ?? meta.issued?.value ?? sidecar.published ?? meta.published?.value ?? '').slice(0, 4)) || null;
  const lineStarts = lines.map((l) => l.start);
  const ctx = makeContext(
    { id, source, region: meta.region, level: regionLevel(meta.region), year, period: meta.period, blocks, report: (f) => findings.push(f) },
    lineStarts,
    parents,
  );

  const numbered = extractNumberedTasks(ctx);
  const counter = { n: 0 };
  const annex = extractAnnexRows(ctx, counter);
  const statements = extractStatements(ctx, new Set(numbered.map((t) => t.clause)), { n: 0 });
  const taskOfClause = new Map(numbered.map((t) => [t.clause, t.id]));
  const rules = extractRules(ctx);
  const { targets, baselines } = extractQuantities(ctx, taskOfClause);
  const milestones = extractMilestones(ctx, { issued: meta.issued, published: meta.published, title: meta.title });

  const removedChars = cleaned.removed.reduce((n, r) => n + r.chars, 0) + decoded.bom;
  // A kept line counts whole, less the invisible characters cut from it (reported as removed).
  const keptChars = cleaned.kept.reduce((n, l) => n + codePoints(source.slice(l.start, l.next)) - (l.end - l.start - l.text.length), 0);
  const treeLines = new Set([...walk(tree.children)].flatMap((b) => b.lines));
  const lost = cleaned.kept.filter((l) => !treeLines.has(l.n));
  if (lost.length) throw new ExtractError(file, lost[0]!.n, say('internal', 'a kept line is missing from the document tree'));

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
  }));

  const sourceChars = codePoints(source) + decoded.bom;
  if (sourceChars !== keptChars + removedChars) {
    throw new ExtractError(file, 1, say('internal', `character accounting fails (${sourceChars} in source, ${keptChars} kept + ${removedChars} removed)`));
  }
  const removed = decoded.bom ? [{ rule: 'bom', line: 1, endLine: 1, chars: 1, text: '\ufeff' }, ...cleaned.removed] : cleaned.removed;
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
    sourceFile: `policy-sources/${id}.txt`,
    encoding: decoded.encoding,
    period: meta.period,
    clauses,
    removed,
    findings: findings.sort((a, b) => a.line - b.line),
    accounting: { source: sourceChars, kept: keptChars, removed: removedChars },
  };
  return { document, source, tasks: [...numbered, ...annex, ...statements], targets, baselines, milestones, rules };
}

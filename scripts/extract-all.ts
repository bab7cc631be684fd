import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { describeZodError, sidecarSchema, type Sidecar } from '../src/schema/index.ts';
import { contentFiles, type Content } from './6-emit/content-files.ts';
import { validate } from './6-emit/validate.ts';
import { buildRegistry } from './5-extract/departments/registry.ts';
import type { DraftTask } from './5-extract/tasks/draft.ts';
import { ExtractError } from './lib/errors.ts';
import { say } from './lib/messages.ts';
import type { SourceFile } from './0-sources/read-sources.ts';
import { extractDocument, type DocumentResult } from './pipeline.ts';
import { formatOf } from './1-decode/read-source.ts';

export type { SourceFile };

export interface Extraction {
  content: Content;
  files: Map<string, string>;
  results: DocumentResult[];
  /** Fatal errors as `file:line: reason`; when any, nothing may be written. */
  errors: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Reads and checks a sidecar; a wrong field is reported on its own line. */
export function readSidecar(file: string, text: string): Sidecar {
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA }) ?? {}; // dates stay text (YYYY-MM-DD), as the schema expects
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new ExtractError(file, (mark?.line ?? 0) + 1, say('sidecar:yaml'));
  }
  const result = sidecarSchema.safeParse(data);
  if (result.success) return result.data;
  const key = String(result.error.issues[0]?.path[0] ?? '');
  const line = key ? text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(`${key}:`)) + 1 : 1;
  throw new ExtractError(
    file,
    Math.max(1, line),
    say('sidecar:invalid', describeZodError(result.error, '旁注文件'), Object.keys(sidecarSchema.shape).join('、')),
  );
}

/** A source that passed the checks every source must pass together: a slug of its own. */
export interface PlannedSource {
  id: string;
  source: SourceFile;
}

/** The sources in file order, each with its slug; a name that is not a slug, or a slug taken twice, is an error. */
export function planSources(sources: SourceFile[]): { planned: PlannedSource[]; errors: string[] } {
  const planned: PlannedSource[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const id = slugOf(source.file);
    if (!SLUG.test(id)) {
      errors.push(`${source.file}:1: ${say('source:not-slug')}`);
      continue;
    }
    if (seen.has(id)) {
      errors.push(`${source.file}:1: ${say('source:collision', id, seen.get(id)!)}`);
      continue;
    }
    seen.set(id, source.file);
    planned.push({ id, source });
  }
  return { planned, errors };
}

/** One document through the pipeline: its sidecar read, its text (decoded before, for published files) extracted. */
export function extractOne({ id, source }: PlannedSource): { result: DocumentResult } | { error: string } {
  try {
    const sidecar = source.sidecar ? readSidecar(source.sidecar.file, source.sidecar.text) : {};
    const format = formatOf(source.file);
    if (format !== 'txt' && !source.decoded) throw new ExtractError(source.file, 1, say('decode:not-decoded', format));
    const result = source.decoded
      ? extractDocument({ id, file: source.file, decoded: source.decoded, sidecar })
      : extractDocument({ id, file: source.file, bytes: source.bytes, sidecar });
    return { result };
  } catch (e) {
    if (e instanceof ExtractError) return { error: e.message };
    return { error: `${source.file}:1: ${say('internal', (e as Error).message)}` };
  }
}

/** The documents together: the shared department registry, the content, and its validation. */
export function assemble(results: DocumentResult[], errors: string[]): Extraction {
  const drafts: DraftTask[] = results.flatMap((r) => r.tasks);
  const regionOf = new Map(results.map((r) => [r.document.id, r.document.region]));
  const { tasks, departments } = buildRegistry(drafts, (doc: string) => regionOf.get(doc) ?? null);
  const content: Content = {
    documents: results.map((r) => r.document),
    tasks,
    departments,
    targets: results.flatMap((r) => r.targets),
    baselines: results.flatMap((r) => r.baselines),
    milestones: results.flatMap((r) => r.milestones),
    rules: results.flatMap((r) => r.rules),
  };
  const texts = new Map(results.map((r) => [r.document.id, r.source]));
  const fileOf = new Map(results.map((r) => [r.document.id, r.document.sourceFile]));
  const problems = validate(content, texts).map(
    (p) => `${fileOf.get(p.document) ?? `policy-sources/${p.document}.txt`}:${p.line}: ${p.message}`,
  );
  return { content, files: contentFiles(content), results, errors: [...errors, ...problems] };
}

/** The whole extraction over a set of sources, in this thread: per-document pipeline, then the documents together. */
export function extractAll(sources: SourceFile[]): Extraction {
  const { planned, errors } = planSources(sources);
  const results: DocumentResult[] = [];
  for (const p of planned) {
    const outcome = extractOne(p);
    if ('result' in outcome) results.push(outcome.result);
    else errors.push(outcome.error);
  }
  return assemble(results, errors);
}
